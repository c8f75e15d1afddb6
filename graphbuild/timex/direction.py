"""Which way from publication a date points, read from the verb of its clause.

The verb group itself (auxiliaries, past tag, perfect) is read by :mod:`graphbuild.syntax`, as
the event stage reads it; what the reading means for a date's direction is decided here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.syntax import read_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["date_tense"]

_MODALS = frozenset(("will", "shall", "'ll", "would", "may", "might", "should", "to"))
_OPEN_ENDS = frozenset(("to", "until", "till", "through", "for", "by"))
_SCHEDULING = frozenset(("set", "schedule", "slate", "due", "reschedule", "postpone"))


def date_tense(token: Token) -> str:
    """Which way from publication an undated "Dec. 7" or "Friday" at ``token`` points.

    - 'past' or 'future', from the verb of the clause the date sits in;
    - 'nearest' after "until", "through" and the like, which name an end point on either side;
    - 'present' for a present-tense verb ("meet Monday", "is scheduled for Tuesday");
    - 'none' when no verb governs it ("Thursday's close"): a weekday is then the last one.

    Only the clause the date sits in counts: in "said the offer will expire Nov. 6" or
    "declared a dividend payable Dec. 7", the date is not in the past of "said".
    """
    if any(ancestor.lemma_.lower() == "anniversary" for ancestor in token.ancestors):
        return "past"
    preposition = token.head.lower_ if token.dep_ == "pobj" else None
    if preposition == "since":
        return "past"
    node, through_noun = token, False
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        through_noun = through_noun or node.pos_ in ("NOUN", "PROPN", "ADJ")
    if node.pos_ in ("VERB", "AUX") and _before_clause(token, node):
        # "said on Monday it will hold": words between the outer verb and the subject of the
        # clause it reports are the outer verb's, whatever the parser hung them on.
        node = node.head
    tense = _verb_tense(node) if node.pos_ in ("VERB", "AUX") else "none"
    # "extended its offer to Nov. 20", "loans through January": an end point on either side,
    # unless the verb is a future one ("will double its flights by August").
    if preposition in _OPEN_ENDS:
        return "future" if tense == "future" else "nearest"
    if through_noun:
        # "will be named for a mission in December" takes the future of the verb the noun depends
        # on; "Thursday's close" and "a June agreement" name a thing already there.
        modifier = token.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod")
        return "future" if tense == "future" and not modifier else "none"
    return tense


def _before_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies after ``verb``'s head and before the subject opening ``verb``'s
    reported clause ("said [on Monday] it will")."""
    if verb.dep_ != "ccomp" or verb.head.i > token.i:
        return False
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and token.i < subject.left_edge.i


def _verb_tense(verb: Token) -> str:
    group = read_verb(verb)
    modals = group.auxiliaries & _MODALS
    if modals == {"to"} and verb.head.i != verb.i and read_verb(verb.head).past:
        # "celebrations to mark its entry into NATO on Friday", "extended their offers to acquire
        # the firm Friday": an infinitive under a past verb may lie on either side of publication.
        return "nearest"
    if modals or (group.tag == "VB" and "go" in group.auxiliaries):
        return "future"
    # "has announced", "plans announced in January", and "the phone Apple released in June" (a
    # participle with a subject of its own and no auxiliary is a simple past tagged wrong).
    participle_past = group.perfect or (
        group.tag == "VBN"
        and not group.auxiliaries
        and (verb.dep_ == "acl" or any(child.dep_ == "nsubj" for child in verb.children))
    )
    if group.past or participle_past:
        # What is set or scheduled may come either side of publication ("a summit set for April");
        # "is scheduled" is no past at all.
        return "nearest" if verb.lemma_.lower() in _SCHEDULING else "past"
    return "present"
