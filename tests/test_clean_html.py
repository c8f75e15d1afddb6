"""HTML pages: what the extractor keeps of the story, filled in where its precise mode leaves
out the story's own headings, and a body said twice kept once (small hand-written pages)."""

from pathlib import Path

from graphbuild.clean import clean
from graphbuild.ingest import read_file
from graphbuild.model import RawArticle

# Paragraphs of a made-up story about a river ferry, long enough to read as prose.
FERRY = (Path(__file__).parent / "data" / "ferry_story.txt").read_text().strip().split("\n\n")


def page(tmp_path, inside: str) -> str:
    paragraphs = [f"<p>{text}</p>" for text in FERRY]
    body = "".join(paragraphs[:3]) + inside + "".join(paragraphs[3:])
    html = f"<html><body><article><h1>Ferry back</h1>{body}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return clean(next(read_file(path))).text


def test_a_heading_inside_the_story_that_the_precise_extraction_leaves_out_is_kept(tmp_path):
    heading = '<h2><strong><div class="gap"></div>Winter timetable<div class="gap"></div></strong></h2>'
    assert page(tmp_path, heading).split("\n\n") == [*FERRY[:3], "Winter timetable", *FERRY[3:]]


def test_a_body_said_twice_is_kept_once_but_a_table_row_said_twice_is_kept_twice():
    row = "Fare for a car and its driver: 4 dollars, 2 dollars with the pass, free for residents."
    table = [FERRY[0], row, "Weekdays", FERRY[1], row, "Weekends", *FERRY[2:]]
    text = "\n\n".join(table + FERRY)
    article = clean(RawArticle("page.html", text, "html"))
    assert article.text.split("\n\n") == table
    assert {line.reason for line in article.dropped_lines} == {"repeated line"}


def test_a_title_in_angle_brackets_is_the_story_s_and_a_tag_left_in_the_text_is_not():
    title = "<The River Ferry: A Crossing Play>"
    text = "\n\n".join([FERRY[0], title, '<div class="promo">', *FERRY[1:]])
    article = clean(RawArticle("page.html", text, "html"))
    assert article.text.split("\n\n") == [FERRY[0], title, *FERRY[1:]]
    assert [line.reason for line in article.dropped_lines] == ["markup"]
