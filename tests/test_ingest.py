"""Ingest and cleaning: every reader, every boilerplate rule, every kind of bad input.

The pages under tests/data/cleaning were written for these rules (and include the seeds);
tests/data/cleaning-heldout holds pages written afterwards, to show the rules generalise.
"""

import codecs
import gzip
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import KYIV_INDEPENDENT, ROOT, SEEDS, UNDATED

import graphbuild
from graphbuild import analysis
from graphbuild.clean import clean
from graphbuild.evaluation.cleaning import evaluate_cleaning
from graphbuild.ingest import InputError, Limits, parse_fields, read_file, read_inputs
from graphbuild.model import PublishedBasis, RawArticle, Skipped
from graphbuild.pipeline import read_articles

DATA = ROOT / "tests" / "data"
NO_TEXT = "record has no text in its text field (text/content/body/article/full_text/maintext/bodyText)"
CLEANING = evaluate_cleaning(DATA / "cleaning")
ARTICLE = (
    "The minister said on Monday that the talks with the unions would continue next week.\n\n"
    "Unions have called a national strike for Thursday, the third this month, over the plan.\n"
)


def by_reason(article):
    return {line.text: line.reason for line in article.dropped_lines}


@pytest.mark.parametrize("score", CLEANING.files, ids=lambda score: Path(score.path).name)
def test_cleaning_keeps_every_body_line_and_nothing_else(score):
    assert (score.missing, score.extra) == ([], [])
    assert {name: got for name, (_, got) in score.metadata.items()} == {
        name: expected for name, (expected, _) in score.metadata.items()
    }


def test_cleaning_generalises_to_pages_written_after_the_rules():
    report = evaluate_cleaning(DATA / "cleaning-heldout")
    assert len(report.files) == 4
    assert report.recall == 1.0
    assert report.precision >= 0.9
    assert all(expected == got for f in report.files for expected, got in f.metadata.values())


def test_every_input_in_the_corpus_is_accounted_for():
    assert CLEANING.unscored == []
    assert len(CLEANING.files) >= 12


def test_seed_boilerplate_is_dropped_with_its_reason():
    kyiv = clean(next(read_file(SEEDS / KYIV_INDEPENDENT)))
    reasons = by_reason(kyiv)
    assert kyiv.published == date(2023, 2, 3)
    assert kyiv.published_basis == PublishedBasis.BYLINE
    assert reasons["News Feed"] == "in a feed or ticker"
    assert reasons["Zelensky meets with CIA director in Kyiv."] == "in a feed or ticker"
    # After the article's run of prose, a sign-up form is named for what it is.
    assert reasons["* indicates required"].startswith("call to action")
    assert reasons["Skip to content"].startswith("call to action")
    assert reasons["by The Kyiv Independent news desk February 3, 2023 6:53 PM 1 min read"] == "byline"
    undated = clean(next(read_file(SEEDS / UNDATED)))
    reasons = by_reason(undated)
    assert undated.published is None
    assert undated.published_basis == PublishedBasis.UNKNOWN
    assert reasons["SERGEY DOLZHENKO/EPA-EFE/Shutter"] == "photo or agency credit"
    assert reasons["<!DOCTYPE html>"] == "in a feed or ticker"
    assert reasons["3:19 Diamondbacks World Series bettor four wins away from $1 million payout"] == (
        "in a feed or ticker"
    )
    # Nothing is lost: each raw line is either kept in the text or listed as dropped.
    raw_lines = [line for line in (SEEDS / UNDATED).read_text().splitlines() if line.strip()]
    kept = undated.text.split("\n\n")
    assert len(raw_lines) == len(kept) + len(undated.dropped_lines) + 1  # + the title
    assert all(line.line is not None for line in undated.dropped_lines)


def test_keep_dropped_writes_an_audit_file_per_article(seeds_result, tmp_path):
    written = seeds_result.write(tmp_path, ["articles.jsonl"], keep_dropped=True)
    audits = sorted(written["dropped"].glob("*.tsv"))
    assert [path.stem for path in audits] == sorted(article.id for article in seeds_result.articles)
    records = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]
    for record in records:
        rows = (written["dropped"] / f"{record['id']}.tsv").read_text().splitlines()
        assert rows[0] == "line\treason\ttext"
        assert len(rows) - 1 == record["dropped_lines"] == sum(record["dropped_by_reason"].values())
    undated = next(r for r in records if r["path"].endswith(UNDATED))
    rows = (written["dropped"] / f"{undated['id']}.tsv").read_text().splitlines()
    assert (
        "\tin a feed or ticker\t3:19 Diamondbacks World Series bettor four wins away from $1 million payout"
        in ("\n".join(rows))
    )


def test_publication_date_prefers_metadata_then_byline_never_the_body():
    byline = "Storm hits the coast\nBy Ana Ruiz | 4 March 2023\n\n" + ARTICLE
    assert clean(RawArticle("a.txt", byline, "txt", published="2023-03-05T08:00:00Z")).published == date(
        2023, 3, 5
    )
    from_byline = clean(RawArticle("a.txt", byline, "txt"))
    assert (from_byline.published, from_byline.published_basis) == (date(2023, 3, 4), "byline")
    bad_metadata = clean(RawArticle("a.txt", byline, "txt", published="soon"))
    assert bad_metadata.published == date(2023, 3, 4)
    assert "publication date 'soon' in the metadata is not a date; ignored" in bad_metadata.warnings
    deep = ARTICLE + "\nThe law was first passed on March 1, 2021 after a long debate in parliament.\n"
    assert clean(RawArticle("a.txt", deep, "txt")).published is None


def test_gzip_of_any_format_is_read(tmp_path):
    records = [{"title": "A", "text": ARTICLE, "publishedAt": "2023-02-01"}, {"title": "B", "text": "x"}]
    data = "\n".join(json.dumps(record) for record in records).encode()
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "page.html.gz").write_bytes(
        gzip.compress(f"<html><body><p>{ARTICLE}</p></body></html>".encode())
    )
    found = list(read_inputs([tmp_path]))
    assert [type(r).__name__ for r in found] == ["RawArticle", "RawArticle", "RawArticle"]
    assert found[0].path.endswith("feed.jsonl.gz#L1") and found[0].published == "2023-02-01"
    assert found[2].format == "html" and "national strike" in found[2].text


def test_standard_input_is_read_and_its_format_detected(monkeypatch):
    def from_stdin(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        return list(read_inputs(["-"]))

    jsonl = from_stdin(b'{"text": "One story here."}\n{"text": "Another story here."}\n')
    assert [(r.path, r.format) for r in jsonl] == [("<stdin>#L1", "jsonl"), ("<stdin>#L2", "jsonl")]
    assert from_stdin(ARTICLE.encode())[0].format == "txt"
    assert from_stdin(b"<html><body><p>" + ARTICLE.encode() + b"</p></body></html>")[0].format == "html"
    csv_rows = from_stdin(b"headline,body\nStrike,The unions called a strike for Thursday.\n")
    assert (csv_rows[0].format, csv_rows[0].title) == ("csv", "Strike")
    assert from_stdin(gzip.compress(b'[{"content": "Zipped."}]'))[0].text == "Zipped."
    assert from_stdin(b"")[0].reason == "empty file"


def test_sidecar_metadata_for_plain_text(tmp_path):
    (tmp_path / "story.txt").write_text(ARTICLE)
    (tmp_path / "story.meta.json").write_text(
        json.dumps(
            {"headline": "Strike", "date": "2023-03-06", "source": {"name": "Daily"}, "link": "https://x"}
        )
    )
    (tmp_path / "broken.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    (tmp_path / "broken.meta.json").write_text("{not json")
    (tmp_path / "orphan.meta.json").write_text("{}")
    found = {Path(r.path).name: r for r in read_inputs([tmp_path])}
    story = found["story.txt"]
    assert (story.title, story.published, story.outlet, story.url) == (
        "Strike",
        "2023-03-06",
        "Daily",
        "https://x",
    )
    assert found["broken.txt"].warnings[0].startswith("metadata sidecar broken.meta.json ignored")
    assert found["orphan.meta.json"].reason == "metadata sidecar without an article beside it"
    assert "story.meta.json" not in found


def test_field_mapping_reaches_into_nested_records(tmp_path):
    guardian = {
        "response": {
            "status": "ok",
            "results": [
                {
                    "webTitle": "Strike called",
                    "webPublicationDate": "2023-03-06T10:00:00Z",
                    "webUrl": "https://example.org/strike",
                    "fields": {"bodyText": ARTICLE},
                }
            ],
        }
    }
    (tmp_path / "guardian.json").write_text(json.dumps(guardian))
    fields = parse_fields(
        ["text=fields.bodyText", "title=webTitle", "published=webPublicationDate", "url=webUrl"]
    )
    (record,) = read_inputs([tmp_path], fields)
    assert (record.title, record.published, record.url) == (
        "Strike called",
        "2023-03-06T10:00:00Z",
        "https://example.org/strike",
    )
    (tmp_path / "export.csv").write_text("story_body,pub\n" + json.dumps(ARTICLE) + ",2023-03-07\n")
    rows = [r for r in read_inputs([tmp_path / "export.csv"], {"text": "story_body", "published": "pub"})]
    assert rows[0].published == "2023-03-07" and rows[0].text.startswith("The minister")
    for bad in (["text"], ["colour=red"], ["text="]):
        with pytest.raises(InputError, match="--field"):
            parse_fields(bad)


def test_bad_inputs_are_skipped_with_a_reason_and_the_rest_go_on(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "report.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(200))
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 4)
    good_record = '{"text": "The council approved the budget for next year on Monday evening."}'
    (tmp_path / "feed.jsonl").write_text(good_record + '\n{"text": "broken\n[1, 2]\n\n{"body": ""}\n')
    (tmp_path / "nocolumn.csv").write_text("title,summary\nA,B\n")
    (tmp_path / "bad.json").write_text('{"text": "unclosed"')
    (tmp_path / "truncated.txt.gz").write_bytes(gzip.compress(ARTICLE.encode())[:-12])
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04")
    reasons = {
        Path(item.path).name: item.reason for item in read_inputs([tmp_path]) if isinstance(item, Skipped)
    }
    assert reasons == {
        "slides.pptx": "unsupported file type '.pptx'",
        "bad.json": "invalid JSON at line 1, column 20: expecting ',' delimiter",
        "blank.md": "file holds only white space",
        "empty.txt": "empty file",
        "feed.jsonl#L2": "invalid JSON at column 17: invalid control character",
        "feed.jsonl#L3": "record is a list, not an object",
        "feed.jsonl#L5": NO_TEXT,
        "image.txt": "binary file (a PNG image), not text",
        "noise.txt": "binary file or unknown text encoding, not readable as text",
        "nocolumn.csv": "CSV has no text column (text/content/body/article/full_text/maintext/bodyText); "
        "its columns are title, summary",
        "report.html": "binary file (a PDF document), not text",
        "truncated.txt.gz": "corrupt or truncated gzip data (Compressed file ended before the end-of-stream "
        "marker was reached)",
    }
    inputs = read_articles([tmp_path])
    assert sum(1 for item in inputs if not isinstance(item, Skipped)) == 2  # good.txt and feed.jsonl#L1
    assert len(inputs) == len(reasons) + 2


def test_text_in_other_encodings_is_detected(tmp_path):
    russian = "Президент заявил в понедельник, что переговоры с профсоюзами продолжатся на следующей неделе."
    (tmp_path / "cyrillic.txt").write_bytes(russian.encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    found = {Path(r.path).name: r.text for r in read_inputs([tmp_path])}
    assert found["cyrillic.txt"] == russian
    assert found["utf16.txt"] == ARTICLE


def test_size_limits_skip_enormous_inputs_without_reading_them_whole(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("w") as stream:
        for _ in range(26):
            stream.write(ARTICLE * 6_000)  # about 26 MB
    (skipped,) = read_inputs([huge])
    assert skipped.reason == "over the 25,000,000-byte limit for one document; split it or use JSON Lines"
    big_record = json.dumps({"text": "word " * 3_000})
    (tmp_path / "feed.jsonl").write_text('{"text": "Small one."}\n' + big_record + '\n{"text": "After."}\n')
    found = list(read_inputs([tmp_path / "feed.jsonl"], limits=Limits(record_bytes=10_000)))
    assert [getattr(r, "text", None) for r in found] == ["Small one.", None, "After."]
    assert found[1].reason == "over the 10,000-byte limit for one record"


def test_near_identical_copies_name_their_original_and_count_once():
    import graphbuild

    inputs = read_articles([DATA / "duplicates"])
    by_name = {Path(article.path).name: article for article in inputs}
    gazette, ledger = by_name["x_rebrand_gazette.txt"], by_name["x_rebrand_ledger.txt"]
    assert ledger.duplicate_of == gazette.id and ledger.similarity >= 0.8
    assert gazette.duplicate_of is None and by_name["x_rebrand_analysis.txt"].duplicate_of is None
    result = graphbuild.build([DATA / "duplicates"])
    reported_by_both = [
        event for event in result.events if {s.article for s in event.sources} == {gazette.id, ledger.id}
    ]
    assert reported_by_both
    assert all(event.independent_sources == 1 for event in reported_by_both)


def test_byte_identical_inputs_are_skipped_as_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    inputs = read_articles([tmp_path])
    assert inputs[1] == Skipped(str(tmp_path / "b.txt"), f"duplicate of {tmp_path / 'a.txt'}")


def test_markdown_and_html_in_records_become_plain_text():
    article = clean(
        RawArticle(
            "a.md",
            "# Strike called\n\n![photo](x.jpg)\n\n> The **unions** called a [strike](https://x) for "
            "Thursday, the third this month.\n",
            "md",
        )
    )
    assert article.title == "Strike called"
    assert article.text == "The unions called a strike for Thursday, the third this month."
    assert by_reason(article)["![photo](x.jpg)"] == "image"


def test_an_article_the_stages_fail_on_is_skipped_with_the_error_and_the_rest_go_on(tmp_path, monkeypatch):
    real = analysis.find_events

    def failing_on_one(doc, article, *args):
        if "Atlantis" in doc.text:
            raise RuntimeError("parse tree has no root")
        return real(doc, article, *args)

    # A fault injected into one stage, standing for whatever bug a strange text may hit.
    monkeypatch.setattr(analysis, "find_events", failing_on_one)
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "odd.txt").write_text("Divers said on Monday that they had found Atlantis off the coast.")
    result = graphbuild.build([tmp_path], cache=tmp_path / "cache.sqlite")
    assert [Path(article.path).name for article in result.articles] == ["good.txt"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == [
        ("odd.txt", "analysis failed: RuntimeError: parse tree has no root")
    ]
    assert len(result.inputs) == 2
    # The failure is not cached: a fixed graphbuild analyses the article again.
    monkeypatch.setattr(analysis, "find_events", real)
    again = graphbuild.build([tmp_path], cache=tmp_path / "cache.sqlite")
    assert len(again.articles) == 2 and again.from_cache == 1


def test_a_date_beyond_the_calendar_does_not_stop_the_build(tmp_path):
    # "3000 years ago" counted from a publication date raised ValueError (year -977).
    text = "Archaeologists said on Monday that the city was founded 3000 years ago."
    (tmp_path / "dig.json").write_text(json.dumps({"title": "Dig", "date": "2023-02-03", "text": text}))
    result = graphbuild.build([tmp_path])
    assert len(result.articles) == 1 and not result.skipped
