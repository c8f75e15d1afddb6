"""Whether a trigger's arguments allow the type its word suggests.

A word is typed by its most newsworthy sense (``TYPE_OF``: "lose" is the loss of territory,
"offer" an offer of aid, "launch" an attack), but a reader types the happening by who does what
to whom: "aluminium lost 0.06%" is no loss of territory, "Amazon offers the MacBook" no aid,
"Apple launched the iPhone" no attack, "the storm killed 12 people" no military action. Each
specific type asks for arguments of its kind (a place for territory, aid or a recipient for
aid, a person for an appointment, an actor for any deed); when they are not there, the event
is 'other': unsure is never a wrong specific type.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Shares", "added", "2", "%"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1],
...           deps=["nsubj", "ROOT", "nummod", "dobj"], pos=["NOUN", "VERB", "NUM", "NOUN"],
...           lemmas=["share", "add", "2", "%"])
>>> sensible_type("statement", doc[1])
'other'
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from graphbuild.events.clauses import subject_of
from graphbuild.events.context import ArticleContext
from graphbuild.events.words import (
    ACTOR_NOUNS,
    AID_NOUNS,
    CLAIM_OBJECTS,
    EVENT_NOUNS,
    LIGHT_VERBS,
    MEETING_NOUNS,
    MILITARY_ACTORS,
    MILITARY_OBJECTS,
    ROLE_NOUNS,
    SANCTION_NOUNS,
    TERRITORY_NOUNS,
)

__all__ = ["place_roots", "sensible_type"]

_ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
# What is never anyone: things, amounts, times, works.
_THING_ENTITIES = {
    "PRODUCT", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "WORK_OF_ART", "EVENT",
    "LAW", "DATE", "TIME", "LANGUAGE",
}  # fmt: skip
# A number alone may count people ("killed 12"); a share, a sum or a measure is a figure.
_AMOUNT_ENTITIES = {"PERCENT", "MONEY", "QUANTITY"}
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# A pronoun that may stand for a thing as well as an actor: it decides nothing.
_OPEN_PRONOUNS = {"it", "this", "that", "which", "what"}
_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "they", "them", "who", "whom", "i", "me", "we", "us"}
# States and their forces: who makes "launched", "attacked", "defended" military.
_STATE_NOUNS = {"government", "regime", "country", "nation", "state", "military", "army", "navy"}
# Aid without a recipient: what is aid whoever gets it ("sent tanks", "approved funding").
_AID_ITSELF = {
    "aid", "assistance", "relief", "weapon", "arm", "tank", "ammunition", "munition", "artillery",
    "missile", "funding", "loan", "grant", "donation", "bailout", "vaccine",
}  # fmt: skip
# Who receives aid: countries, bodies and people in need, not customers or investors.
_RECIPIENTS = {
    "government", "country", "nation", "people", "family", "victim", "refugee", "survivor",
    "hospital", "school", "charity", "region", "city", "army", "military", "force", "troop",
}  # fmt: skip
# Verbs of harm a natural cause shares with armed force: they need an actor to be military.
_NEEDS_ACTOR = {"kill", "wound", "shell", "bomb", "invade", "encircle", "assault", "mobilize", "mobilise"}
# Verbs whose military sense needs a military actor, a weapon or a place ("launched missiles").
_AMBIGUOUS_MILITARY = {
    "launch", "fire", "target", "strike", "advance", "defend", "deploy", "destroy", "attack", "fight",
}  # fmt: skip
# Verbs whose object is ground whatever it is named.
_TERRITORIAL = {"capture", "seize", "annex", "occupy", "retake", "liberate", "recapture"}
_INTRANSITIVE_TERRITORY = {"withdraw", "retreat", "surrender"}
_ASSET_NOUNS = {"asset", "account", "reserve", "fund", "property"}
_JOINED_BODIES = {"alliance", "union", "bloc", "coalition", "organization", "organisation", "pact", "talk"}


def sensible_type(kind: str, predicate: Token, places: Collection[int] = ()) -> str:
    """``kind`` if the predicate's arguments fit it, else the type they do fit, else 'other'.
    ``places`` are the root tokens of the names the entity stage found to be places, which
    the parser's own labels may miss ("lost control of Bakhmut")."""
    carried = _carried_type(predicate)
    # "struck a deal", "gave a speech", "took a loss": the noun is the happening; a statement
    # stays one ("reported a loss").
    if carried is not None and kind != "statement":
        return carried
    if kind == "other":
        return kind
    subject = _agent(predicate)
    if subject is not None and not _is_actor(subject) and kind != "statement":
        return "other"
    check = _CHECKS.get(kind)
    return check(predicate, subject, places) if check is not None else kind


def place_roots(context: ArticleContext) -> set[int]:
    """The root tokens of the names the entity stage found to be places."""
    return {root for root, index in context.by_root.items() if context.entities[index].type == "PLACE"}


def _carried_type(predicate: Token) -> str | None:
    """The type of the event noun a light verb carries as its object, if it carries one."""
    if predicate.pos_ == "NOUN" or predicate.lemma_.lower() not in LIGHT_VERBS | {"deliver"}:
        return None
    objects = [child for child in predicate.children if child.dep_ == "dobj"]
    if not objects:
        return None
    return EVENT_NOUNS.get(objects[0].lower_) or EVENT_NOUNS.get(objects[0].lemma_.lower())


def _statement(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    # "Shares added 2%", "the index added 50 points": an amount is no saying.
    if _moves_by_amount(predicate):
        return "other"
    thing = _object(predicate)
    # "claimed the title", "claimed 12 lives" against "claimed responsibility".
    if predicate.lemma_.lower() == "claim" and thing is not None and not _has_clause(predicate):
        return "statement" if thing.lemma_.lower() in CLAIM_OBJECTS else "other"
    return "statement"


def _military(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    lemma = predicate.lemma_.lower()
    thing = _object(predicate)
    if predicate.pos_ == "NOUN":
        return "military action"
    if lemma == "fire" and thing is not None and _is_person(thing):
        return "appointment or dismissal"
    if _moves_by_amount(predicate):
        return "other"
    if lemma == "shoot":
        return "military action" if thing is None or _is_actor(thing) else "other"
    if lemma in _NEEDS_ACTOR:
        return "military action" if subject is not None or _passive(predicate) else "other"
    if lemma in _AMBIGUOUS_MILITARY:
        military_doer = subject is not None and _lemma(subject) in MILITARY_ACTORS
        state_doer = subject is not None and (
            subject.ent_type_ in ("GPE", "NORP") or _lemma(subject) in _STATE_NOUNS
        )
        weapon = thing is not None and _lemma(thing) in MILITARY_OBJECTS
        on_place = thing is not None and _is_place(thing, places)
        # "fired rockets at Israel", "opened fire on protesters": aimed at a place or at people.
        aimed = _prepositional(predicate, ("at", "on", "against"))
        aimed_at = aimed is not None and (_is_place(aimed, places) or _is_actor(aimed))
        if (
            military_doer
            or weapon
            or aimed_at
            or state_doer
            and (thing is None or on_place or _is_actor(thing))
        ):
            return "military action"
        return "other"
    return "military action"


def _territory(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    if predicate.pos_ == "NOUN":
        return "capture or loss of territory"
    thing = _object(predicate)
    if thing is None and predicate.lemma_.lower() in _INTRANSITIVE_TERRITORY:
        thing = _prepositional(predicate, ("from",))
        if thing is None:
            military = subject is not None and _lemma(subject) in MILITARY_ACTORS
            return "capture or loss of territory" if military else "other"
    # "lost control of Bakhmut", "took control of the airport".
    if thing is not None and _lemma(thing) == "control":
        thing = next(
            (
                g
                for c in thing.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if thing is None:
        return "other"
    # "seized Crimea", "annexed Bakhmut": whatever else the tagger takes a name for, what these
    # verbs take is ground; "lost Samsung", "took Twitter private" are not.
    named = thing.pos_ == "PROPN" and thing.ent_type_ != "PERSON" and predicate.lemma_.lower() in _TERRITORIAL
    return "capture or loss of territory" if named or _is_place(thing, places) else "other"


def _aid(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    if predicate.pos_ == "NOUN":
        return "aid or pledge"
    # "pledged to cut emissions": a promise of some other deed, not of aid.
    if any(child.dep_ == "xcomp" for child in predicate.children):
        return "other"
    thing = _object(predicate)
    if thing is None:
        return "other"
    # "$2bn in aid", "a package of weapons": what the amount or the package is of.
    stuff = {_lemma(thing)} | {
        _lemma(grandchild)
        for child in thing.children
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "for")
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    }
    if stuff & _AID_ITSELF:
        return "aid or pledge"
    recipient = _recipient(predicate)
    aid = stuff & AID_NOUNS or thing.ent_type_ == "MONEY"
    return "aid or pledge" if aid and recipient is not None else "other"


def _sanction(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    if predicate.pos_ == "NOUN":
        return "sanction"
    lemma = predicate.lemma_.lower()
    thing = _object(predicate)
    if lemma == "impose":
        return "sanction" if thing is not None and _lemma(thing) in SANCTION_NOUNS else "other"
    if lemma == "freeze":
        return "sanction" if thing is not None and _lemma(thing) in _ASSET_NOUNS else "other"
    if lemma == "restrict":
        state = subject is not None and (
            subject.ent_type_ in ("GPE", "NORP") or _lemma(subject) in _STATE_NOUNS
        )
        listed = thing is not None and _lemma(thing) in SANCTION_NOUNS
        return "sanction" if state or listed else "other"
    return "sanction"


def _appointment(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    if predicate.pos_ == "NOUN":
        return "appointment or dismissal"
    lemma = predicate.lemma_.lower()
    if lemma == "step":
        aside = any(child.dep_ == "prt" and child.lower_ in ("down", "aside") for child in predicate.children)
        return "appointment or dismissal" if aside else "other"
    if lemma == "resign":
        return "appointment or dismissal"
    # "was named after its founder": a name, not a post.
    if _prepositional(predicate, ("after",)) is not None:
        return "other"
    post = any(
        child.dep_ in ("oprd", "attr", "xcomp") and _lemma(child) in ROLE_NOUNS
        for child in predicate.children
    )
    as_post = _prepositional(predicate, ("as",))
    thing = _object(predicate)
    if (
        post
        or (as_post is not None and _lemma(as_post) in ROLE_NOUNS)
        or (thing is not None and _is_person(thing))
    ):
        return "appointment or dismissal"
    return "other"


def _agreement(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    if predicate.pos_ == "NOUN":
        return "application or agreement"
    lemma = predicate.lemma_.lower()
    thing = _object(predicate)
    if _moves_by_amount(predicate):
        return "other"
    if lemma == "apply":
        asks = _prepositional(predicate, ("for", "to")) is not None or any(
            child.dep_ == "xcomp" for child in predicate.children
        )
        return "application or agreement" if asks else "other"
    if lemma in ("join", "embrace"):
        body = thing is not None and (
            thing.ent_type_ in ("ORG", "GPE", "NORP")
            or _lemma(thing) in _JOINED_BODIES
            or EVENT_NOUNS.get(_lemma(thing)) == "application or agreement"
        )
        return "application or agreement" if body else "other"
    return "application or agreement"


def _meeting(predicate: Token, subject: Token | None, places: Collection[int]) -> str:
    if predicate.pos_ == "NOUN":
        return "meeting or visit"
    lemma = predicate.lemma_.lower()
    thing = _object(predicate)
    if subject is not None and subject.ent_type_ == "PRODUCT":
        return "other"
    if lemma == "hold":
        held = thing is not None and (_lemma(thing) in MEETING_NOUNS or thing.lower_ in MEETING_NOUNS)
        return "meeting or visit" if held else "other"
    if lemma == "welcome":
        return "meeting or visit" if thing is None or _is_actor(thing) else "statement"
    if lemma in ("meet", "host") and thing is not None:
        gathering = _lemma(thing) in MEETING_NOUNS or thing.lower_ in MEETING_NOUNS
        return "meeting or visit" if _is_actor(thing) or gathering else "other"
    return "meeting or visit"


_CHECKS = {
    "statement": _statement,
    "military action": _military,
    "capture or loss of territory": _territory,
    "aid or pledge": _aid,
    "sanction": _sanction,
    "appointment or dismissal": _appointment,
    "application or agreement": _agreement,
    "meeting or visit": _meeting,
}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _agent(predicate: Token) -> Token | None:
    """Who does it: the subject of an active verb, the by-phrase of a passive, the noun a
    relative clause describes ("disasters, which killed 102"), an event noun's possessor."""
    if predicate.pos_ == "NOUN":
        return next((child for child in predicate.children if child.dep_ == "poss"), None)
    for child in predicate.children:
        if child.dep_ == "agent":
            return next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
    subject = subject_of(predicate)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    if subject.lower_ in ("which", "that", "who") and predicate.dep_ == "relcl":
        return predicate.head
    return subject


def _passive(predicate: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in predicate.children)


def _object(predicate: Token) -> Token | None:
    """What it is done to: the direct object, a passive's subject, the noun a participle describes."""
    for child in predicate.children:
        if child.dep_ == "dobj":
            return child
    for child in predicate.children:
        if child.dep_ == "nsubjpass":
            return child
    if predicate.dep_ == "acl" and predicate.tag_ == "VBN":
        return predicate.head
    return None


def _prepositional(predicate: Token, words: tuple[str, ...]) -> Token | None:
    for child in predicate.children:
        if child.dep_ == "prep" and child.lower_ in words:
            return next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
    return None


def _recipient(predicate: Token) -> Token | None:
    """Who gets it: the indirect object, or after "to" or "for", if it can receive aid."""
    candidates = [child for child in predicate.children if child.dep_ == "dative" and child.pos_ != "ADP"]
    candidate = _prepositional(predicate, ("to", "for"))
    for child in predicate.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":
            candidate = next(
                (grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), candidate
            )
    candidates += [candidate] if candidate is not None else []
    for token in candidates:
        if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC") or _lemma(token) in _RECIPIENTS:
            return token
    return None


def _is_actor(token: Token) -> bool:
    """People, bodies, countries and forces, named or not; an open pronoun decides nothing."""
    if token.pos_ == "PRON":
        return token.lower_ in _OPEN_PRONOUNS or token.lower_ in _PERSONAL_PRONOUNS
    if token.ent_type_ in _ACTOR_ENTITIES:
        return True
    if token.ent_type_ in _THING_ENTITIES:
        return False
    return token.pos_ == "PROPN" or _lemma(token) in ACTOR_NOUNS


def _is_person(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL_PRONOUNS
    return token.ent_type_ == "PERSON" or _lemma(token) in ROLE_NOUNS


def _is_place(token: Token, places: Collection[int]) -> bool:
    if token.i in places or token.ent_type_ in _PLACE_ENTITIES or _lemma(token) in TERRITORY_NOUNS:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ == ""


def _moves_by_amount(predicate: Token) -> bool:
    """'lost 0.06%', 'added 50 points', 'advanced 2 percent': a figure that moved, not a deed."""
    return any(
        child.dep_ in ("dobj", "npadvmod")
        and (child.ent_type_ in _AMOUNT_ENTITIES or _lemma(child) in ("%", "percent", "point"))
        for child in predicate.children
    )


def _has_clause(predicate: Token) -> bool:
    return any(child.dep_ in ("ccomp", "xcomp") for child in predicate.children)
