"""An event's tense, from its verb group: past, perfect, present, future, or "report".

A present that news asserts holds when the story was written ("GM says it could be
profitable", "It currently produces fifteen brands", a headline's "Airbus wins order"), and
so does what someone is reported to be doing now ("said the firm is trying to cut dealers"):
such a present is a "report", dated by publication. An event noun has no tense ("none")
unless the verb it is the argument of says only when it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.syntax import VerbGroup, read_verb

__all__ = ["event_tense"]


def event_tense(predicate: Token, copula: bool, modality: str, kind: str, headline: bool) -> str:
    """The tense of the event at ``predicate``; ``copula`` for an event noun dated by its verb."""
    if predicate.pos_ == "NOUN" and not copula:
        # A noun has no tense: "the invasion" is dated only by a date of its own (or its verb's).
        return "none"
    verb = read_verb(predicate.head if copula else predicate)
    tense = _verb_tense(verb)
    if tense == "present" and (
        modality == "asserted"
        and (verb.present or kind == "statement" or headline)
        or modality == "reported"
        and verb.present
    ):
        return "report"
    return tense


def _verb_tense(verb: VerbGroup) -> str:
    """'future', 'past' ("was flown", "did not sell"), 'perfect' ("has captured") or 'present'."""
    if verb.future:
        return "future"
    if verb.past:
        return "past"
    if verb.perfect:
        return "perfect"
    return "present"
