"""The text of an event: a short readable label, the quote of a statement, its keywords.

A verb's label is who did it and what follows the verb in its clause ("NATO nations pledged
new battle tanks last week"); an event noun's is its phrase as written ("Russia's Feb. 24
invasion"); a statement's quote is what was said, in quotation marks or not.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graphbuild.events.clauses import subject_of

__all__ = ["event_keywords", "event_label", "statement_quote"]

_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
# Labels are cut after this many words, with "…".
_LIMIT = 16


def event_label(
    predicate: Token, agent: str | None, own: set[int], content: set[int], quote: str | None
) -> str:
    """The event's label: its noun phrase, the sentence a describing verb stands for, or who
    did what for a predicate; ``agent`` names the doer, ``quote`` is what a statement says."""
    if predicate.pos_ == "NOUN":
        return _noun_label(predicate, own)
    if predicate.dep_ in ("acl", "relcl"):
        return _modifier_label(predicate, agent, own)
    return _clause_label(predicate, agent, own, content, quote)


def statement_quote(sentence: Span, content: set[int]) -> str | None:
    """What a statement says: the quoted words of its sentence, else its content clause."""
    quoted = _QUOTE.findall(sentence.text)
    if quoted:
        return " ".join(part.strip(" ,") for part in quoted)
    if content:
        tokens = sorted(content)
        text = sentence.doc[tokens[0] : tokens[-1] + 1].text
        return re.sub(r"^(that)\s+", "", text).strip(" ,.")
    return None


def event_keywords(sentence: Span, predicate: Token, about: set[int]) -> frozenset[str]:
    """The lemmas of the content words among the tokens ``about``, but for names and the trigger."""
    return frozenset(
        token.lemma_.lower()
        for token in sentence
        if token.i in about
        and token.pos_ in ("NOUN", "VERB", "ADJ", "NUM")
        and not token.is_stop
        and token.i != predicate.i
        and token.is_alpha
        and not token.ent_type_
    )


def _clause_label(
    predicate: Token, agent: str | None, own: set[int], content: set[int], quote: str | None
) -> str:
    """A short readable sentence: who, the verb and what follows it in the clause.

    The subject is replaced by the agent's name; a fronted quote is put after the verb.
    """
    doc = predicate.doc
    verb_group = [
        child.i
        for child in predicate.children
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < predicate.i and child.tag_ != "TO"
    ]
    first = min([predicate.i, *verb_group])
    after = sorted(i for i in own | content if i >= first)
    last = after[-1] if after else predicate.i
    while last > first and (doc[last].is_punct or doc[last].dep_ in ("cc", "mark")):
        last -= 1
    words = doc[first : last + 1].text.split()
    if len(words) > _LIMIT:
        words = words[:_LIMIT] + ["…"]
    subject = subject_of(predicate)
    who = agent or (" ".join(t.text for t in subject.subtree) if subject is not None else "")
    text = " ".join([who, *words]).strip()
    if quote and all(i < predicate.i for i in content) and content:
        short = " ".join(quote.split()[:_LIMIT])
        text = f"{text}: “{short}{'…' if len(quote.split()) > _LIMIT else ''}”"
    return text[:1].upper() + text[1:]


def _modifier_label(verb: Token, agent: str | None, own: set[int]) -> str:
    """A verb that describes a noun, as a sentence: "tanks pledged by NATO nations last week"
    reads "NATO nations pledged new battle tanks last week"."""
    doc = verb.doc
    by_phrase = next((child for child in verb.children if child.dep_ == "agent"), None)
    skipped = {token.i for token in by_phrase.subtree} if by_phrase is not None else set()
    subject = subject_of(verb)
    if subject is not None:
        skipped |= {token.i for token in subject.subtree}
    if by_phrase is not None and any(child.dep_ == "pobj" for child in by_phrase.children):
        who = " ".join(t.text for child in by_phrase.children if child.dep_ == "pobj" for t in child.subtree)
    elif subject is not None:
        who = " ".join(t.text for t in subject.subtree)
    else:
        who = agent or ""
    head = verb.head
    first = head.left_edge.i
    while first < head.i and doc[first].dep_ in ("det", "punct"):
        first += 1
    what = [t.text for t in doc[first : head.i + 1]]
    rest = [doc[i].text for i in sorted(own) if i > verb.i and i not in skipped and not doc[i].is_punct]
    words = [verb.text, *what, *rest]
    if len(words) > _LIMIT:
        words = words[:_LIMIT] + ["…"]
    text = " ".join([who, *words]).strip()
    return text[:1].upper() + text[1:]


def _noun_label(noun: Token, own: set[int]) -> str:
    """The event noun's phrase as written: "Russia's Feb. 24 invasion"."""
    doc = noun.doc
    first, last = min(own), max(own)
    while last > first and (doc[last].is_punct or doc[last].dep_ in ("cc", "mark")):
        last -= 1
    while first < last and doc[first].dep_ == "det":
        first += 1
    words = doc[first : last + 1].text.split()
    if len(words) > _LIMIT:
        words = words[:_LIMIT] + ["…"]
    text = " ".join(words)
    return text[:1].upper() + text[1:]
