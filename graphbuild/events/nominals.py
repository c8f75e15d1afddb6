"""Nouns that name a happening on their own, with no other word for it in the article.

"After the earthquake", "the fire destroyed 20 homes", "police foiled the attack": a noun
made from a verb (:func:`~graphbuild.events.derivation.verb_of`: "attack", "arrest",
"shooting", "explosion", "death") is a happening where its sentence uses it as one: after a
preposition of time ("after", "during", "following"), as the doer of a verb only a happening
does ("the blaze gutted", "the quake struck"), or as what someone foils, survives or
condemns. Elsewhere the same nouns name things and institutions ("the building", "the
government", "the bomb"), so no noun is a happening by its form alone.

A noun whose senses are mostly events (WordNet's, :data:`HAPPENING_NOUNS`: "accident",
"crash", "ceremony", "earthquake"; not "case" or "policy"), made from a verb or not, or mostly
acts and made from a verb (:data:`ACT_NOUNS`: "murder", "election"; not "party"), names one
where a clause told as happened has it after a preposition of its verb or as its object, and
picks one out: "delayed after a superficial accident", "unveiled in a lavish ceremony",
"arrested for the murder", "hosted the 2007 ceremony". As a subject such a noun is as often
what a happening did ("the results reflected", "the administration issued"): there only the
verbs of :func:`does_harm` tell one.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.events.derivation import is_agent_noun, verb_of
from graphbuild.events.happening_words import ACT_NOUNS, HAPPENING_NOUNS
from graphbuild.events.words import (
    ACTOR_NOUNS,
    DEFERRING_VERBS,
    HAPPENING_DOER_VERBS,
    HAPPENING_OBJECT_VERBS,
    HARMED_IN_VERBS,
    INTRANSITIVE_HAPPENING_VERBS,
    LIGHT_VERBS,
    NOT_HAPPENING_HEADS,
    PART_NOUNS,
    ROLE_NOUNS,
    TIME_PREPOSITIONS,
    TYPE_OF,
)
from graphbuild.lexicon import known_words
from graphbuild.syntax import read_verb

__all__ = ["does_harm", "is_determined", "names_happening"]

# Determiners that pick no one happening out: "no attacks", "any delay", "every election".
_UNSPECIFIC_DETERMINERS = {
    "no",
    "any",
    "every",
    "each",
    "all",
    "some",
    "such",
    "another",
    "either",
    "neither",
}

# Entity types whose words are times, amounts or names, never a happening's noun.
_NOT_HAPPENING_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def names_happening(token: Token) -> bool:
    """Whether the noun ``token`` names a happening where it stands (see the module)."""
    if token.pos_ != "NOUN" or token.ent_type_ in _NOT_HAPPENING_ENTITIES:
        return False
    lemma = token.lemma_.lower()
    verbs = known_words(token)
    made_from = verb_of(lemma, verbs)
    senses_happen = lemma in HAPPENING_NOUNS or (made_from is not None and lemma in ACT_NOUNS)
    if (
        lemma in ACTOR_NOUNS | ROLE_NOUNS | PART_NOUNS
        or (made_from is None and not senses_happen)
        or is_agent_noun(lemma, verbs)
    ):
        return False
    head = token.head
    verb = head.lemma_.lower()
    if token.dep_ == "conj" and head.pos_ == "NOUN":
        # "the shooting and the riots that followed".
        return names_happening(head)
    if not _told_as_happened(token):
        return False
    # A noun of an act that is also a verb as it stands, after "in", is more often a setting
    # or a place ("injured in the process", "invested in the venture"): see below.
    setting = (
        token.dep_ == "pobj" and head.lower_ == "in" and lemma not in HAPPENING_NOUNS and made_from == lemma
    )
    if senses_happen and not setting and (_circumstance(token) or _object(token)) and is_determined(token):
        return True
    if made_from is None:
        return False
    if token.dep_ == "pobj" and head.lower_ == "in":
        # "killed in the explosion", "charged in the shooting"; a noun that is also a verb as it
        # stands ("killed in the shop") is more often the place.
        return made_from != lemma and head.head.lemma_.lower() in HARMED_IN_VERBS
    if token.dep_ == "pobj":
        # "after one season", "before two rounds": a count of periods or things; "before bed",
        # "during use": a bare noun names a kind of thing, not one happening.
        counted = any(child.dep_ == "nummod" for child in token.children)
        return head.lower_ in TIME_PREPOSITIONS and is_determined(token) and not counted
    if token.dep_ == "dobj" and head.pos_ == "VERB":
        return verb in HAPPENING_OBJECT_VERBS
    return False


def _circumstance(token: Token) -> bool:
    """The noun is what a preposition of its clause's verb names: "killed in the fire",
    "arrested for the murder", "responded with a volley". A verb's own subject or object is that
    verb's event ("launched a full-scale invasion"); a noun under a noun is a thing's ("part of
    the agency's routine"); "as" says what something counts as ("as a result"); a noun with
    an "of" of its own is mostly a preposition of many words ("in the wake of", "in the case
    of", "on behalf of"); and what a verb of saying says it in is where it was said ("said in a
    tweet"), the statement's own occasion."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ != "as"
        and preposition.head.pos_ in ("VERB", "AUX")
        and TYPE_OF.get(preposition.head.lemma_.lower()) != "statement"
        and not _has_own_of(token)
    )


def _object(token: Token) -> bool:
    """The noun is its clause's verb's object ("hosted the 2007 ceremony"), but not a light
    verb's ("took a more personal turn", "had the necessary safeguards": the verb's event, if
    any, is the noun's, see :mod:`graphbuild.events.triggers`), nor that of a verb that puts
    it off, calls it off or only has it in mind ("cancelled the election", "feared an attack",
    "denied the murder"), and has no "of" of its own, which mostly counts or measures what
    follows it ("unleashed a wave of unrest") and, after a noun of an act, is often its
    patient ("the murder of a teenager"): there the noun is left out."""
    verb = token.head.lemma_.lower()
    return (
        token.dep_ == "dobj"
        and token.head.pos_ in ("VERB", "AUX")
        and verb not in LIGHT_VERBS | DEFERRING_VERBS | NOT_HAPPENING_HEADS
        and not _has_own_of(token)
    )


def _has_own_of(token: Token) -> bool:
    return any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children)


def is_determined(token: Token) -> bool:
    """The noun picks out one happening by its determiner or whose it is: "the robbery", "a
    raid", "Tuesday's blast", "his arrest"; not "no attacks", "any delay", nor a bare noun
    ("after iPhone antenna issues", "amid heavy declines"), which names a kind of thing. A
    headline drops its articles: there a singular noun picks one out when it is a verb's object
    ("Police probe murder at depot") or its senses are mostly happenings ("Man killed in
    crash"), not any noun after a preposition ("eat before bed")."""
    lemma = token.lemma_.lower()
    if (
        token.sent.start == 0
        and token.tag_ == "NN"
        and (token.dep_ == "dobj" or lemma in HAPPENING_NOUNS | ACT_NOUNS)
    ):
        return True
    return any(
        (child.dep_ == "det" and child.lower_ not in _UNSPECIFIC_DETERMINERS) or child.dep_ == "poss"
        for child in token.children
    )


def does_harm(token: Token) -> bool:
    """A noun made from a verb, or whose senses are mostly events, that does what only a
    happening does: "the blaze gutted the hall", "the quake struck", "an earthquake shook". It
    is another word for its verb's event (see :mod:`graphbuild.events.coreference`); a doer with
    nothing harmed is more often a person in a headline ("mother killed in crash")."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    verbs = known_words(token)
    if (
        lemma in ACTOR_NOUNS | ROLE_NOUNS | PART_NOUNS
        or (verb_of(lemma, verbs) is None and lemma not in HAPPENING_NOUNS)
        or is_agent_noun(lemma, verbs)
    ):
        return False
    if not _told_as_happened(token):
        return False
    verb = token.head.lemma_.lower()
    done_to = any(child.dep_ == "dobj" for child in token.head.children)
    return verb in INTRANSITIVE_HAPPENING_VERBS or (verb in HAPPENING_DOER_VERBS and done_to)


def _told_as_happened(token: Token) -> bool:
    """The clause the noun is part of tells what happened: its verb is past, perfect or a bare
    participle, or it is a headline's ("Quake hits Indonesia"). A present tells what is done or
    is so in general ("an infection triggers the release of ...", "eat before bed", "shares are
    converted during the battle"), and a participle that describes a noun is told in the tense
    of the clause that noun stands in ("a man charged in the shooting appeared in court", but
    "the law covers fees paid before an indictment")."""
    verb = _clause_verb(token)
    while verb is not None and _describing_participle(verb):
        outer = _clause_verb(verb)
        if outer is None:
            break
        verb = outer
    if verb is None:
        return token.sent.start == 0
    group = read_verb(verb)
    if group.modal is not None or group.future:
        return False
    bare_participle = group.tag == "VBN" and not group.auxiliaries
    return group.past or group.perfect or bare_participle or token.sent.start == 0


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token``, but for a participle serving as a preposition
    ("following the robbery")."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":
            return token
    return None


def _describing_participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not read_verb(verb).auxiliaries
