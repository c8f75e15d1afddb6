"""Which words name one action: a verb, its inflections and the nouns derived from it.

A word is reduced to a stem by a few general suffix rules, so that a verb and its noun meet
("arrested", "arrest"; "killed", "killing"; "explode", "explosion"), and nouns no suffix rule
reaches ("death": "die") are looked up in ``IRREGULAR_NOUNS``.

>>> stem("killing"), stem("killed"), stem("death"), stem("explosion")
('kill', 'kill', 'die', 'explos')
>>> related_stems(stem("explode"), stem("explosion")), related_stems(stem("quake"), stem("earthquake"))
(True, True)
"""

from __future__ import annotations

from collections.abc import Container

from graphbuild.events.words import EVENT_NOUNS, IRREGULAR_NOUNS

__all__ = ["is_agent_noun", "is_happening_noun", "related_stems", "stem", "verb_of"]

# Longest first: the first that leaves a stem of three letters or more is taken away.
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s")
# The endings of nouns made from verbs ("explosion", "investigation", "shooting", "appointment").
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ing")
# How a noun is made from its verb: its ending, and what the verb ends in instead, the longest
# first ("investigation": "investigate", "explosion": "explode", "robbery": "rob").
_NOMINALISATIONS = (
    ("ation", "ate"), ("ation", "e"), ("ation", ""), ("sion", "de"), ("sion", "d"), ("sion", "t"),
    ("ment", ""), ("ance", ""), ("ence", "e"), ("ery", ""), ("ery", "e"), ("ing", ""), ("ing", "e"),
    ("ion", ""), ("ion", "e"), ("ure", "e"), ("ure", ""), ("al", "e"), ("al", ""), ("y", "e"), ("y", ""),
)  # fmt: skip
# The endings of nouns for who does an action ("robber", "escapee", "arsonist", "inhabitant").
_AGENT_SUFFIXES = ("er", "or", "ee", "ist", "ant", "ent")
# Stems that differ only in this last letter are one action ("explod-e", "explos-ion").
_ALTERNATING = frozenset("sdt")


def stem(word: str) -> str:
    """A word reduced to what its verb and its noun share: 'arrests' 'arrested' -> 'arrest'."""
    word = word.lower()
    word = IRREGULAR_NOUNS.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word[:-1] if len(word) > 3 and word[-1] in "ey" else word


def related_stems(left: str, right: str) -> bool:
    """One action by derivation: the same stem, a doubled or alternating last letter
    ('stopp'/'stop', 'explod'/'explos'), an 'e' the stem kept ('agre'/'agr'), or one a
    compound ending in the other ('earthquake'/'quake'); not 'carr'/'car' nor 'storm'/'stor'.

    >>> related_stems("stopp", "stop"), related_stems("carr", "car"), related_stems("storm", "stor")
    (True, False, False)
    """
    if left == right:
        return True
    short, long = sorted((left, right), key=len)
    if len(short) < 3:
        return False
    if len(long) - len(short) == 1 and long.startswith(short):
        return long[-1] == "e" or (long[-1] == short[-1] and len(short) >= 4)
    if len(long) == len(short) and long[:-1] == short[:-1] and {long[-1], short[-1]} <= _ALTERNATING:
        return True
    return len(short) >= 4 and len(long) - len(short) >= 3 and long.endswith(short)


def is_happening_noun(lemma: str) -> bool:
    """A noun that names a happening by its form: made from a verb by a suffix or irregularly
    ("explosion", "shooting", "death"), or one of ``EVENT_NOUNS``.

    >>> is_happening_noun("explosion"), is_happening_noun("death"), is_happening_noun("store")
    (True, True, False)
    """
    if lemma in EVENT_NOUNS or lemma in IRREGULAR_NOUNS:
        return True
    return any(lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3 for suffix in _NOMINAL_SUFFIXES)


def verb_of(noun: str, verbs: Container[str]) -> str | None:
    """The verb among ``verbs`` that the noun lemma ``noun`` is made from: the same word ("an
    attack": "attack"), a suffix ("investigation": "investigate", "kidnapping": "kidnap"), or
    irregularly ("death": "die"); None for a noun no verb makes ("earthquake", "table").

    >>> verbs = {"attack", "investigate", "kidnap", "die", "explode"}
    >>> nouns = ("attack", "investigation", "kidnapping", "death", "explosion", "table")
    >>> [verb_of(noun, verbs) for noun in nouns]
    ['attack', 'investigate', 'kidnap', 'die', 'explode', None]
    """
    if noun in IRREGULAR_NOUNS:
        return IRREGULAR_NOUNS[noun] if IRREGULAR_NOUNS[noun] in verbs else None
    if noun in verbs:
        return noun
    for ending, verb_ending in _NOMINALISATIONS:
        base = noun[: -len(ending)]
        # "delivery", "recovery", "injury": a bare "y" makes nouns of verbs in "-er" and
        # "-ure"; after another letter it ends nouns no verb makes ("policy", "army", "county").
        if not noun.endswith(ending) or len(base) < 3 or (ending == "y" and not base.endswith("r")):
            continue
        if base + verb_ending in verbs:
            return base + verb_ending
        # A doubled last letter ("kidnapp-ing", "robb-ery").
        if not verb_ending and base[-1] == base[-2] and base[:-1] in verbs:
            return base[:-1]
    return None


def is_agent_noun(noun: str, verbs: Container[str]) -> bool:
    """A noun for who does an action, made from its verb ("robber": "rob", "escapee":
    "escape"), not the action: never "murder" or "order", whose rest is no verb.

    >>> verbs = {"rob", "escape", "drive", "off"}
    >>> [is_agent_noun(noun, verbs) for noun in ("robber", "escapee", "driver", "murder", "offer")]
    [True, True, True, False, False]
    """
    for suffix in _AGENT_SUFFIXES:
        base = noun[: -len(suffix)]
        if not noun.endswith(suffix) or len(base) < 4 - (suffix == "ee"):
            continue
        candidates = (base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base)
        if any(candidate in verbs for candidate in candidates):
            return True
    return False
