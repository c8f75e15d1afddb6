"""Asking a build questions, as a user does in Jupyter."""

from datetime import date

import pytest


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
    with pytest.raises(KeyError, match=r"'European' names \d entities \(org:european-"):
        seeds_result.neighbours("European")
