"""Publication dates read from the text: never from a photo caption, a sidebar or a
related-story block, and each carries where it stood (tests/data/cleaning-dates)."""

from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from graphbuild.clean import clean
from graphbuild.evaluation.cleaning import evaluate_cleaning
from graphbuild.ingest import read_file
from graphbuild.model import PublishedBasis

DATES = ROOT / "tests" / "data" / "cleaning-dates"
REPORT = evaluate_cleaning(DATES)


@pytest.mark.parametrize("score", REPORT.files, ids=lambda score: Path(score.path).name)
def test_each_page_keeps_its_body_and_the_right_date(score):
    assert (score.missing, score.extra) == ([], [])
    assert {name: got for name, (_, got) in score.metadata.items()} == {
        name: expected for name, (expected, _) in score.metadata.items()
    }


def article(name):
    return clean(next(read_file(DATES / name)))


def test_a_caption_date_is_neither_the_publication_date_nor_the_story():
    ferry = article("caption_date.txt")
    assert ferry.published is None and ferry.published_evidence is None
    reasons = {line.text: line.reason for line in ferry.dropped_lines}
    assert reasons["This March 28, 2017, file photo shows the ferry leaving the harbour."] == "photo caption"


def test_dated_teasers_above_the_byline_are_not_its_date():
    assert article("related_date.txt").published is None
    harbour = article("sidebar_date.txt")
    assert harbour.published == date(2019, 11, 4)
    assert harbour.published_basis == PublishedBasis.BYLINE


def test_a_date_read_from_the_text_says_where_it_stood():
    evidence = article("sidebar_date.txt").published_evidence
    assert evidence.text == "Published November 4, 2019"
    assert (evidence.line, evidence.from_top) == (9, 8)
    assert evidence.before == "Harbour wall repairs begin"
    assert evidence.after.startswith("The harbour authority began repairs")
