"""Names, entities across articles and dated events against MEANTIME-format gold annotation.

The fixture, tests/data/meantime, is a hand-written document in MEANTIME's XML format.
"""

import subprocess
import sys

import pytest
from conftest import ROOT

from graphbuild.evaluation import entities

FIXTURE = ROOT / "tests" / "data" / "meantime"


@pytest.fixture(scope="module")
def documents():
    return entities.read_meantime_documents(FIXTURE)


def test_reader_ties_every_mention_to_its_entity(documents):
    (doc,) = documents
    named = [(doc.text[m.start : m.end], m.type, m.instance) for m in doc.entities if m.named]
    assert ("Acme Corporation", "ORG", "ORG1") in named
    assert [m.instance for m in doc.entities if doc.text[m.start : m.end] == "Acme"] == ["ORG1", "ORG1"]
    assert ("the tender", "PRO") in [(doc.text[m.start : m.end], m.type) for m in doc.entities]
    assert [doc.text[m.start : m.end] for m in doc.events] == ["won"]
    assert str(doc.dct) == "2010-03-03"


def test_only_dated_events_are_gold_events():
    (event,) = entities.read_gold_events(FIXTURE)
    assert (event.instance, event.anchor, event.participants) == ("EV1", "2010-03-02", {"ORG1", "PRO9"})


def test_whole_pipeline_scored(documents):
    report = entities.evaluate_entities(documents, entities.read_gold_events(FIXTURE))
    assert report.anchoring["anchored"] == 1  # "won ... on Tuesday", by Acme
    assert report.clusters["conll_f1"] == 1.0  # both "Acme"s and "Acme Corporation" are one entity
    assert report.mentions["PERSON"]["f1"] == 1.0  # "Chief executive Jane Smith" is "Jane Smith"


def test_cluster_metrics_on_a_known_case():
    key = [frozenset("abc"), frozenset("de")]
    assert entities.b_cubed(key, key) == (1.0, 1.0, 1.0)
    split = [frozenset("ab"), frozenset("c"), frozenset("de")]
    p, r, _ = entities.muc(key, split)
    assert (p, r) == (1.0, 2 / 3)
    assert entities.ceaf_e(key, split)[0] == pytest.approx((0.8 + 1.0) / 3)


def test_eval_meantime_prints_entity_measures():
    run = subprocess.run(
        [sys.executable, "-m", "graphbuild", "eval", "meantime", str(FIXTURE)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "named mentions" in run.stdout
    assert "CoNLL F1 1.000" in run.stdout
    assert "recall 1.000" in run.stdout


def test_anchoring_counts_only_events_the_documents_mention(documents):
    unmentioned = entities.GoldEvent("EV-ELSEWHERE", "2010-01-01", frozenset({"ORG1"}))
    report = entities.evaluate_entities(documents, [*entities.read_gold_events(FIXTURE), unmentioned])
    assert (report.anchoring["gold"], report.anchoring["recall"]) == (1, 1.0)
    assert report.anchoring["by_topic"]["meantime"]["gold"] == 1  # the fixture's folder is its topic


def test_roles_are_scored_against_has_participant(documents):
    (doc,) = documents
    assert [(p.role, doc.text[p.start : p.end]) for p in doc.participants] == [
        ("agent", "Acme Corporation"),
        ("patient", "the tender"),
    ]  # Argm-LOC is no role we give
    report = entities.evaluate_entities(documents, entities.read_gold_events(FIXTURE))
    assert report.roles["agent"]["f1"] == 1.0  # "Acme Corporation won"
    assert report.roles["patient"]["gold"] == 1 and "meantime agent" in report.roles


def test_anchoring_leaves_out_gold_events_with_no_participant(documents):
    # No participant of ours can match one the annotation does not give.
    (event,) = entities.read_gold_events(FIXTURE)
    alone = entities.GoldEvent(event.instance, event.anchor, frozenset())
    report = entities.evaluate_entities(documents, [alone])
    assert (report.anchoring["gold"], report.anchoring["unscored"]) == (0, 1)


def test_names_and_entities_are_scored_per_topic_when_there_are_several():
    from graphbuild.model import Article, ArticleAnalysis, EntityMention

    text = "Acme won. Acme said so."
    gold = [entities.GoldMention(at, at + 4, "ORG", "ORG1", named=True) for at in (0, 10)]
    docs = [
        entities.MeantimeDoc(name, text, None, len(text), gold, [], topic)
        for name, topic in (("a", "corpus_x"), ("b", "corpus_y"))
    ]
    found = [EntityMention("Acme", "ORG", at, at + 4, 0) for at in (0, 10)]
    analyses = [ArticleAnalysis(Article(doc.name, "a.txt", doc.text), found, [], []) for doc in docs]
    mentions = entities.score_mentions(docs, analyses)
    assert mentions["corpus_x all"]["f1"] == mentions["corpus_y all (overlap)"]["f1"] == 1.0
    assert list(mentions)[:2] == ["all", "all (overlap)"]
    # One entity of ours for the four: right in all and within each topic.
    clusters = entities.score_clusters_by_topic(docs, [["e1", "e1"], ["e1", "e1"]])
    assert clusters["conll_f1"] == clusters["by_topic"]["corpus_y"]["conll_f1"] == 1.0
    assert "by_topic" not in entities.score_clusters_by_topic(docs[:1], [["e1", "e1"]])
