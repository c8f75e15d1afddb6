"""Incremental runs through the cache, and the engines that run the per-article work."""

import filecmp
import shutil
import sqlite3

import pytest
from conftest import ROOT, SEEDS, UNDATED

import graphbuild
from graphbuild.cache import AnalysisCache
from graphbuild.cli import main
from graphbuild.engines import EngineError, run
from graphbuild.model import Article, ArticleAnalysis
from graphbuild.nlp import describe
from graphbuild.pipeline import read_articles

# More than one batch of articles, so that the engines must put the batches back in order.
CORPUS = [SEEDS, ROOT / "tests" / "data" / "cleaning"]


def same_outputs(left, right) -> list[str]:
    """The names of the output files that differ between two output folders."""
    names = sorted(path.name for path in left.iterdir() if path.is_file() and not path.name.startswith("."))
    assert names
    _, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return mismatch + errors


def test_a_cached_rebuild_reuses_every_article_and_writes_the_same_files(tmp_path, seeds_out):
    cache = tmp_path / "cache.sqlite"
    first = graphbuild.build([SEEDS], cache=cache)
    second = graphbuild.build([SEEDS], cache=cache)
    assert (first.from_cache, second.from_cache) == (0, 2)
    second.write(tmp_path / "out")
    assert same_outputs(seeds_out, tmp_path / "out") == []
    # Merging infers the undated seed's date on the article; the cached copy must not keep it.
    undated = next(article for article in second.articles if article.path.endswith(UNDATED))
    assert undated.published_basis == "inferred from other articles"


def test_only_new_or_changed_articles_are_analysed_again(tmp_path):
    corpus = tmp_path / "articles"
    shutil.copytree(SEEDS, corpus)
    cache = tmp_path / "cache.sqlite"
    graphbuild.build([corpus], cache=cache)
    changed = corpus / UNDATED
    sentence = "Ukraine applied to join the EU days after Russia invaded last year."
    text = changed.read_text(encoding="utf-8")
    assert sentence in text
    changed.write_text(text.replace(sentence, sentence + " Poland pledged more tanks on Friday."))
    new = "Published: 2023-02-04\n\nFrance sent more shells to Ukraine on Saturday.\n"
    (corpus / "new.txt").write_text(new)

    result = graphbuild.build([corpus], cache=cache)

    assert (len(result.articles), result.from_cache) == (3, 1)
    labels = [event.label for event in result.events]
    assert any("Poland" in label for label in labels)
    assert any("France" in label for label in labels)


def test_an_article_that_cleaning_reads_differently_is_analysed_again(tmp_path):
    # The id comes from the raw input; another version of cleaning may keep more of it.
    article = Article("art-1", "a.txt", "Kyiv is calm.")
    longer = Article("art-1", "a.txt", "Kyiv is calm. Troops left Kharkiv on Monday.")
    with AnalysisCache(tmp_path / "cache.sqlite", "model") as cache:
        cache.put(ArticleAnalysis(article, [], [], []))
        assert cache.get(article) is not None
        assert cache.get(longer) is None


def test_the_command_line_keeps_its_cache_in_the_output_folder_unless_told(tmp_path, capsys):
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "a"), "-q"]) == 0
    assert (tmp_path / "a" / ".graphbuild-cache.sqlite").is_file()
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "a"), "-q"]) == 0
    assert "2 from the cache" in capsys.readouterr().err

    assert main(["build", str(SEEDS), "-o", str(tmp_path / "b"), "-q", "--no-cache"]) == 0
    assert not (tmp_path / "b" / ".graphbuild-cache.sqlite").exists()
    own_cache = ["--cache", str(tmp_path / "x.db")]
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "c"), "-q", *own_cache]) == 0
    assert (tmp_path / "x.db").is_file()
    assert not (tmp_path / "c" / ".graphbuild-cache.sqlite").exists()


def test_a_damaged_cache_is_refused_naming_the_file(tmp_path, capsys):
    damaged = tmp_path / "cache.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "out"), "-q", "--cache", str(damaged)]) == 2
    error = capsys.readouterr().err
    assert str(damaged) in error and "--no-cache" in error


def test_entries_of_another_graphbuild_version_are_deleted(tmp_path):
    path = tmp_path / "cache.sqlite"
    articles = [item for item in read_articles([SEEDS])]
    with AnalysisCache(path, describe()) as cache:
        cache.put(next(run(articles[:1])))
        assert len(cache) == 1
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE analyses SET version = 'an older graphbuild'")
    with AnalysisCache(path, describe()) as cache:
        assert len(cache) == 0
        assert cache.get(articles[0]) is None


def test_every_engine_gives_the_same_output(tmp_path):
    """Worker processes and Dask tasks send back the same analyses, in the same order."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster:
        engines = {
            "local": {},
            "processes": {"jobs": 2},
            "dask": {"engine": "dask", "jobs": 2},
            "dask scheduler": {"engine": "dask", "scheduler": cluster.scheduler_address},
        }
        outputs = {}
        for name, options in engines.items():
            result = graphbuild.build(CORPUS, **options)
            assert len(result.articles) > 16  # more than one batch
            outputs[name] = tmp_path / name
            result.write(outputs[name])
    for name in engines:
        assert same_outputs(outputs["local"], outputs[name]) == [], name


def test_an_unknown_engine_or_a_scheduler_without_dask_is_refused(tmp_path, capsys):
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        list(run(read_articles([SEEDS])[:1], engine="spark"))
    assert main(["build", str(SEEDS), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    assert main(["build", str(SEEDS), "-o", str(tmp_path), "--jobs", "0"]) == 2
