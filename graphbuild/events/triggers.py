"""Which tokens are event predicates, and of which event type.

A sentence's events are its main verbs, the verbs of clauses inside them, the verbs that
describe a noun with a type or a doer of their own, and the nouns that name a happening
(``EVENT_NOUNS``) unless a verb makes them its own event ("launched an invasion"). Nothing
inside quotation marks is a trigger: it is what a statement says. Nor is a word the parser
misread as a verb (a noun or adjective no English verb has for its lemma: "her community
rabbi", "unrealized gains"), a participle that joins clauses as a conjunction does ("given that
the company has relied", "provided the frontier is secured"), or "do" standing for another
verb ("as did manufacturers", "they do so"): the event is that verb's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.events.nominals import names_happening
from graphbuild.events.states import is_state
from graphbuild.events.words import CONJUNCTION_PARTICIPLES, EVENT_NOUNS, LIGHT_VERBS, NOT_EVENTS, TYPE_OF
from graphbuild.lexicon import ADJECTIVE_INDEX, NOUN_INDEX, VERB_FORMS, known_words
from graphbuild.syntax import FINITE_TAGS

__all__ = ["event_type", "find_triggers", "is_copula_noun", "quoted_characters"]

# An event noun that is the subject or object of a verb is the verb's event ("launched an invasion").
_NOUN_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr"}
# What a verb of its own says or does: its objects and complements.
_OBJECTS = {"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "auxpass", "nsubjpass"}


def find_triggers(sentence: Span, quoted: list[bool]) -> list[Token]:
    """The sentence's event predicates in text order, leaving out those at a quoted character."""
    found = _predicates(sentence) + _modifying_predicates(sentence) + _embedded_predicates(sentence)
    found += _event_nouns(sentence)
    return [
        token
        for token in sorted(set(found), key=lambda token: token.i)
        if not quoted[token.idx] and not is_state(token) and not _no_verb_of_its_own(token)
    ]


def event_type(predicate: Token) -> tuple[str, Token | None]:
    """The predicate's event type, and the event noun it carries if it is a light verb
    ("made its maiden flight"): a verb of no type of its own takes the noun's."""
    if predicate.pos_ == "NOUN":
        return _noun_type(predicate) or "other", None
    kind = TYPE_OF.get(predicate.lemma_.lower(), "other")
    carried = _carried_noun(predicate)
    if carried is not None and kind == "other":
        kind = _noun_type(carried)
    return kind, carried


def is_copula_noun(predicate: Token) -> bool:
    """An event noun argument of a verb that is no event: "The first flight of the 777 was in
    1994", "the Air India order is worth $6.8 billion". The verb says only when."""
    return (
        predicate.pos_ == "NOUN"
        and predicate.dep_ in _NOUN_ARGUMENTS
        and predicate.head.lemma_.lower() in NOT_EVENTS
    )


def quoted_characters(text: str) -> list[bool]:
    """For each character, whether it stands inside quotation marks (reported speech)."""
    inside = [False] * (len(text) + 1)
    depth = False
    for index, char in enumerate(text):
        if char == "“" or (char == '"' and not depth):
            depth = True
        elif char == "”" or char == '"' or char == "\n":
            depth = False
        inside[index] = depth
    return inside


def _no_verb_of_its_own(token: Token) -> bool:
    """A word the parser read as a verb that is none (see the module), a participle used as a
    conjunction, or the "do" that stands for another verb."""
    if token.pos_ != "VERB":
        return False
    return _misread(token) or _conjunction(token) or _pro_verb(token)


def _misread(verb: Token) -> bool:
    """'rabbi', 'holders', 'unrealized' tagged as verbs: a word no verb the pipeline knows
    has for its lemma or form, nor for the last part of a hyphened word ("program-trade"),
    that is an adjective ("unrealized", "unfettered"), or a noun with no ending of a verb's
    ("rabbi", "holders"; not "showcased", "rerouted", verbs the index lacks). A particle of its
    own ("dole out") shows a verb. With no index, every verb is read as one."""
    verbs = known_words(verb)
    if not verbs or any(child.dep_ == "prt" for child in verb.children):
        return False
    lemma, word = verb.lemma_.lower(), verb.lower_
    if lemma in verbs or lemma.rsplit("-", 1)[-1] in verbs or word in known_words(verb, VERB_FORMS):
        return False
    if word in known_words(verb, ADJECTIVE_INDEX):
        return True
    return lemma in known_words(verb, NOUN_INDEX) and not word.endswith(("ed", "ing"))


def _conjunction(verb: Token) -> bool:
    """'a worrisome sign given that the company has relied ...', 'willing to withdraw provided
    the frontier could be secured': the participle has no subject, auxiliary, agent or object
    of its own, and a clause follows it ("that", or a tensed verb before the next comma)."""
    if verb.lower_ not in CONJUNCTION_PARTICIPLES:
        return False
    # The clause it joins may hang from it ("given that ..."): only a clause is let through.
    if any(
        child.dep_ in _OBJECTS - {"ccomp"} or child.dep_ in ("nsubj", "aux", "agent")
        for child in verb.children
    ):
        return False
    following = verb.doc[verb.i + 1 : verb.sent.end]
    if following and following[0].lower_ == "that":
        return True
    for token in following:
        if token.is_punct:
            return False
        if token.tag_ in FINITE_TAGS:
            return True
    return False


def _pro_verb(verb: Token) -> bool:
    """'Service industries showed gains, as did manufacturers', 'they do so only for customers':
    "do" with no object of its own, before "so" or after "as" or "than" with its subject
    after it, repeats a verb (the forms that can be nothing else)."""
    if verb.lemma_.lower() != "do" or any(child.dep_ in _OBJECTS for child in verb.children):
        return False
    if any(child.dep_ == "advmod" and child.lower_ == "so" for child in verb.children):
        return True
    compared = any(child.dep_ == "mark" and child.lower_ in ("as", "than") for child in verb.children)
    return compared and any(child.dep_ == "nsubj" and child.i > verb.i for child in verb.children)


def _predicates(sentence: Span) -> list[Token]:
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return []
    predicates = [root]
    predicates += [child for child in root.children if child.dep_ == "conj" and child.pos_ == "VERB"]
    return [verb for verb in predicates if verb.lemma_.lower() not in NOT_EVENTS]


def _modifying_predicates(sentence: Span) -> list[Token]:
    """Verbs that describe a noun: typed ones ("tanks pledged by NATO", "the city Russia
    annexed"), and any with a doer of their own ("141,951 units sold by GM"). A statement there
    ("the east, where Kyiv says Moscow is sending troops") is read through what it says."""
    return [
        token
        for token in sentence
        if token.dep_ in ("acl", "relcl")
        and token.pos_ == "VERB"
        and token.lemma_.lower() not in NOT_EVENTS
        and _describes_noun(token)
    ]


def _describes_noun(verb: Token) -> bool:
    kind = TYPE_OF.get(verb.lemma_.lower(), "other")
    if kind == "statement":
        return False
    return (
        kind != "other"
        or any(
            child.dep_ in ("nsubj", "agent") and child.lower_ not in ("which", "that", "who", "whom")
            for child in verb.children
        )
        or (verb.dep_ == "relcl" and _told_as_past(verb))
    )


def _told_as_past(verb: Token) -> bool:
    """A relative clause told in the past or perfect is something that happened ("Qatar, which
    chose the A350", "the firm that has bought it"); in the present it says what one does
    or is ("the store, which sells music")."""
    return verb.tag_ == "VBD" or any(
        child.dep_ in ("aux", "auxpass") and (child.tag_ == "VBD" or child.lemma_ == "have")
        for child in verb.children
    )


def _embedded_predicates(sentence: Span) -> list[Token]:
    """Verbs of clauses inside the main one: what was said ("said its sales rose 43% in
    February"), why or when ("after the company declared bankruptcy"), what followed."""
    return [
        token
        for token in sentence
        if token.dep_ in ("ccomp", "advcl", "conj", "xcomp", "pcomp")
        and token.pos_ == "VERB"
        and token.lemma_.lower() not in NOT_EVENTS
    ]


def _event_nouns(sentence: Span) -> list[Token]:
    # The argument of a verb that is no event itself is its own: "the Air India order is worth
    # $6.8 billion", "the Air Canada deal includes 18 777s". A noun that names a happening where
    # it stands ("after the earthquake", "the fire destroyed") is one beside its verb's event.
    return [
        token
        for token in sentence
        if token.pos_ == "NOUN"
        and (
            (
                _noun_type(token) is not None
                and not (
                    token.dep_ in _NOUN_ARGUMENTS
                    and token.head.pos_ in ("VERB", "AUX")
                    and token.head.lemma_.lower() not in NOT_EVENTS
                )
            )
            or names_happening(token)
        )
    ]


def _carried_noun(verb: Token) -> Token | None:
    """The event noun a light verb carries as its object, or after "for"."""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and _noun_type(child) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects and _noun_type(objects[0]) is not None:
                return objects[0]
    return None


def _noun_type(token: Token) -> str | None:
    return EVENT_NOUNS.get(token.lower_) or EVENT_NOUNS.get(token.lemma_.lower())
