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


def built(tmp_path, article: str, title: str = "Ferry back") -> str:
    return built_article(tmp_path, article, title).text


def built_article(tmp_path, article: str, title: str):
    meta = f'<title>{title}</title><meta property="og:title" content="{title}">'
    html = f'<html><head>{meta}</head><body><div class="post">{article}</div></body></html>'
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return clean(next(read_file(path)))


def story(paragraphs: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def test_a_post_the_story_quotes_is_kept_though_its_wrapper_reads_as_a_share_bar(tmp_path):
    post = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The ferry is '
        "back and the queue at the ramp is already forty cars long this morning</p>— Ramp Watch "
        "(@rampwatch) May 3, 2019</blockquote></div>"
    )
    text = built(tmp_path, story(FERRY[:3]) + post + story(FERRY[3:]))
    assert "the queue at the ramp is already forty cars long" in text
    assert text.split("\n\n")[:3] == FERRY[:3]


def test_a_dateline_in_capitals_above_the_first_paragraph_is_kept(tmp_path):
    text = built(tmp_path, "<p>ALBURY, AUSTRALIA</p>" + story(FERRY))
    assert text.split("\n\n") == ["ALBURY, AUSTRALIA", *FERRY]


def test_the_title_with_the_site_s_name_after_it_is_not_the_body_s_first_line(tmp_path):
    heading = '<h1 class="post-title">Ferry back on the river</h1>'
    article = built_article(tmp_path, heading + story(FERRY), "Ferry back on the river | Riverside Post")
    assert article.text.split("\n\n") == FERRY
    assert article.title == "Ferry back on the river"


def test_prompts_a_shortcode_and_a_comments_header_after_the_story_go_but_a_list_of_steps_stays(tmp_path):
    prompts = [
        '[button link="https://riverside.example/review" type="big"] Send us your review[/button]',
        "Get the Riverside Post delivered to your door every week. 12 issues for $10. Click here for more.",
        "Tell us what you think...",
    ]
    text = built(tmp_path, story(FERRY + prompts))
    assert text.split("\n\n") == FERRY
    items = [
        "Buy the season pass at the ramp.",
        "Sign up for the season pass online with the same e-mail as your council account.",
    ]
    steps = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    kept = built(tmp_path, story(FERRY) + steps).split("\n\n")
    assert kept[-1] == "- Sign up for the season pass online with the same e-mail as your council account."
