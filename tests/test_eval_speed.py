"""`graphbuild eval speed`: the report's parts, on tiny corpora (speed itself is not asserted)."""

import json

from conftest import ROOT, SEEDS

from graphbuild.cli import main
from graphbuild.evaluation.speed import read_corpus, repeat
from graphbuild.model import RawArticle
from graphbuild.pipeline import prepare_articles

MEANTIME_FIXTURE = ROOT / "tests" / "data" / "meantime"


def test_annotated_documents_are_read_with_their_creation_time():
    (record,) = read_corpus(MEANTIME_FIXTURE)
    assert record.published == "2010-03-03"
    assert "Acme" in record.text


def test_a_repeat_is_a_new_article_to_every_stage():
    records = [record for record in read_corpus(SEEDS) if isinstance(record, RawArticle)]
    inputs = prepare_articles([*records, *repeat(records, 1), *repeat(records, 2)])
    ids = [item.id for item in inputs]
    assert len(ids) == len(set(ids)) == 3 * len(records)
    # The copies are still found to be copies of the originals, as wire copies would be.
    assert sum(1 for item in inputs if item.duplicate_of) == 2 * len(records)


def test_the_report_has_every_measure(capsys):
    assert main(["eval", "speed", str(MEANTIME_FIXTURE), "--scales", "1", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 1 and report["words"] > 10
    assert report["bare_words_per_second"] > 0 and report["pipeline_words_per_second"] > 0
    assert [(run["copies"], run["articles"]) for run in report["scale"]] == [(1, 1), (2, 2)]
    assert all(run["peak_mb"] >= run["model_mb"] > 0 for run in report["scale"])
    assert report["new_articles"] == 1 and report["rerun_same"] is True


def test_a_missing_folder_is_an_error(tmp_path, capsys):
    assert main(["eval", "speed", str(tmp_path / "absent"), "--scales"]) == 2
    assert "absent: not a folder" in capsys.readouterr().err
