"""Within one article, the other words that name a happening already found as an event.

A report tells one happening many times: "Police arrested two men on Friday ... The arrests
followed a raid", "Williams died on Tuesday ... Her death was announced". A word whose lemma
is the event's action or derived from it (:mod:`graphbuild.events.derivation`), whatever its
part of speech, becomes one more mention of that event, not an event of its own: a noun
alone ("the arrests") is often no happening a reader would list, but as another word for a
listed one it is right. The nearest such event is taken, among those whose participants,
place and time do not contradict the word's own; never a statement (two "said" are two
statements), nor a verb that says little on its own ("make", "have"). A noun of a happening
that does the event's action ("the explosion destroyed") is one of its words too, and so are
the later words of that noun's action ("the quake struck ... the earthquake").
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Token

from graphbuild.events.clauses import clause_tokens
from graphbuild.events.context import ArticleContext
from graphbuild.events.dating import attached_time
from graphbuild.events.derivation import is_agent_noun, is_happening_noun, related_stems, stem
from graphbuild.events.nominals import does_harm
from graphbuild.events.roles import participants
from graphbuild.events.words import ACTOR_NOUNS, LIGHT_VERBS, NOT_EVENTS, ROLE_NOUNS
from graphbuild.lexicon import known_words
from graphbuild.model import EventMention, Role, TimeMention
from graphbuild.names import fold

__all__ = ["add_coreferent_words", "without_repeated_nouns"]

# The parts of speech a word for a happening takes: "arrested", "the arrest", "five injured",
# and a headline's capitalised "Dies" or "Arrest" that the tagger reads as a name.
_WORD_TAGS = ("VERB", "NOUN", "PROPN", "ADJ")
# How a title stands with the name it gives a post: "coach Cheeks", "Cheeks, the coach".
_TITLE_LINKS = ("compound", "appos")


def add_coreferent_words(context: ArticleContext, events: list[EventMention]) -> None:
    """Set each event's ``coreferent``: the article's other words for its happening."""
    candidates = [event for event in events if _has_own_action(event)]
    if not candidates:
        return
    doc = context.doc
    stems = [_action_stems(context, event) for event in candidates]
    taken = {event.trigger_start for event in events} | {event.noun_start for event in events}
    named = _name_tokens(context)
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for number, event in enumerate(candidates):
        trigger = doc.char_span(event.trigger_start, event.trigger_start + 1, alignment_mode="expand")
        for noun in _happening_subjects(trigger.root) if trigger is not None else ():
            if noun.idx not in taken and not _unfit(noun, named):
                found[number].append((noun.idx, noun.lemma_.lower()))
                stems[number].add(stem(noun.lemma_))
                taken.add(noun.idx)
    index: dict[str, list[int]] = defaultdict(list)
    for number, words in enumerate(stems):
        for word in words:
            for key in _keys(word):
                index[key].append(number)
    for token in doc:
        if token.idx in taken or _unfit(token, named):
            continue
        word = stem(token.lemma_)
        related = sorted({number for key in _keys(word) for number in index.get(key, ())})
        related = [number for number in related if any(related_stems(word, s) for s in stems[number])]
        if not related:
            continue
        own = clause_tokens(token)
        roles = participants(context, token, own, set())
        time = attached_time(context, token, own, False)
        fitting = [number for number in related if _compatible(context, candidates[number], roles, time)]
        if not fitting:
            continue
        best = min(fitting, key=lambda number: (abs(candidates[number].trigger_start - token.idx), number))
        found[best].append((token.idx, token.lemma_.lower()))
    for number, words in found.items():
        candidates[number].coreferent = tuple(sorted(words))


def without_repeated_nouns(context: ArticleContext, events: list[EventMention]) -> list[EventMention]:
    """The events without the nouns that tell again a happening a verb of the article tells
    ("Apple launched the store in 2003 ... since its launch"): such a noun is one more word
    for the verb's event (:func:`add_coreferent_words` then takes it), not a second event
    that would split the happening and its participants in two. A noun whose participants,
    place or time contradict every such verb's ("the 2007 launch of the phone"), or with a date
    of its own, stays."""
    verbs = [event for event in events if _has_own_action(event) and not _is_noun_event(context, event)]
    if not verbs:
        return events
    stems = [_action_stems(context, event) for event in verbs]
    kept = []
    for event in events:
        # A noun with a date of its own ("Russia's Feb. 24 invasion") says when, which the verb
        # may not ("Russia invaded last year"): it stays an event, to be merged with the verb's.
        if (
            _is_noun_event(context, event)
            and event.time is None
            and any(
                any(related_stems(stem(event.lemma), other) for other in words)
                and _compatible(context, verb, event.roles, event.time)
                for verb, words in zip(verbs, stems, strict=True)
            )
        ):
            continue
        kept.append(event)
    return kept


def _is_noun_event(context: ArticleContext, event: EventMention) -> bool:
    if event.trigger_start is None:
        return False
    trigger = context.doc.char_span(event.trigger_start, event.trigger_start + 1, alignment_mode="expand")
    return trigger is not None and trigger.root.pos_ == "NOUN"


def _unfit(token: Token, named: dict[int, str]) -> bool:
    """A word that cannot be another word for a happening: of no such part of speech, part of a
    name, negated, naming who someone is or who does the action ("the robbers"), or a
    participle that describes ("a convicted offender", "the proposed change")."""
    return (
        token.pos_ not in _WORD_TAGS
        or token.i in named
        or _negated(token)
        or _names_someone(token, named)
        or (token.pos_ == "NOUN" and is_agent_noun(token.lemma_.lower(), known_words(token)))
        or (token.pos_ in ("VERB", "ADJ") and token.dep_ == "amod")
    )


def _happening_subjects(verb: Token) -> list[Token]:
    """The happenings that do what the verb says: "the explosion killed", "was destroyed by
    the blaze" (a noun of a happening, see ``is_happening_noun``)."""
    doers = [child for child in verb.children if child.dep_ == "nsubj"]
    doers += [
        grandchild
        for child in verb.children
        if child.dep_ == "agent"
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]
    return [
        noun
        for noun in doers
        if noun.pos_ == "NOUN" and (is_happening_noun(noun.lemma_.lower()) or does_harm(noun))
    ]


def _has_own_action(event: EventMention) -> bool:
    """An event whose action tells one happening from another: no statement, no light verb
    without the noun it carries."""
    if event.type == "statement" or event.trigger_start is None:
        return False
    return event.lemma not in NOT_EVENTS and (event.lemma not in LIGHT_VERBS or event.noun_start is not None)


def _action_stems(context: ArticleContext, event: EventMention) -> set[str]:
    if event.noun_start is not None:
        # A light verb's event is its noun's ("made an arrest"): the noun's action alone.
        noun = context.doc.char_span(event.noun_start, event.noun_start + 1, alignment_mode="expand")
        if noun is not None:
            return {stem(noun.root.lemma_)}
    return {stem(event.lemma)}


def _keys(word: str) -> list[str]:
    """Index keys that two related stems share (see ``related_stems``)."""
    keys = ["p:" + word[:3]]
    if len(word) >= 4:
        keys.append("s:" + word[-4:])
    return keys


def _name_tokens(context: ArticleContext) -> dict[int, str]:
    """Tokens inside a named entity, with its type: "Catching Fire" is a title, not a fire."""
    tokens: dict[int, str] = {}
    for mention in context.entities:
        span = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            tokens.update(dict.fromkeys(range(span.start, span.end), mention.type))
    return tokens


def _names_someone(token: Token, named: dict[int, str]) -> bool:
    """A noun for who someone is, not for what happened: a post or an actor ("the head coach",
    "police"), a title of a person named ("talk show host Ellen DeGeneres"), a capacity
    ("returns as host")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.lemma_.lower() in ACTOR_NOUNS | ROLE_NOUNS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return True
    titled = [child for child in token.children if child.dep_ in _TITLE_LINKS]
    if token.dep_ in _TITLE_LINKS:
        titled.append(token.head)
    return any(named.get(other.i) == "PERSON" for other in titled)


def _negated(token: Token) -> bool:
    """ "was not arrested", "no arrests were made": no such happening."""
    return any(
        child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") for child in token.children
    )


def _compatible(
    context: ArticleContext, event: EventMention, roles: list[Role], time: TimeMention | None
) -> bool:
    """The word's own participants, place and time do not contradict the event's."""
    for places in (True, False):
        mine = _names(context, roles, places)
        theirs = _names(context, event.roles, places)
        if mine and theirs and not any(_same_name(a, b) for a in mine for b in theirs):
            return False
    if time is not None and event.time is not None:
        return time.date.can_overlap(event.time.date)
    return True


def _names(context: ArticleContext, roles: list[Role], places: bool) -> list[frozenset[str]]:
    return [
        frozenset(fold(context.entities[role.mention].text).split())
        for role in roles
        if (role.role == "place") == places and not role.content
    ]


def _same_name(left: frozenset[str], right: frozenset[str]) -> bool:
    """ "Lohan" and "Lindsay Lohan", "Betty Ford" and "the Betty Ford Center"."""
    return bool(left) and bool(right) and (left <= right or right <= left)
