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

from graphbuild.events.words import EVENT_NOUNS, IRREGULAR_NOUNS

__all__ = ["is_happening_noun", "related_stems", "stem"]

# Longest first: the first that leaves a stem of three letters or more is taken away.
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "s")
# The endings of nouns made from verbs ("explosion", "investigation", "shooting", "appointment").
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ing")
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
