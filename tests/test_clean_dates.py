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


STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "The harbour authority began repairs to the old sea wall on Monday after the winter storms.",
        "Engineers will replace the stones that the waves loosened and raise the wall by half a metre.",
        "The work should last until the summer, when the harbour expects its busiest weeks of the year.",
    )
)
BESIDE = {
    "caption": '<figure><img src="wall.jpg"><figcaption>This March 28, 2017, file photo shows the wall.'
    "</figcaption></figure>" + STORY,
    "sidebar": STORY + '</article><aside><a href="/x">Pier closes</a> <time datetime="2010-07-30">July 30, '
    "2010</time></aside><article>",
    "related": STORY + '</article><div class="related-stories"><a href="/y">Ferry returns</a> '
    '<time datetime="2018-02-01">February 1, 2018</time></div><article>',
}


@pytest.mark.parametrize("where", BESIDE)
def test_an_html_page_takes_no_date_from_a_caption_a_sidebar_or_related_stories(tmp_path, where):
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><h1>Sea wall repairs</h1>{BESIDE[where]}</article></body></html>")
    assert clean(next(read_file(page))).published is None


def test_an_html_page_takes_the_date_of_its_own_byline(tmp_path):
    byline = '<p class="byline">By Jane Doe, <time datetime="2019-11-04">November 4, 2019</time></p>'
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><h1>Sea wall repairs</h1>{byline}{STORY}</article></body></html>")
    article = clean(next(read_file(page)))
    assert (article.published, article.published_basis) == (date(2019, 11, 4), PublishedBasis.HTML_METADATA)
