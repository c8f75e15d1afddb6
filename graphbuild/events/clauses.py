"""The parts of a predicate's clause in the parse: its own tokens, what it reports, its subject.

A predicate's own clause stops at the clauses hanging from it; its content is the clause it
reports ("said [its sales rose 43%]"), which carries the entities spoken about.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.events.datelines import dateline_tokens

__all__ = [
    "SUBJECTS",
    "clause_tokens",
    "content_tokens",
    "has_to",
    "is_active_purpose",
    "is_purpose",
    "subject_of",
]

SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj", "xcomp"}
# The clauses that are what a predicate says or sets out to do, not a separate happening.
_CONTENT = ("ccomp", "xcomp", "parataxis")
_RELATIVE_TAGS = ("WDT", "WP")


def clause_tokens(predicate: Token, include_content: bool = False) -> set[int]:
    """Token indices of the predicate's own clause; with content, its complement clauses too."""
    tokens = {predicate.i}
    stack = list(predicate.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSES and token.head.i == predicate.i:
            if not include_content or token.dep_ not in _CONTENT:
                continue
        elif (
            # "Jobs, born in San Francisco on February 24, 1955, has built": a clause hanging from a
            # participant is that participant's, with its own date.
            token.dep_ in ("relcl", "advcl", "conj", "acl")
            and token.pos_ in ("VERB", "AUX")
            and not include_content
        ):
            continue
        tokens.add(token.i)
        stack.extend(token.children)
    return tokens


def content_tokens(predicate: Token, own: set[int]) -> set[int]:
    """Token indices of what the predicate reports: its complement clauses, outside ``own``."""
    return clause_tokens(predicate, include_content=True) - own


def subject_of(predicate: Token) -> Token | None:
    """The predicate's subject, or its head's for a joined or controlled verb; never the place
    of a dateline the parser reads as one ("CLEVELAND — The Browns suspended ..."), nor a
    subject the parser put before the verb's subordinating word."""
    dateline = dateline_tokens(predicate.sent)
    # A clause's subject follows its "after", "because" or "that": one before it is the
    # parser's mistake ("Acme's parent company, ..., shortly after Smith stepped down").
    mark = next((child.i for child in predicate.children if child.dep_ == "mark"), -1)
    subjects = [
        child
        for child in predicate.children
        if child.dep_ in SUBJECTS and child.i not in dateline and child.i > mark
    ]
    # Of two subjects before the verb, the parser joined a noun of the clause before to it
    # ("the strategies adopted by Airbus whose A380 first flew"): the nearer one is the verb's.
    before = [child for child in subjects if child.i < predicate.i]
    if subjects:
        child = before[-1] if before else subjects[0]
        # "Chrysler, which merged in 1998": the relative pronoun is the noun it follows.
        if predicate.dep_ == "relcl" and child.tag_ in _RELATIVE_TAGS:
            return predicate.head
        return child
    # "prompted Apple Corps to sue", "allowed Boeing to bid": a controlled verb's doer is its
    # head's object when the head has one.
    if predicate.dep_ == "xcomp":
        head = predicate.head
        objects = [child for child in head.children if child.dep_ == "dobj" and child.i < predicate.i]
        if objects:
            return objects[-1]
    # "and captured", "fight to hold": a joined or controlled verb shares its head's subject;
    # so does a participle of manner or result ("crashed into the sea, killing all 228").
    # "having reported record profits" is such a participle too.
    perfect = any(child.dep_ == "aux" and child.lower_ == "having" for child in predicate.children)
    participle = predicate.dep_ == "advcl" and (predicate.tag_ == "VBG" or perfect)
    if predicate.dep_ in ("conj", "xcomp") or participle or is_active_purpose(predicate):
        return subject_of(predicate.head)
    # "unveiled the phone by taking it out", "after meeting the minister, he said": a gerund
    # after a preposition of the verb has no subject of its own; the verb's is its doer.
    head = predicate.head
    gerund = predicate.dep_ == "pcomp" and predicate.tag_ == "VBG"
    if gerund and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return subject_of(head.head)
    return None


def has_to(verb: Token) -> bool:
    """'to reveal': the verb has the "to" of an infinitive."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def is_purpose(predicate: Token) -> bool:
    """'returned to the stage to reveal iCloud': an infinitive of purpose."""
    return predicate.dep_ == "advcl" and predicate.tag_ == "VB" and has_to(predicate)


def is_active_purpose(predicate: Token) -> bool:
    """'Ottawa held on to beat Detroit', 'Herbert and Mahut rallied to defeat Japan': an
    infinitive of purpose of an active verb, with no subject of its own, is done by that verb's
    subject (not so "was hired to help" or "for RJR to obtain": their doer is another)."""
    if not is_purpose(predicate):
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in predicate.children):
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in predicate.head.children)
