"""Asking a build questions, as a user does in Jupyter."""

import warnings
from datetime import date

import pytest

import graphbuild
import graphbuild.result
from graphbuild.errors import NameQueryError, QueryError
from graphbuild.events.words import EVENT_TYPES as TRIGGER_TYPES
from graphbuild.explore import as_day


def test_events_can_be_asked_for_by_entity_date_and_type(seeds_result):
    events = seeds_result.events
    assert len(events(entity="zelensky")) == sum(
        any(p.entity == "person:volodymyr-zelensky" for p in event.participants) for event in events
    )
    assert events(entity="Zelensky") == events(entity="person:volodymyr-zelensky") != []
    on_the_day = events(start="2023-02-03", end="2023-02-03")
    assert on_the_day and all(e.date.start <= date(2023, 2, 3) <= e.date.end for e in on_the_day)
    january = events(start="2023-01", end="2023-01")
    assert january and all(
        e.date.start <= date(2023, 1, 31) and e.date.end >= date(2023, 1, 1) for e in january
    )
    assert all(e.date.start is not None for e in events(start="2000"))
    statements = events(type="statement")
    assert statements and {e.type for e in statements} == {"statement"}
    both = events(entity="Bakhmut", type="statement")
    assert set(e.id for e in both) == {e.id for e in events(entity="Bakhmut")} & {e.id for e in statements}
    assert events(type="statement")(entity="Bakhmut") == both
    with pytest.raises(KeyError, match="no entity named 'Atlantis'"):
        events(entity="Atlantis")


def test_an_entity_timeline_is_in_date_order_with_roles(seeds_result):
    timeline = seeds_result.timeline("Volodymyr Zelensky")
    assert len(timeline) == len(seeds_result.events(entity="person:volodymyr-zelensky"))
    dated = [day for day in timeline["start"] if day is not None]
    assert dated == sorted(dated)
    assert set(timeline["role"]) <= {"agent", "patient", "recipient", "theme", "place"}
    assert "agent" in set(timeline["role"])


def test_neighbours_of_a_node_by_id_or_name(seeds_result):
    by_name = seeds_result.neighbours("Bakhmut")
    by_id = seeds_result.neighbours("place:bakhmut")
    assert by_name.equals(by_id) and len(by_name) == seeds_result.graph.degree("place:bakhmut")
    assert set(by_name["kind"]) == {"event"} and set(by_name["direction"]) == {"in"}
    vow = seeds_result.events(entity="Bakhmut", start="2023-02-03", type="statement")[0]
    around = seeds_result.neighbours(vow.id)
    assert "reported_in" in set(around["relation"]) and "place:bakhmut" in set(around["id"])
    with pytest.raises(KeyError, match="no node or entity named 'ev-000000000000'"):
        seeds_result.neighbours("ev-000000000000")
    with pytest.raises(KeyError, match=r"'European' names \d entities: European .* \(org:european-"):
        seeds_result.neighbours("European")


def test_an_ambiguous_name_for_neighbours_offers_only_what_neighbours_takes(seeds_result):
    # neighbours() answers for one node: its error must not offer match="any", which it refuses.
    with pytest.raises(KeyError) as raised:
        seeds_result.neighbours("European")
    assert str(raised.value).endswith("give a full name or an id") and "match=" not in str(raised.value)
    with pytest.raises(TypeError):
        seeds_result.neighbours("European", match="any")
    # events() and timeline() do take match="any", and still offer it.
    with pytest.raises(KeyError, match='match="any" to take them all'):
        seeds_result.timeline("European")
    taken = set(seeds_result.timeline("European", match="any")["id"])
    names = [entity.name for entity in seeds_result.entities if entity.name.startswith("European")]
    assert len(names) > 1
    assert taken == {event for name in names for event in seeds_result.timeline(name)["id"]}


def test_event_types_are_listed_and_an_unknown_type_says_which_there_are(seeds_result):
    events = seeds_result.events
    assert graphbuild.EVENT_TYPES[0] == "statement" and "military action" in graphbuild.EVENT_TYPES
    assert set(graphbuild.EVENT_TYPES) == set(TRIGGER_TYPES) | {"other"}
    assert {e.type for e in events} <= set(graphbuild.EVENT_TYPES)
    # The start of one type, or of one of its words, names that type.
    assert events(type="military") == events(type="military action") != []
    assert events(type="Statement") == events(type="statement")
    with pytest.raises(QueryError, match=r"no event type 'war'; the types are: statement, meeting or visit"):
        events(type="war")
    with pytest.raises(ValueError, match="'a' starts .*aid or pledge and appointment or dismissal"):
        events(type="a")


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("2019-11", date(2019, 11, 1), date(2019, 11, 30)),
        ("Nov 2019", date(2019, 11, 1), date(2019, 11, 30)),
        ("november 2019", date(2019, 11, 1), date(2019, 11, 30)),
        ("2019-11-03", date(2019, 11, 3), date(2019, 11, 3)),
        ("3 Nov 2019", date(2019, 11, 3), date(2019, 11, 3)),
        ("Nov 3, 2019", date(2019, 11, 3), date(2019, 11, 3)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ],
)
def test_dates_are_read_as_people_write_them(written, first, last):
    assert (as_day(written), as_day(written, last=True)) == (first, last)


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("2019-11-31", "'2019-11-31' is not a day: November 2019 has 30 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("31 Nov 2019", "November 2019 has 30 days"),
        ("2019-13-01", "there is no month 13"),
        ("last Tuesday", r"'last Tuesday' is not a date; write a year, a month or a day, as \"2019\""),
    ],
)
def test_an_impossible_date_is_a_clear_error(seeds_result, written, reason):
    with pytest.raises(QueryError, match=reason):
        seeds_result.events(start=written)


def test_a_reversed_range_is_an_error(seeds_result):
    with pytest.raises(QueryError, match="start='2023-02' comes after end='Jan 2023'"):
        seeds_result.events(start="2023-02", end="Jan 2023")
    assert seeds_result.events(start="Feb 2023", end="2023-02") == seeds_result.events(
        start="2023-02-01", end="2023-02-28"
    )


def test_a_part_of_a_name_that_fits_several_entities_lists_them(seeds_result):
    several = [e for e in seeds_result.entities if "european" in e.name.casefold()]
    assert len(several) > 1
    with pytest.raises(
        NameQueryError, match=r"'European' names \d+ entities: .*\(org:european-.*match=\"any\""
    ):
        seeds_result.timeline("European")
    with pytest.raises(KeyError):
        seeds_result.events(entity="European")
    anyone = seeds_result.events(entity="European", match="any")
    ids = {e.id for e in several}
    assert anyone and all(any(p.entity in ids for p in event.participants) for event in anyone)
    assert len(seeds_result.timeline("European", match="any")) == len(anyone)
    with pytest.raises(QueryError, match="match='all': use \"one\""):
        seeds_result.events(entity="European", match="all")


def test_an_event_list_has_a_frame_and_a_short_repr(seeds_result):
    events = seeds_result.events(type="statement")
    frame = events.frame()
    assert list(frame["id"]) == [e.id for e in events] and set(frame["type"]) == {"statement"}
    assert seeds_result.events_frame().equals(seeds_result.events.frame())
    text = repr(events)
    assert text.startswith(f"<EventList: {len(events)} events, 20") and f"{len(events)} statement>" in text
    assert len(text) < 120 and "\n" not in text
    assert repr(graphbuild.result.EventList()) == "<EventList: 0 events>"
    assert "<table>" in events._repr_html_()


def test_showing_the_pages_inline_gives_no_warning(seeds_result):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        graph, timeline = seeds_result.show_graph(), seeds_result.show_timeline()
    assert "vis.Network" in graph.data and "vis.Timeline" in timeline.data
