"""The reading of a verb group, on hand-built parses (no model loaded)."""

import pytest
from parses import parse

from graphbuild.syntax import read_verb


def test_a_simple_past_is_past_and_finite():
    doc = parse(
        ("Russia", "Russia", "PROPN", "NNP", 1, "nsubj"),
        ("seized", "seize", "VERB", "VBD", 1, "ROOT"),
        ("Crimea", "Crimea", "PROPN", "NNP", 1, "dobj"),
    )
    group = read_verb(doc[1])
    assert (group.tag, group.past, group.present, group.perfect, group.future) == (
        "VBD",
        True,
        False,
        False,
        False,
    )
    assert group.finite and not group.passive and group.auxiliaries == frozenset()


def test_a_past_auxiliary_makes_a_passive_past():
    doc = parse(
        ("The", "the", "DET", "DT", 1, "det"),
        ("jet", "jet", "NOUN", "NN", 3, "nsubjpass"),
        ("was", "be", "AUX", "VBD", 3, "auxpass"),
        ("flown", "fly", "VERB", "VBN", 3, "ROOT"),
    )
    group = read_verb(doc[3])
    assert group.past and group.passive and not group.perfect
    assert group.auxiliaries == {"be"} and group.auxiliary_words == {"was"}


@pytest.mark.parametrize(
    ("auxiliary", "tag", "past", "present"),
    [("has", "VBZ", False, True), ("had", "VBD", True, False)],
)
def test_have_and_a_participle_is_perfect(auxiliary, tag, past, present):
    doc = parse(
        ("Kyiv", "Kyiv", "PROPN", "NNP", 2, "nsubj"),
        (auxiliary, "have", "AUX", tag, 2, "aux"),
        ("retaken", "retake", "VERB", "VBN", 2, "ROOT"),
        ("Kherson", "Kherson", "PROPN", "NNP", 2, "dobj"),
    )
    group = read_verb(doc[2])
    assert group.perfect and (group.past, group.present) == (past, present)


@pytest.mark.parametrize("written", ["will", "'ll"])
def test_will_makes_a_future(written):
    doc = parse(
        ("They", "they", "PRON", "PRP", 2, "nsubj"),
        (written, "will", "AUX", "MD", 2, "aux"),
        ("meet", "meet", "VERB", "VB", 2, "ROOT"),
    )
    group = read_verb(doc[2])
    assert group.future and group.modal == "will" and group.finite
    assert not group.past and not group.present and group.auxiliary_words == {written}


def test_another_modal_is_no_future():
    doc = parse(
        ("GM", "GM", "PROPN", "NNP", 3, "nsubj"),
        ("could", "could", "AUX", "MD", 3, "aux"),
        ("be", "be", "AUX", "VB", 3, "aux"),
        ("selling", "sell", "VERB", "VBG", 3, "ROOT"),
    )
    group = read_verb(doc[3])
    assert group.modal == "could" and not group.future and group.finite
    assert group.auxiliaries == {"could", "be"} and not group.passive


def test_a_present_passive_is_present_not_past():
    doc = parse(
        ("The", "the", "DET", "DT", 1, "det"),
        ("summit", "summit", "NOUN", "NN", 3, "nsubjpass"),
        ("is", "be", "AUX", "VBZ", 3, "auxpass"),
        ("scheduled", "schedule", "VERB", "VBN", 3, "ROOT"),
    )
    group = read_verb(doc[3])
    assert group.passive and group.present and not group.past and not group.perfect


def test_participles_and_infinitives_are_not_finite():
    doc = parse(
        ("Michel", "Michel", "PROPN", "NNP", 1, "nsubj"),
        ("flew", "fly", "VERB", "VBD", 1, "ROOT"),
        ("to", "to", "PART", "TO", 3, "aux"),
        ("attend", "attend", "VERB", "VB", 1, "advcl"),
        (",", ",", "PUNCT", ",", 1, "punct"),
        ("saying", "say", "VERB", "VBG", 1, "advcl"),
    )
    attend, saying = read_verb(doc[3]), read_verb(doc[5])
    assert not attend.finite and attend.auxiliaries == {"to"} and attend.modal is None
    assert not saying.finite and saying.tag == "VBG"
    # Only the verb's own auxiliaries count, not its head's tense.
    assert not attend.past and not saying.past
