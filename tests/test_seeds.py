"""The main job, end to end on the two seed articles."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from conftest import KYIV_INDEPENDENT, SEEDS, UNDATED

import graphbuild

# Names that occur only in the seeds' tickers, news feed, sign-up prompts and photo credits.
BOILERPLATE_NAMES = [
    "Diamondbacks",
    "Tuchel",
    "Kuziaev",
    "Mike Johnson",
    "William Burns",
    "CIA",
    "IMF",
    "Kate Tsurkan",
    "Getty",
    "AFP",
    "EPA",
    "DOLZHENKO",
    "Lewiston",
    "Hamas",
    "Biden",
    "Interfax-free-ticker",
    "Le Havre",
    "Zenit",
    "Editors",
]


def test_bakhmut_vow_is_one_event_with_both_sources(seeds_result, article_ids):
    vows = [
        event
        for event in seeds_result.events
        if event.type == "statement"
        and any(p.name == "Volodymyr Zelensky" and p.role == "agent" for p in event.participants)
        and any(p.name == "Bakhmut" for p in event.participants)
    ]
    assert len(vows) == 1, [event.label for event in vows]
    vow = vows[0]
    assert {source.article for source in vow.sources} == set(article_ids.values())
    assert vow.date.value == "2023-02-03"
    assert vow.date.granularity == "day"
    assert (vow.date.start, vow.date.end) == (date(2023, 2, 3), date(2023, 2, 3))


def test_an_event_lists_each_sentence_once(seeds_result):
    # "sanctions should aim to ensure ..." gave two mentions of one sentence and listed it twice.
    for event in seeds_result.events:
        sentences = [(source.article, source.start) for source in event.sources]
        assert len(sentences) == len(set(sentences)), event.label


def test_zelensky_is_one_entity(seeds_result):
    zelenskys = [entity for entity in seeds_result.entities if "Zelensky" in entity.name]
    assert len(zelenskys) == 1
    assert {"Volodymyr Zelensky", "Zelensky"} <= set(zelenskys[0].aliases)
    assert zelenskys[0].type == "PERSON"
    assert len(zelenskys[0].articles) == 2


def test_nothing_from_boilerplate_becomes_an_entity_or_event(seeds_result):
    names = " | ".join(alias for entity in seeds_result.entities for alias in entity.aliases)
    for name in BOILERPLATE_NAMES:
        assert name.lower() not in names.lower(), name
    texts = {article.id: article.text for article in seeds_result.articles}
    for event in seeds_result.events:
        for source in event.sources:
            assert texts[source.article][source.start : source.end] == source.sentence
            assert not any(name in source.sentence for name in BOILERPLATE_NAMES)
    for entity in seeds_result.entities:
        assert any(alias in text for alias in entity.aliases for text in texts.values()), entity


def test_undated_article_is_not_dated_by_its_ticker(seeds_result):
    undated = next(a for a in seeds_result.articles if a.path.endswith(UNDATED))
    # The tickers are from October 2023; the only date it may get is inferred from the other report.
    assert undated.published == date(2023, 2, 3)
    assert undated.published_basis == "inferred from other articles"
    dated = next(a for a in seeds_result.articles if a.path.endswith(KYIV_INDEPENDENT))
    assert (dated.published, dated.published_basis) == (date(2023, 2, 3), "byline")


def test_outputs_follow_the_schema(seeds_out, seeds_result):
    events = [json.loads(line) for line in (seeds_out / "events.jsonl").read_text().splitlines()]
    assert len(events) == len(seeds_result.events)
    for event in events:
        assert {
            "id",
            "label",
            "type",
            "trigger",
            "date",
            "participants",
            "places",
            "sources",
            "modality",
        } <= set(event)
        assert {"value", "start", "end", "granularity", "basis", "text"} <= set(event["date"])
        for source in event["sources"]:
            assert {"article", "title", "url", "published", "sentence", "start", "end"} <= set(source)
    entities = [json.loads(line) for line in (seeds_out / "entities.jsonl").read_text().splitlines()]
    bakhmut = next(e for e in entities if e["name"] == "Bakhmut")
    assert bakhmut["type"] == "PLACE" and abs(bakhmut["lat"] - 48.59) < 0.1
    articles = [json.loads(line) for line in (seeds_out / "articles.jsonl").read_text().splitlines()]
    assert [a["status"] for a in articles] == ["ok", "ok"]
    assert all(a["dropped_lines"] > 0 for a in articles)


def test_same_input_same_output(seeds_result, seeds_out, tmp_path):
    again = graphbuild.build([SEEDS])
    again.write(tmp_path)
    first = [event.id for event in seeds_result.events]
    assert len(set(first)) == len(first)
    assert [event.id for event in again.events] == first
    assert [entity.id for entity in again.entities] == [entity.id for entity in seeds_result.entities]
    written = sorted(path.name for path in seeds_out.iterdir())
    assert written == sorted(path.name for path in tmp_path.iterdir())
    for name in written:
        assert (tmp_path / name).read_bytes() == (seeds_out / name).read_bytes(), name


def test_bad_input_is_skipped_with_its_reason(tmp_path):
    (tmp_path / KYIV_INDEPENDENT).write_bytes((SEEDS / KYIV_INDEPENDENT).read_bytes())
    (tmp_path / "broken.json").write_text('{"title": "x", "text": ')
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "rows.csv").write_text("headline,link\nA,http://x\n")
    result = graphbuild.build([tmp_path])
    assert [Path(a.path).name for a in result.articles] == [KYIV_INDEPENDENT]
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons["broken.json"].startswith("invalid JSON")
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.txt"]
    assert "no text column" in reasons["rows.csv"]
    out = tmp_path / "out"
    result.write(out)
    statuses = [json.loads(line)["status"] for line in (out / "articles.jsonl").read_text().splitlines()]
    assert sorted(statuses) == ["ok", "skipped", "skipped", "skipped", "skipped"]


def test_cli_builds_and_fails_clearly(tmp_path):
    cli = [sys.executable, "-m", "graphbuild"]
    done = subprocess.run(
        [*cli, "build", str(SEEDS), "-o", str(tmp_path / "out"), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "timeline.html").exists()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_text("")
    failed = subprocess.run(
        [*cli, "build", str(tmp_path / "bad"), "-o", str(tmp_path / "o2")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 1
    assert "empty.txt: empty file" in failed.stderr
    assert "no usable articles" in failed.stderr.splitlines()[-1]
    piped = subprocess.run(
        [*cli, "build", "-", "-o", str(tmp_path / "o3"), "--formats", "articles.jsonl", "--keep-dropped"],
        input=(SEEDS / UNDATED).read_bytes(),
        capture_output=True,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    (record,) = [json.loads(line) for line in (tmp_path / "o3" / "articles.jsonl").read_text().splitlines()]
    assert (record["path"], record["status"]) == ("<stdin>", "ok")
    assert (tmp_path / "o3" / "dropped" / f"{record['id']}.tsv").is_file()
    version = subprocess.run([*cli, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("graphbuild ")


def test_a_stretch_counted_from_publication_dates_its_event(seeds_result):
    # Regression: "over the past week" became a P1W duration and left its event undated.
    (gains,) = [event for event in seeds_result.events if "incremental gains" in event.label]
    assert gains.date.value == "P1W"
    assert (gains.date.start, gains.date.end) == (date(2023, 1, 27), date(2023, 2, 3))
    assert gains.date.basis == "relative to inferred publication date"


def test_the_invasion_and_the_tank_pledge_are_dated(seeds_result, article_ids):
    invasion = next(e for e in seeds_result.events if e.trigger == "invasion" and e.date.value)
    assert invasion.date.value == "2022-02-24" and invasion.type == "military action"
    assert "place:russia" in {p.entity for p in invasion.participants if p.role == "agent"}
    pledge = next(e for e in seeds_result.events if e.trigger == "pledged")
    # The week before publication (Friday 3 Feb 2023 is in week 5).
    assert pledge.date.value == "2023-W04"
    assert (pledge.date.start, pledge.date.end) == (date(2023, 1, 23), date(2023, 1, 29))
    assert pledge.type == "aid or pledge"
    assert "org:nato" in {p.entity for p in pledge.participants if p.role == "agent"}
    assert {s.article for s in pledge.sources} == {article_ids[UNDATED]}
