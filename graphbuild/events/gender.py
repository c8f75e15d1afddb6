"""The gender of the people an article names, where the text shows it, so that "she" never
stands for a man named before it nor "he" for a woman.

A person's gender is told by a title before their name ("Mr Korkoneas", "Mrs. Thatcher"), by a
possessive or reflexive pronoun in their own clause ("Comeaux was convicted of stabbing his
wife": nobody else is named between the subject and "his", and no clause of another subject
comes between them), or by the subject pronoun that opens the sentence after one whose subject
is the only person the article has named so far, with no other "he" or "she" and nobody of a
known gender ("a woman", "his wife") besides. Every mention of one person (a surname alone
is the one person of the article with that surname) shares what the article tells of them,
the surest of it deciding; a name told both ways as surely, or never, has no gender, and no
gender never rules out an antecedent.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from graphbuild.events.clauses import SUBJECTS, subject_of
from graphbuild.events.words import GENDERED_NOUNS, GENDERED_PRONOUNS, NAME_SUFFIXES, TITLE_GENDERS
from graphbuild.model import EntityMention
from graphbuild.names import fold

__all__ = ["person_genders"]

# The pronouns that bind to the subject of their own clause: "his wife", "herself".
_BOUND = frozenset({"his", "her", "himself", "herself"})
_REFLEXIVE = frozenset({"himself", "herself"})
# How surely each kind of evidence tells a gender: a title or a reflexive, then a possessive,
# then the next sentence's "he" or "she".
_SUREST, _POSSESSIVE, _NEXT_SENTENCE = 0, 1, 2
_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def person_genders(doc: Doc, entities: list[EntityMention]) -> dict[int, str]:
    """The index in ``entities`` of each person mention whose gender the article tells ->
    "male" or "female"."""
    spans: dict[int, Span] = {}
    for index, mention in enumerate(entities):
        if mention.type == "PERSON":
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                spans[index] = span
    keys = _people({index: entities[index].text for index in spans})
    person_at = {span.root.i: index for index, span in spans.items()}
    # person -> how surely (a rank, 0 surest) -> the genders told so
    told: dict[str | None, dict[int, set[str]]] = {}

    def tell(index: int, gender: str, rank: int) -> None:
        told.setdefault(keys[index], {}).setdefault(rank, set()).add(gender)

    for index, span in spans.items():
        gender = _title_gender(span)
        if gender is not None:
            tell(index, gender, _SUREST)
    sentences = list(doc.sents)
    for token in doc:
        if token.lower_ in _BOUND and (token.lower_ != "her" or token.dep_ == "poss"):
            index = _binder(token, person_at)
            if index is None:
                continue
            if token.lower_ in _REFLEXIVE:
                tell(index, GENDERED_PRONOUNS[token.lower_], _SUREST)
            elif _alone(token, keys[index], person_at, keys):
                tell(index, GENDERED_PRONOUNS[token.lower_], _POSSESSIVE)
    named: set[str] = set()
    for before, after in zip(sentences, sentences[1:], strict=False):
        named |= {keys[person_at[t.i]] for t in before if t.i in person_at}
        index = _sole_subject(before, person_at) if len(named) == 1 else None
        pronoun = _opening_pronoun(after, person_at)
        if index is not None and pronoun is not None:
            tell(index, GENDERED_PRONOUNS[pronoun.lower_], _NEXT_SENTENCE)
    genders = {}
    for index, key in keys.items():
        if key in told:
            # The surest evidence decides: "Mr. Haddad escaped. She survived" tells of a woman.
            surest = told[key][min(told[key])]
            if len(surest) == 1:
                genders[index] = next(iter(surest))
    return genders


def _people(names: dict[int, str]) -> dict[int, str | None]:
    """Mention index -> the person it names, by their full name, without title or suffix
    ("Mr. Arcade Comeaux Jr." is arcade comeaux). A surname alone is the one person of the
    article with that surname, or None when there are several (Jerry and Rosa Ortiz)."""
    words = {index: _name_words(text) for index, text in names.items()}
    full = {" ".join(found) for found in words.values() if len(found) > 1}
    people: dict[int, str | None] = {}
    for index, found in words.items():
        if len(found) != 1:
            people[index] = " ".join(found)
            continue
        bearers = [name for name in full if name.split()[-1] == found[0]]
        people[index] = bearers[0] if len(bearers) == 1 else None if bearers else found[0]
    return people


def _name_words(text: str) -> list[str]:
    words = fold(text).split()
    while len(words) > 1 and words[0] in TITLE_GENDERS:
        words.pop(0)
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def _title_gender(span: Span) -> str | None:
    """The gender of a title that opens the name or stands right before it."""
    words = [span[0]]
    if span.start > 0:
        words.append(span.doc[span.start - 1])
    for word in words:
        gender = TITLE_GENDERS.get(word.lower_.rstrip("."))
        if gender is not None:
            return gender
    return None


def _binder(pronoun: Token, person_at: dict[int, int]) -> int | None:
    """The person a possessive or reflexive pronoun stands for: the subject of the nearest
    clause above it, when that subject is a name before it with no other name in between
    ("Ms Lee thanked her staff"; not "Lee met Park and his wife", not "Lee said the boy lost
    his bag": the boy is the subject of the nearest clause)."""
    head = pronoun.head
    while True:
        subject = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
        if subject is None:
            subject = next((child for child in head.children if child.dep_ in SUBJECTS), None)
        if subject is not None:
            break
        if head.head.i == head.i:
            return None
        head = head.head
    if subject.i >= pronoun.i or pronoun.i in {t.i for t in subject.subtree}:
        return None
    index = person_at.get(subject.i)
    between = [i for i in range(subject.i + 1, pronoun.i) if i in person_at]
    return index if index is not None and not between else None


def _alone(pronoun: Token, key: str | None, person_at: dict[int, int], keys: dict[int, str | None]) -> bool:
    """Whether the person a possessive is bound to is the only one it may stand for: nobody
    else is named in its sentence or the one before, and nobody of a known gender is told of
    before it there ("Nichols took her gun" after a sentence about a deputy is the deputy's)."""
    sentence = pronoun.sent
    before = sentence.doc[sentence.start - 1].sent if sentence.start else None
    tokens = [*(before if before is not None else []), *sentence]
    if any(keys[person_at[t.i]] != key for t in tokens if t.i in person_at):
        return False
    return not any(t.lemma_.lower() in GENDERED_NOUNS for t in tokens if t.i < pronoun.i)


def _sole_subject(sentence: Span, person_at: dict[int, int]) -> int | None:
    """The person named as the main subject of ``sentence``, when it has no "he" or "she" of
    anyone and no noun for someone of a known gender: whom a "he" or "she" opening the next
    sentence can only be, if nobody else has been named yet."""
    subject = subject_of(sentence.root)
    if subject is None or subject.i not in person_at or _others(sentence):
        return None
    return person_at[subject.i]


def _others(tokens: Iterable[Token]) -> bool:
    """Whether the tokens tell of someone of a known gender besides the names: a gendered
    pronoun or noun."""
    return any(t.lower_ in GENDERED_PRONOUNS or t.lemma_.lower() in GENDERED_NOUNS for t in tokens)


def _opening_pronoun(sentence: Span, person_at: dict[int, int]) -> Token | None:
    """The "he" or "she" that is the main subject of ``sentence``, before any name in it."""
    subject = subject_of(sentence.root)
    if subject is None or subject.lower_ not in _SUBJECT_PRONOUNS:
        return None
    if any(i in person_at for i in range(sentence.start, subject.i)):
        return None
    return subject
