"""graphbuild eval timeline: entity timelines against SemEval-2015 TimeLine gold timelines."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.evaluation.timeline import evaluate_timelines, find_corpora, read_gold_timeline

DATA = Path(__file__).parent / "data" / "timeline"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timeline-semeval2015"


def test_gold_timelines_are_read_and_other_text_files_ignored():
    name, items = read_gold_timeline(DATA / "corpus_acme" / "gold" / "acme_corporation.txt")
    assert name == "Acme Corporation"
    assert [(item.date, sorted(item.mentions)) for item in items] == [
        ("XXXX-XX-XX", [("1", 3)]),
        ("2010-03-02", [("1", 0), ("1", 2)]),
    ]
    assert read_gold_timeline(DATA / "corpus_acme" / "list_target_entities.txt") is None
    (corpus,) = find_corpora(DATA)
    assert sorted(corpus.timelines) == ["Acme Corporation", "Jane Smith"]
    (document,) = corpus.documents
    assert document.doc_id == "1" and str(document.dct) == "2010-03-03"


def test_events_match_by_document_sentence_and_date(tmp_path):
    report = evaluate_timelines(find_corpora(DATA))
    acme, _ = report.entities["corpus_acme: Acme Corporation"]
    assert (acme.gold, acme.matched) == (2, 2)
    jane, _ = report.entities["corpus_acme: Jane Smith"]
    assert (jane.gold, jane.matched) == (1, 1)
    # The same events with a wrong gold date match only when dates are ignored.
    copy = tmp_path / "timeline"
    shutil.copytree(DATA, copy)
    (copy / "corpus_acme" / "gold" / "jane_smith.txt").write_text("Jane Smith\n1\t2009-12-01\t1-3-said\n")
    dated, undated = evaluate_timelines(find_corpora(copy)).entities["corpus_acme: Jane Smith"]
    assert (dated.matched, undated.matched) == (0, 1)


def test_cli_prints_the_report_as_json():
    run = subprocess.run(
        [sys.executable, "-m", "graphbuild", "eval", "timeline", str(DATA), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(run.stdout)
    assert report["documents"] == 1 and report["with_dates"]["gold"] == 3


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/timeline-semeval2015 is absent")
def test_timeline_f1_on_semeval_2015_beats_the_goal():
    report = evaluate_timelines(find_corpora(SHARED))
    assert report.documents == 90 and len(report.entities) >= 30
    # The goal of issue 5: twice the best 2015 system (7.85).
    assert report.dated.f1 >= 15
