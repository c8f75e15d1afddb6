"""Whether an event is asserted, reported, planned, conditional or negated.

"did not sell" and "neither signed nor ratified" are negated, "if Kyiv agrees", "could be
profitable" and "would have objected" conditional, "will meet", "plans to visit", "is set to
land" and "said it would close" planned, and an event told in someone's words ("Ford said its
sales rose") reported.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.events.words import (
    MODAL_CONDITIONAL,
    MODAL_PLANNED,
    PLANNING_HEADS,
    POSSIBILITY_NOUNS,
    TYPE_OF,
)
from graphbuild.syntax import read_verb, verb_lemma

__all__ = ["modality_of"]


def modality_of(predicate: Token, reported: bool = False) -> str:
    """The predicate's modality; an asserted one is "reported" when someone tells it."""
    children = list(predicate.children)
    if any(child.dep_ == "neg" for child in children) or _neither_nor(predicate):
        return "negated"
    if (
        any(child.dep_ == "mark" and child.lower_ in ("if", "unless") for child in children)
        or predicate.dep_ == "advcl"
        and any(c.lower_ == "if" for c in children)
    ):
        return "conditional"
    if predicate.pos_ == "NOUN" and _possible(predicate):
        return "conditional"
    group = read_verb(predicate)
    if group.counterfactual:
        return "conditional"
    auxiliaries = group.auxiliary_words
    planned = _planned_infinitive(predicate) or _future_in_past(predicate, auxiliaries)
    if auxiliaries & MODAL_PLANNED or planned:
        return "planned"
    if auxiliaries & MODAL_CONDITIONAL:
        return "conditional"
    return "reported" if reported else "asserted"


def _possible(noun: Token) -> bool:
    """ "the chance of a GM bankruptcy", "fears of an attack": what a noun of possibility is of
    may happen, it did not."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in POSSIBILITY_NOUNS


def _neither_nor(predicate: Token) -> bool:
    """'was neither witnessed nor executed': both verbs of "neither ... nor" are negated."""
    if any(child.dep_ == "preconj" and child.lower_ == "neither" for child in predicate.children):
        return True
    return predicate.dep_ == "conj" and any(
        child.dep_ == "cc" and child.lower_ == "nor" for child in predicate.head.children
    )


def _future_in_past(predicate: Token, auxiliaries: frozenset[str]) -> bool:
    """'said it would scrap production': "would" in what someone said is their "will"."""
    return (
        "would" in auxiliaries
        and predicate.dep_ == "ccomp"
        and TYPE_OF.get(predicate.head.lemma_.lower()) == "statement"
    )


def _planned_infinitive(predicate: Token) -> bool:
    """'plans to launch', 'is expected to enter service': what is set out is yet to happen,
    whenever the planning was."""
    return (
        predicate.dep_ == "xcomp"
        and predicate.tag_ == "VB"
        and (verb_lemma(predicate.head) in PLANNING_HEADS or predicate.head.lower_ == "going")
    )
