"""``graphbuild eval cleaning`` on the page layout: ID.html, ID.dump.txt, ID.gold.txt, ID.meta.json."""

import json

import pytest

from graphbuild.cli import main
from graphbuild.evaluation.pages import evaluate_pages, overlap, shingles

BODY = (
    "The council voted on Tuesday to close the old bridge to cars from next spring.\n\n"
    "Work on the new crossing will start in May and should last two years, the mayor said."
)


def write_page(folder, name, english=True):
    html = "<html><body><nav>Home News Sport</nav><article><h1>Bridge to close</h1>"
    html += "".join(f"<p>{line}</p>" for line in BODY.split("\n\n")) + "</article></body></html>"
    (folder / f"{name}.html").write_text(html, encoding="utf-8")
    (folder / f"{name}.dump.txt").write_text("Home\nNews\nBridge to close\n" + BODY + "\n", encoding="utf-8")
    (folder / f"{name}.gold.txt").write_text(BODY, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"id": name, "english": english}), encoding="utf-8")


def test_shingles_are_word_four_grams_counted_as_a_multiset():
    assert shingles("a b c d a b c d") == {"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}
    assert shingles("just two") == {"just two": 1}
    assert overlap(shingles("a b c d e"), shingles("")) == (0.0, 0.0, 0.0)


def test_pages_are_scored_by_source_and_language_and_halves_split_by_sorted_id(tmp_path):
    for name, english in (("a", True), ("b", False), ("c", True)):
        write_page(tmp_path, name, english)
    report = evaluate_pages(tmp_path)
    assert report.pages == ["a", "b", "c"]
    html = report.summary("html", "graphbuild")
    assert html["all"]["pages"] == 3 and html["english"]["pages"] == 2 and html["other"]["pages"] == 1
    assert html["all"]["f1"] == 1.0
    assert report.summary("dump", "graphbuild")["all"]["f1"] == 1.0
    assert evaluate_pages(tmp_path, half="even").pages == ["a", "c"]
    assert evaluate_pages(tmp_path, half="odd").pages == ["b"]


def test_the_command_line_reads_the_page_layout(tmp_path, capsys):
    write_page(tmp_path, "a")
    assert main(["eval", "cleaning", str(tmp_path), "--html", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["html"]["graphbuild"]["all"]["pages"] == 1 and "dump" not in report
    assert main(["eval", "cleaning", str(tmp_path), "--text", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "html" not in report
    # The shingle measure beside the line measure.
    assert report["dump"]["graphbuild"]["all"]["f1"] == report["dump"]["graphbuild"]["all"]["line_f1"] == 1.0
    assert main(["eval", "cleaning", str(tmp_path)]) == 0
    assert "html   graphbuild" in (out := capsys.readouterr().out) and "dump   graphbuild" in out


def test_a_dump_keeps_the_longest_run_of_prose_and_says_why_comments_went():
    from graphbuild.clean import clean
    from graphbuild.model import RawArticle

    paragraph = (
        "The council voted on Tuesday to close the old bridge to cars from next spring, the mayor said."
    )
    dump = "\n".join(
        ["Home", "News", "Sport", "Bridge to close", paragraph, paragraph.replace("Tuesday", "Monday")]
        + ["12 comments", "ann says:", "This is a long comment about the bridge and why it should stay open."]
        + ["This website uses cookies to improve your experience; accept cookies to continue reading."]
    )
    article = clean(RawArticle("page.txt", dump, "txt"))
    assert article.text.count("council voted") == 2 and "comment" not in article.text
    reasons = {line.text: line.reason for line in article.dropped_lines}
    assert reasons["ann says:"] == "reader comments"
    assert "cookies" not in article.text


@pytest.mark.parametrize(
    "card",
    [
        '<a href="/people/omar">Ilhan Omar</a><span class="hovercard"><b>Ilhan Omar</b>'
        "<span>Hillicon Valley: a story elsewhere</span></span>",
        # A rollover: the name is its link, the block beside it the pop-up.
        '<span class="rollover-people"><a href="/people/omar">Ilhan Omar</a>'
        '<span class="rollover-people-block"><span class="rollover-block"><a class="name">Ilhan'
        ' Abdullahi Omar</a><a href="/x">Hillicon Valley: a story elsewhere</a></span></span></span>',
    ],
)
def test_a_hover_card_is_not_glued_into_the_sentence(tmp_path, card):
    from graphbuild.clean import clean
    from graphbuild.ingest import read_file

    paragraphs = [
        f"Rep. {card} said on Tuesday that the vote would go ahead.",
        "The committee will meet again next week to discuss the budget and the new rules for members.",
        "Several members said they expected a long debate, and the chair asked for patience from all sides.",
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><h1>Vote goes ahead</h1>{body}</article></body></html>")
    article = clean(next(read_file(page)))
    assert "Rep. Ilhan Omar said on Tuesday" in article.text
    assert "Hillicon" not in article.text


def test_a_menu_in_one_line_and_teasers_with_comment_counts_are_not_the_story():
    from graphbuild.clean import clean
    from graphbuild.model import RawArticle

    paragraph = (
        "The council voted on Tuesday to close the old bridge to cars from next spring, the mayor said."
    )
    dump = "\n".join(
        ["Most commented", "Mayor says the bridge vote was fair and open to all (148)"]
        + ["Bridge to close", paragraph, paragraph.replace("Tuesday", "Monday")]
        + ["Home | News | Sport | Weather | Contact"]
    )
    article = clean(RawArticle("page.txt", dump, "txt"))
    assert article.text.count("council voted") == 2 and "(148)" not in article.text
    reasons = {line.text: line.reason for line in article.dropped_lines}
    assert reasons["Home | News | Sport | Weather | Contact"] == "links of a menu in one line"


def test_page_options_on_a_folder_of_expected_texts_are_an_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The council voted on Tuesday to close the old bridge to cars.\n")
    assert main(["eval", "cleaning", str(tmp_path), "--half", "odd"]) == 2
    assert "need the page layout" in capsys.readouterr().err
