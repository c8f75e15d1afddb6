"""Event labels are readable sentences: the text's own words and spacing, no tokenisation
artefacts, the speaker named once, short, ending cleanly.

Checked on every label of three builds: the seeds, the MEANTIME articles and the cleaning
benchmark's news pages (the last two skip without the shared data).
"""

import re

import pytest
from conftest import ROOT
from spacy.lang.en import English
from spacy.tokens import Doc

import graphbuild
from graphbuild.evaluation import entities
from graphbuild.events.labels import event_label
from graphbuild.model import Article, PublishedBasis
from graphbuild.options import BuildOptions
from graphbuild.pipeline import build_from

DATA = ROOT.parent / "shared" / "data"
MEANTIME = DATA / "meantime"
PAGES = DATA / "cleaning-pages"

# Spacing a tokeniser adds, which the text never has: "Apple ’s", "forces , along", "added.:".
_SPACED = (" ,", " ’s", " 's", " .", " ;", " :", " )", "( ")
_JOINED_HYPHEN = re.compile(r"\w - \w")
_SAID_TWICE = re.compile(r"\b(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)*),? (?:said|says|told|added) (?P=name)\b")


def artefacts(event) -> list[str]:
    """What is wrong with an event's label, given the sentences it was read from."""
    label = event.label
    written = " ".join(source.sentence for source in event.sources)
    found = [piece for piece in _SPACED if piece in label and piece not in written]
    found += [m.group() for m in _JOINED_HYPHEN.finditer(label) if m.group() not in written]
    if ".:" in label:
        found.append(".:")
    if _SAID_TWICE.search(label):
        found.append("named twice")
    if label.rstrip('”’"…)') != label.rstrip('”’"…)').rstrip(",;:-–—/("):
        found.append("dangling end")
    if len(label.split()) > 45:
        found.append("too long")
    return found


def assert_clean(events):
    bad = [(event.label, artefacts(event)) for event in events if artefacts(event)]
    assert not bad, f"{len(bad)} of {len(events)} labels: {bad[:10]}"


def test_seed_labels_have_no_artefacts(seeds_result):
    assert_clean(seeds_result.events)


@pytest.fixture(scope="session")
def meantime_result():
    if not MEANTIME.is_dir():
        pytest.skip("no MEANTIME under ../shared/data")
    docs = entities.read_meantime_documents(MEANTIME)
    articles = [
        Article(d.name, d.name, d.text, published=d.dct, published_basis=PublishedBasis.METADATA)
        for d in docs
    ]
    return build_from(articles, BuildOptions())


def test_meantime_labels_have_no_artefacts(meantime_result):
    assert_clean(meantime_result.events)


def test_page_labels_have_no_artefacts():
    pages = sorted(PAGES.glob("*.html")) if PAGES.is_dir() else []
    if not pages:
        pytest.skip("no cleaning pages under ../shared/data")
    assert_clean(graphbuild.build(pages).events)


def test_a_name_replaces_a_pronoun_only_where_the_verb_agrees(events_of):
    events = events_of(
        "Moscow says a major objective is securing Donetsk province, one of four regions it claimed "
        "to have unilaterally annexed last year. Analysts say they have annexed nothing."
    )
    assert not [e.label for e in events if "Moscow have" in e.label]


def test_the_speaker_is_named_once(events_of):
    events = events_of(
        "“Oil prices rose sharply on Monday,” said Jeffrey Halley, a market analyst at OANDA, in a note."
    )
    (said,) = [e for e in events if e.trigger == "said"]
    assert said.label.count("Halley") == 1 and said.label.startswith("Jeffrey Halley said")


def test_a_label_keeps_the_texts_spacing(events_of):
    events = events_of(
        "Russian regular forces, along with Kremlin-controlled mercenary group Wagner, have been "
        "attacking Apple’s suppliers in Bakhmut since January."
    )
    (attack,) = [e for e in events if e.trigger == "attacking"]
    assert "Kremlin-controlled" in attack.label and "forces, along" in attack.label
    assert "Apple’s" in attack.label


def test_a_label_keeps_the_sign_of_its_last_number(events_of):
    # "%" is punctuation to spaCy: "rose 1.2%." ended as "rose 1.2".
    events = events_of("Tokyo's Nikkei 225 rose 1.2%. Traders in Osaka sold yen on Friday, Reuters said.")
    labels = {event.trigger: event.label for event in events}
    assert labels["rose"].endswith("rose 1.2%")


def test_a_purpose_reads_with_what_its_head_verb_did(events_of):
    # "beat to win the title" lost the head verb's object.
    events = events_of("Martinez beat Oliveira in three sets to win the title in Lyon on Sunday.")
    (win,) = [e for e in events if e.trigger == "win"]
    assert win.label.startswith("Martinez beat Oliveira in three sets to win the title")


def test_a_joined_finite_verb_keeps_its_own_tense(events_of):
    # "were being held ... and asked": "asked" is past on its own, not "were being asked".
    events = events_of("The two Canadians were being held in Beijing and asked Ottawa to help them.")
    (asked,) = [e for e in events if e.trigger == "asked"]
    assert asked.label.startswith("The two Canadians asked Ottawa")


def test_what_is_said_by_the_way_is_left_out_but_a_name_is_kept(events_of):
    events = events_of(
        "Police arrested Christopher Dale, 33, who lives on Elm Street, on Friday. "
        "The company's former chairman, Peter Lang, left the firm on Monday. "
        "Three years ago, my friend Helen handed me a novel about a quest. "
        "In October, Rep. Dan Kemp visited the border near McAllen, Texas, and argued for more agents."
    )
    labels = {event.trigger: event.label for event in events}
    assert labels["arrested"] == "Police arrested Christopher Dale on Friday"
    assert labels["left"].startswith("The company's former chairman, Peter Lang, left the firm")
    assert labels["handed"].startswith("My friend Helen handed me")
    assert labels["visited"].endswith("near McAllen, Texas")


def test_an_auxiliary_before_the_subject_outside_a_question_is_not_the_verbs():
    # The parser hung the quote's "will" on "tweeted": the label read "Will Trump tweeted".
    words = ["We", "will", "win", ",", "”", "Trump", "tweeted", "."]
    heads = [2, 6, 6, 6, 6, 6, 6, 6]
    deps = ["nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"]
    tags = ["PRP", "MD", "VB", ",", "''", "NNP", "VBD", "."]
    pos = ["PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = Doc(
        English().vocab,
        words=words,
        spaces=[True, True, False, False, True, True, False, False],
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
    )
    assert event_label(doc[6], None, {5, 6}, set(), None) == "Trump tweeted"


def test_whose_is_left_out_of_a_subject_it_ties_to_the_clause_before():
    # "... Saab whose new truck drove", the parser hanging "drove" elsewhere than on "Saab".
    doc = Doc(
        English().vocab,
        words=["whose", "new", "truck", "drove", "."],
        spaces=[True, True, True, False, False],
        heads=[2, 2, 3, 3, 3],
        deps=["poss", "amod", "nsubj", "ROOT", "punct"],
        tags=["WP$", "JJ", "NN", "VBD", "."],
        pos=["PRON", "ADJ", "NOUN", "VERB", "PUNCT"],
    )
    assert event_label(doc[3], None, {0, 1, 2, 3}, set(), None) == "New truck drove"


def test_a_long_label_ends_where_a_phrase_does(events_of):
    # Past 20 words the label loses its last phrases whole rather than stop mid-phrase.
    events = events_of(
        "Officers of the Joint Narcotics Enforcement Team executed a search warrant on Monday evening "
        "at a residence behind the old hardware store on Main Street in Sioux Falls.",
        published="2019-11-19",
    )
    executed = next(event for event in events if event.trigger == "executed")
    assert executed.label == (
        "Officers of the Joint Narcotics Enforcement Team executed a search warrant on Monday evening"
    )
