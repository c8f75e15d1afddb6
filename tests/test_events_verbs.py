"""An event's tense and modality from its verb group, on hand-built parses (no model loaded)."""

import pytest
from parses import parse
from spacy.tokens import Doc

from graphbuild.events.clauses import subject_of
from graphbuild.events.modality import modality_of
from graphbuild.events.tense import event_tense


def clause(subject: str, *verb_group: tuple[str, str, str]) -> Doc:
    """'<subject> <auxiliaries...> <verb> Kyiv': the last (word, lemma, tag) is the verb."""
    last = len(verb_group)
    tokens = [(subject, subject.lower(), "PROPN", "NNP", last, "nsubj")]
    for word, lemma, tag in verb_group[:-1]:
        pos, dep = ("PART", "neg") if lemma == "not" else ("AUX", "auxpass" if lemma == "be" else "aux")
        tokens.append((word, lemma, pos, tag, last, dep))
    word, lemma, tag = verb_group[-1]
    tokens += [(word, lemma, "VERB", tag, last, "ROOT"), ("Kyiv", "Kyiv", "PROPN", "NNP", last, "dobj")]
    return parse(*tokens)


@pytest.mark.parametrize(
    ("verb_group", "tense"),
    [
        ([("attacked", "attack", "VBD")], "past"),
        ([("was", "be", "VBD"), ("attacked", "attack", "VBN")], "past"),
        ([("did", "do", "VBD"), ("not", "not", "RB"), ("attack", "attack", "VB")], "past"),
        ([("has", "have", "VBZ"), ("attacked", "attack", "VBN")], "perfect"),
        ([("will", "will", "MD"), ("attack", "attack", "VB")], "future"),
        # News asserts a finite present at the time of writing.
        ([("attacks", "attack", "VBZ")], "report"),
        ([("is", "be", "VBZ"), ("attacked", "attack", "VBN")], "report"),
        # A bare participle carries no present of its own.
        ([("attacking", "attack", "VBG")], "present"),
    ],
)
def test_the_tense_of_an_asserted_event(verb_group, tense):
    doc = clause("Russia", *verb_group)
    verb = doc[len(verb_group)]
    modality = modality_of(verb)
    assert event_tense(verb, copula=False, modality=modality, kind="military action", headline=False) == tense


def test_a_present_without_a_tense_of_its_own_is_a_report_in_a_headline_or_a_statement():
    doc = clause("Russia", ("attacking", "attack", "VBG"))
    assert event_tense(doc[1], copula=False, modality="asserted", kind="other", headline=True) == "report"
    assert (
        event_tense(doc[1], copula=False, modality="asserted", kind="statement", headline=False) == "report"
    )
    assert (
        event_tense(doc[1], copula=False, modality="reported", kind="statement", headline=True) == "present"
    )


@pytest.mark.parametrize(
    ("verb_group", "reported", "modality"),
    [
        ([("attacked", "attack", "VBD")], False, "asserted"),
        ([("attacked", "attack", "VBD")], True, "reported"),
        ([("did", "do", "VBD"), ("not", "not", "RB"), ("attack", "attack", "VB")], True, "negated"),
        ([("'ll", "will", "MD"), ("attack", "attack", "VB")], False, "planned"),
        ([("could", "could", "MD"), ("attack", "attack", "VB")], True, "conditional"),
    ],
)
def test_the_modality_of_an_event(verb_group, reported, modality):
    doc = clause("Russia", *verb_group)
    assert modality_of(doc[len(verb_group)], reported=reported) == modality


def test_a_subject_before_the_verbs_subordinating_word_is_not_its_own():
    # The parser hung "chief" on "resigned" across "after": its subject is Smith.
    doc = parse(
        ("Acme", "Acme", "PROPN", "NNP", 1, "poss"),
        ("chief", "chief", "NOUN", "NN", 5, "nsubj"),
        (",", ",", "PUNCT", ",", 1, "punct"),
        ("after", "after", "SCONJ", "IN", 5, "mark"),
        ("Smith", "Smith", "PROPN", "NNP", 5, "nsubj"),
        ("resigned", "resign", "VERB", "VBD", 5, "ROOT"),
    )
    assert subject_of(doc[5]).text == "Smith"


def test_of_two_subjects_the_parser_gives_a_verb_the_nearer_one_is_its_own():
    # "the plans of Saab whose new truck drove", parsed as spaCy does with "plans" a subject too.
    doc = parse(
        ("the", "the", "DET", "DT", 1, "det"),
        ("plans", "plan", "NOUN", "NNS", 5, "nsubj"),
        ("whose", "whose", "PRON", "WP$", 4, "poss"),
        ("new", "new", "ADJ", "JJ", 4, "amod"),
        ("truck", "truck", "NOUN", "NN", 5, "nsubj"),
        ("drove", "drive", "VERB", "VBD", 5, "ROOT"),
    )
    assert subject_of(doc[5]).text == "truck"
