"""The time benchmarks: TimeML and MEANTIME readers, TempEval-3 scoring, the CLI, the peer."""

import shutil
import subprocess
import sys
from datetime import date

import pytest
from conftest import ROOT

from graphbuild.evaluation import timex

SHARED = ROOT.parent / "shared" / "data"
TBAQ = SHARED / "tempeval3-tbaq"
MEANTIME = SHARED / "meantime"

DEMO = ROOT / "tests" / "data" / "timeml"


@pytest.fixture
def demo():
    return timex.read_timeml(DEMO)


def test_timeml_reader_places_gold_expressions_in_the_text(demo):
    (doc,) = demo
    assert doc.dct == date(2023, 2, 3)
    assert [(doc.text[g.start : g.end], g.type, g.value) for g in doc.gold] == [
        ("Friday", "DATE", "2023-02-03"),
        ("last week", "DATE", "2023-W04"),
        ("two months", "DURATION", "P2M"),
    ]


def test_scoring_follows_tempeval3(demo):
    (doc,) = demo
    friday, last_week, months = doc.gold
    predicted = [
        friday,  # strict match, right value
        timex.Timex(last_week.start + 5, last_week.end, "week", "DATE", "2023-W05"),  # relaxed, wrong value
        timex.Timex(0, 8, "Zelensky", "DATE", "2023"),  # spurious
    ]
    scores = timex.score("demo", demo, [predicted], 1.0).overall.scores()
    assert scores["strict_p"] == pytest.approx(1 / 3)
    assert scores["strict_r"] == pytest.approx(1 / 3)
    assert scores["relaxed_p"] == pytest.approx(2 / 3)
    assert scores["relaxed_r"] == pytest.approx(2 / 3)
    assert scores["value_accuracy"] == pytest.approx(1 / 2)
    assert scores["value_f1"] == pytest.approx(2 / 3 * 1 / 2)


def test_our_tagger_on_the_demo_document(demo):
    report = timex.evaluate("demo", demo, {"graphbuild": timex.graphbuild_tagger()})
    scores = report.runs[0].overall.scores()
    assert scores["value_f1"] == 1.0, list(timex.iter_errors(report.runs[0]))
    assert report.runs[0].words_per_second > 0
    assert "value F1" in str(report)


@pytest.mark.skipif(not MEANTIME.is_dir(), reason="../shared/data/meantime is absent")
def test_meantime_reader_scores_only_the_annotated_region():
    docs = timex.read_meantime(MEANTIME)
    assert len(docs) == 90
    doc = next(d for d in docs if d.name.startswith("102977_"))
    assert doc.dct == date(2008, 3, 27)
    assert doc.text.splitlines()[1] == "March 27, 2008"
    assert ("March 27, 2008", "2008-03-27") in [(g.text, g.value) for g in doc.gold]
    assert all(g.start < doc.scored_until for g in doc.gold)


@pytest.mark.skipif(not TBAQ.is_dir(), reason="../shared/data/tempeval3-tbaq is absent")
def test_eval_timeml_command_prints_the_tempeval_table():
    done = subprocess.run(
        [sys.executable, "-m", "graphbuild", "eval", "timeml", str(TBAQ), "--limit", "5", "--errors", "3"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("timeml: 5 documents")
    assert "value F1" in done.stdout and "words/s" in done.stdout


@pytest.mark.skipif(shutil.which("java") is None, reason="HeidelTime needs Java")
def test_heideltime_peer_runs_on_the_same_documents(demo):
    heideltime = pytest.importorskip("graphbuild.evaluation.heideltime")
    try:
        tagger = heideltime.heideltime_tagger()
    except heideltime.PeerError as error:
        pytest.skip(str(error))
    (found,) = tagger(demo)
    doc = demo[0]
    assert [(doc.text[t.start : t.end], t.value) for t in found][:2] == [
        ("Friday", "2023-02-03"),
        ("last week", "2023-W04"),
    ]


def test_heideltime_positions_come_from_its_raw_output():
    from graphbuild.evaluation.heideltime import parse_timeml

    text = "\n\nOn Friday & later."
    output = (
        '<TimeML>\n\n\nOn <TIMEX3 tid="t1" type="DATE" value="2023-02-03">Friday</TIMEX3> & later.\n</TimeML>'
    )
    (found,) = parse_timeml(output, text)
    assert text[found.start : found.end] == "Friday"


def test_an_identical_copy_of_a_document_is_scored_once(tmp_path):
    for folder in ("TimeBank", "testpipeline"):
        (tmp_path / folder).mkdir()
        shutil.copy(DEMO / "demo.tml", tmp_path / folder / "demo.tml")
    assert len(timex.read_timeml(tmp_path)) == 1


def test_eval_timeml_scores_triggers_against_event_tags():
    from graphbuild.evaluation import happenings

    docs = timex.read_timeml(DEMO)
    assert docs[0].events, "the reader keeps TimeML's EVENT tags"
    report = happenings.evaluate_happenings(docs)
    (part,) = [name for name in report.parts if name != "all"]
    assert part == "timeml" and 0 < report.parts["all"]["precision"] <= 1
    row = report.parts["all"]
    # Recall: the share of EVENT tags we have a trigger on; precision again over the sentences
    # with an EVENT tag, the ones the annotators covered.
    assert 0 < row["recall"] <= 1 and row["tagged"] <= row["annotated_ours"] <= row["ours"]
    assert row["annotated_precision"] >= row["precision"]
