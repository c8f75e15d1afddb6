"""Events found and merged across articles, against ECB+-format gold annotation.

The fixture, tests/data/ecbplus, is hand-written in ECB+'s format: topic 1 holds an
earthquake told by two documents (its ``ecbplus`` one with its URL as sentence 0), topic 2 an
arrest; ``ECBplus_coreference_sentences.csv`` leaves out the title of 1_1ecb and its last
sentence. Participants: Sumatra in both earthquake documents (one cross-document instance),
Indonesia (in 1_1ecb's unscored title and in 1_1ecbplus), "12 people" and "officials", and
in the arrest "a man" and Paris.
"""

import json
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

from graphbuild.errors import BenchmarkDataError, OptionError
from graphbuild.evaluation import ecbplus
from graphbuild.model import EntityMention

FIXTURE = ROOT / "tests" / "data" / "ecbplus"
REAL = ROOT.parent / "shared" / "data" / "ecbplus"


def words(doc):
    return [doc.text[mention.start : mention.end] for mention in doc.mentions]


@pytest.fixture(scope="module")
def documents():
    documents, skipped = ecbplus.read_ecbplus(FIXTURE)
    assert skipped == []
    return {doc.name: doc for doc in documents}


@pytest.fixture(scope="module")
def report():
    return ecbplus.evaluate_ecbplus(FIXTURE)


def test_the_url_of_an_ecbplus_document_is_not_its_text(documents):
    plus = documents["1_1ecbplus"]
    assert plus.text.startswith("An earthquake struck Sumatra")
    assert "example" not in plus.text
    assert documents["1_1ecb"].text.startswith("Earthquake hits Indonesia\nA strong earthquake")


def test_only_listed_sentences_are_scored(documents):
    # 1_1ecb: not its title ("hits"), nor "arrived" in its last sentence.
    assert words(documents["1_1ecb"]) == ["earthquake", "struck", "quake", "killed", "said"]
    assert words(documents["1_1ecbplus"]) == ["earthquake", "struck", "killing", "reach"]
    assert documents["1_1ecb"].scored == {1, 2}


def test_gold_clusters_cross_document_then_chain_then_alone(documents):
    ecb, plus, arrest = documents["1_1ecb"], documents["1_1ecbplus"], documents["2_1ecb"]
    cluster = {
        (doc.name, doc.text[m.start : m.end]): m.cluster for doc in (ecb, plus, arrest) for m in doc.mentions
    }
    assert cluster["1_1ecb", "struck"] == cluster["1_1ecbplus", "struck"] == "ACT1"
    assert cluster["1_1ecb", "killed"] == cluster["1_1ecbplus", "killing"] == "ACT2"
    assert (
        cluster["1_1ecb", "earthquake"] == cluster["1_1ecb", "quake"] != cluster["1_1ecbplus", "earthquake"]
    )
    assert len(set(cluster.values())) == 9  # three clusters of two, six mentions alone


def test_topics_pick_documents():
    documents, _ = ecbplus.read_ecbplus(FIXTURE, [2])
    assert [doc.name for doc in documents] == ["2_1ecb"]
    with pytest.raises(BenchmarkDataError, match="topics 3-5"):
        ecbplus.read_ecbplus(FIXTURE, [3, 4, 5])


@pytest.mark.parametrize(
    ("text", "topics"), [("1-3", [1, 2, 3]), ("3,5,7-9", [3, 5, 7, 8, 9]), (" 2 , 2-3", [2, 3])]
)
def test_topic_lists(text, topics):
    assert ecbplus.parse_topics(text) == topics
    assert ecbplus.parse_topics(ecbplus.format_topics(topics)) == topics


@pytest.mark.parametrize("text", ["9-3", "1-", "a", ""])
def test_bad_topic_lists_are_refused(text):
    with pytest.raises(OptionError, match="--topics"):
        ecbplus.parse_topics(text)


def test_heads_from_our_parse(report, documents):
    # Re-read: evaluate_ecbplus parsed its own copy.
    (ecb,) = [doc for doc in ecbplus.read_ecbplus(FIXTURE, [1])[0] if doc.name == "1_1ecb"]
    ecbplus.parse_heads([ecb])
    heads = {ecb.text[m.start : m.end]: (m.lemma, m.pos) for m in ecb.mentions}
    assert heads["struck"] == ("strike", "verb")
    assert heads["quake"] == ("quake", "noun")


@pytest.fixture(scope="module")
def parsed():
    documents, _ = ecbplus.read_ecbplus(FIXTURE)
    ecbplus.parse_heads(documents)
    return {doc.name: doc for doc in documents}


def ours(doc, *names):
    """Our entity mentions of ``doc``: each (text, type) where the text first stands."""
    found = []
    for text, kind in names:
        start = doc.text.index(text)
        found.append(EntityMention(text, kind, start, start + len(text), doc.sentence_at(start)))
    return found


def test_named_participants_have_a_proper_noun_head(parsed):
    named = {
        name: [doc.text[p.start : p.end] for p in doc.participants if p.proper]
        for name, doc in parsed.items()
    }
    # "12 people", "officials" and "a man" have common-noun heads; 1_1ecb's title is not scored.
    assert named == {"1_1ecb": ["Sumatra"], "1_1ecbplus": ["Sumatra", "Indonesia"], "2_1ecb": ["Paris"]}
    ecb = parsed["1_1ecb"]
    (people,) = [p for p in ecb.participants if p.start == ecb.text.index("12 people")]
    assert ecb.text[people.head_start : people.head_end] == "people"


def test_participants_right_on_the_head_unjudged_inside_a_common_participant(parsed):
    entities = {
        # "Monday" is no participant: wrong. Sumatra is on the gold head: right.
        "1_1ecb": ours(parsed["1_1ecb"], ("Sumatra", "PLACE"), ("Monday", "PERSON")),
        "1_1ecbplus": ours(parsed["1_1ecbplus"], ("Indonesia", "PLACE")),
        # "man" lies inside the gold "a man", whose head is no name: neither right nor wrong.
        "2_1ecb": ours(parsed["2_1ecb"], ("man", "PERSON"), ("Paris", "PLACE")),
    }
    scores = ecbplus.score_participants(list(parsed.values()), entities)
    assert (scores["gold"], scores["found"], scores["system"], scores["right"]) == (4, 3, 4, 3)
    assert scores["unjudged"] == 1
    assert scores["recall_by_tag"]["location"] == {"gold": 4, "found": 3, "r": 0.75}
    assert scores["precision_by_type"]["PERSON"] == {"system": 1, "right": 0, "p": 0.0}


def test_entity_coreference_over_the_participants_found(parsed):
    documents = list(parsed.values())
    entities = {
        "1_1ecb": ours(parsed["1_1ecb"], ("Sumatra", "PLACE")),
        "1_1ecbplus": ours(parsed["1_1ecbplus"], ("Sumatra", "PLACE"), ("Indonesia", "PLACE")),
        "2_1ecb": ours(parsed["2_1ecb"], ("Paris", "PLACE")),
    }
    # Linked wrongly: both Sumatras apart, Indonesia with the second one.
    entity_of = {("1_1ecb", 0): "a", ("1_1ecbplus", 0): "b", ("1_1ecbplus", 1): "b", ("2_1ecb", 0): "c"}
    scores = ecbplus._score_entities(documents, entities, entity_of, per_topic=False)
    assert scores["graphbuild"]["key_mentions"] == 4
    assert (scores["graphbuild"]["muc_p"], scores["graphbuild"]["muc_r"]) == (0.0, 0.0)
    # The same name as written joins the two Sumatras: the one gold link.
    assert scores["same name"]["muc_f1"] == 1.0 and scores["same name"]["conll_f1"] == 1.0
    assert scores["singletons"]["muc_r"] == 0.0


def test_same_head_lemma_baseline_per_topic_and_across_topics(report):
    per_topic = report.coreference["per topic"]["same head lemma"]["a+"]
    # strike-strike and kill-killing are right, earthquake (1_1ecb) with earthquake (1_1ecbplus)
    # wrong, quake apart from its earthquake: 2 of 3 gold links, 2 of 3 links made.
    assert (per_topic["muc_p"], per_topic["muc_r"]) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    across = report.coreference["all at once"]["same head lemma"]["a+"]
    # Across topics "killed" in the arrest joins the earthquake's killing too.
    assert (across["muc_p"], across["muc_r"]) == (pytest.approx(2 / 4), pytest.approx(2 / 3))
    assert per_topic["key_mentions"] == across["key_mentions"] == 12


def test_singleton_baseline(report):
    alone = report.coreference["all at once"]["singletons"]
    assert alone["a+"]["muc_f1"] == 0.0
    assert alone["a+"]["b3_p"] == 1.0
    assert alone["a+"]["b3_r"] == pytest.approx((6 + 3 * 2 * 0.5) / 12)
    # End to end, with singletons removed from both sides, it has nothing left to say.
    assert alone["b"]["response_mentions"] == 0
    assert alone["b"]["key_mentions"] == 6


def test_our_events_are_scored_on_the_mentions_we_found(report):
    detection = report.detection
    assert detection["gold"] == 12
    # Ours: "struck" twice, "arrested", "killed", "the quake killed", "killing 12 people" and two
    # event nouns; "hits" is in the title, which is not scored.
    assert (detection["system"], detection["right"], detection["found"]) == (8, 8, 8)
    by_pos = detection["recall_by_pos"]
    assert (by_pos["verb"]["gold"], by_pos["verb"]["found"], by_pos["noun"]["gold"]) == (9, 6, 3)
    ours = report.coreference["all at once"]["graphbuild"]
    # The earthquake's "struck" in both documents is one merged event; "killing 12 people" is
    # not merged with "the quake killed 12 people": one gold link missed of three.
    assert ours["a"]["muc_r"] == pytest.approx(2 / 3) and ours["a"]["muc_p"] == pytest.approx(2 / 3)
    assert ours["a"]["key_mentions"] == 8 and ours["a+"]["key_mentions"] == 12
    # End to end, with singletons removed: 2 of the 3 gold links.
    assert ours["b"]["response_mentions"] == 5
    assert ours["b"]["muc_r"] == pytest.approx(2 / 3)


def test_each_mention_is_placed_in_its_own_merged_event(report):
    # "arrested" and "killed" share a sentence but are two events, of one mention each; the
    # title's "hits" (not scored) is the earthquake both documents say "struck".
    merged = report.merged
    assert merged["unresolved_mentions"] == 0
    assert sorted(event["mentions"] for event in merged["largest"]) == [1, 1, 1, 3, 4]
    assert merged["cross_topic"] == 0 and merged["cross_topic_events"] == []


def test_cli_json():
    run = subprocess.run(
        [sys.executable, "-m", "graphbuild", "eval", "ecbplus", str(FIXTURE), "--topics", "1", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(run.stdout)
    assert report["documents"] == 2
    assert report["topics"] == [1]
    assert report["detection"]["gold"] == 9
    assert set(report["coreference"]) == {"all at once", "per topic"}
    assert set(report["coreference"]["per topic"]) == {"graphbuild", "same head lemma", "singletons"}
    assert set(report["coreference"]["per topic"]["graphbuild"]) == {"a", "a+", "b"}
    assert report["participants"]["gold"] == 3  # Sumatra twice, Indonesia (topic 1 only)
    assert set(report["entity_coreference"]["all at once"]) == {"graphbuild", "same name", "singletons"}


def test_cli_refuses_a_bad_topic_list():
    run = subprocess.run(
        [sys.executable, "-m", "graphbuild", "eval", "ecbplus", str(FIXTURE), "--topics", "5-1"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "runs backwards" in run.stderr


@pytest.mark.skipif(not REAL.is_dir(), reason="ECB+ is not in ../shared/data")
def test_real_ecbplus_topic():
    report = ecbplus.evaluate_ecbplus(REAL, [14])
    detection = report.detection
    assert detection["gold"] == 83  # ACTION_* and NEG_ACTION_* mentions in its listed sentences
    assert detection["p"] > 0.8 and 0.2 < detection["r"] < 0.7
    lemma = report.coreference["per topic"]["same head lemma"]["a+"]["conll_f1"]
    assert lemma > report.coreference["per topic"]["singletons"]["a+"]["conll_f1"]
    assert report.merged["unresolved_mentions"] == 0


def test_a_broken_document_is_skipped_with_its_name(tmp_path):
    folder = tmp_path / "ecbplus"
    shutil.copytree(FIXTURE, folder)
    (folder / "ECB+" / "2" / "2_2ecb.xml").write_text("<Document><token t_id='1'", encoding="utf-8")
    documents, skipped = ecbplus.read_ecbplus(folder)
    assert [doc.name for doc in documents] == ["1_1ecb", "1_1ecbplus", "2_1ecb"]
    assert len(skipped) == 1 and "2_2ecb.xml" in skipped[0]
