"""Stage rules, each through its public function."""

from datetime import date

import pytest
from conftest import KYIV_INDEPENDENT, SEEDS, UNDATED

from graphbuild.clean import clean
from graphbuild.ingest import read_file
from graphbuild.model import RawArticle
from graphbuild.places import place_of
from graphbuild.timex import normalise

FRIDAY = date(2023, 2, 3)


def cleaned(name):
    return clean(next(read_file(SEEDS / name)))


def test_seed_bodies_are_kept_and_boilerplate_dropped():
    kyiv = cleaned(KYIV_INDEPENDENT)
    assert kyiv.title == "Zelensky: Ukraine will not surrender Bakhmut."
    assert kyiv.text.startswith("President Volodymyr Zelensky said on Feb. 3")
    assert kyiv.text.endswith("Kramatorsk and Sloviansk.")
    for dropped in ("News Feed", "Subscribe", "CIA", "IMF", "indicates required", "This audio"):
        assert dropped not in kyiv.text
    other = cleaned(UNDATED)
    assert other.published is None
    assert other.text.endswith("goals that you have to reach.”")
    for dropped in (
        "Getty",
        "DOLZHENKO",
        "Football",
        "DOCTYPE",
        "Diamondbacks",
        "With Post wires",
        "press-ser",
    ):
        assert dropped not in other.text
    assert "Moscow says its troops are encircling Bakhmut" in other.text


def test_non_breaking_spaces_become_spaces():
    # Regression: "away\xa0Bakhmut" made the tagger miss Bakhmut in a quote.
    article = clean(
        RawArticle(
            "a.txt", "“Nobody will give away\xa0Bakhmut,” Zelensky said on Friday at the summit.", "txt"
        )
    )
    assert "away Bakhmut" in article.text


@pytest.mark.parametrize(
    ("text", "tense", "value", "start", "end", "granularity"),
    [
        ("Feb. 3", "past", "2023-02-03", "2023-02-03", "2023-02-03", "day"),
        ("Friday", "past", "2023-02-03", "2023-02-03", "2023-02-03", "day"),
        ("last week", "past", "2023-W04", "2023-01-23", "2023-01-29", "week"),
        ("last year", "past", "2022", "2022-01-01", "2022-12-31", "year"),
        ("2014", "past", "2014", "2014-01-01", "2014-12-31", "year"),
        ("Feb. 24", "past", "2022-02-24", "2022-02-24", "2022-02-24", "day"),
        ("Feb. 24", "present", "2023-02-24", "2023-02-24", "2023-02-24", "day"),
        ("Oct. 2", "present", "2022-10-02", "2022-10-02", "2022-10-02", "day"),
        ("Feb. 24", "future", "2023-02-24", "2023-02-24", "2023-02-24", "day"),
        ("this week", "future", "2023-W05", "2023-01-30", "2023-02-05", "week"),
        ("the 1990s", "past", "199X", "1990-01-01", "1999-12-31", "decade"),
        ("the first quarter", "past", "2023-Q1", "2023-01-01", "2023-03-31", "quarter"),
    ],
)
def test_dates_resolve_against_the_publication_date(text, tense, value, start, end, granularity):
    resolved = normalise(text, FRIDAY, tense)
    assert resolved.value == value
    assert (str(resolved.start), str(resolved.end), resolved.granularity) == (start, end, granularity)


def test_coming_weeks_is_an_open_stretch_from_publication():
    coming = normalise("the coming weeks", FRIDAY, "future")
    assert (coming.value, coming.type, coming.start, coming.end) == ("PXW", "DURATION", FRIDAY, None)


def test_without_publication_date_relative_dates_stay_unresolved():
    for text in ("Friday", "last week", "last year", "Feb. 24"):
        value = normalise(text, None, "past")
        assert value.basis == "unresolved" and value.start is None, text
    assert normalise("2014", None, "past").start == date(2014, 1, 1)


def test_old_place_names_resolve():
    assert place_of("Kiev").name == place_of("Kyiv").name == "Kyiv"
    assert place_of("Artemivsk").name == "Bakhmut"
    assert place_of("Sloviansk").name == "Slovyansk"


def test_a_possessive_is_not_part_of_a_name():
    from graphbuild import nlp
    from graphbuild.entities import find_entities

    doc = nlp.load()("General Motors' shares fell after the report.")
    (mention,) = [m for m in find_entities(doc) if m.type == "ORG"]
    assert doc.text[mention.start : mention.end] == mention.text == "General Motors"
