"""Which common nouns name a happening ("the quake", "his arrest", "after the shooting"), by a
small logistic regression over general evidence rather than a list of words:

- the word vector of the noun's lemma (:mod:`graphbuild.events.lexicon`): happenings lie near
  one another in the space of the medium English pipeline;
- derivation from a verb: an English verb stem under a nominal suffix ("arriv-al",
  "explo-sion", "seiz-ure", "shoot-ing"), or the verb itself ("an arrest", "the attack");
- its syntax: determiners, an "of"-complement or a "by"-phrase, a possessor, a date of its
  own, a preposition of time before it ("after the blast"), being the subject or object of a
  verb that begins, ends, reports or causes happenings ("the fire started", "witnessed the
  crash"), or a name's part ("a Starbucks store": no happening).

The weights (``event_nouns.json``) are trained by ``benchmarks/train_event_nouns.py`` on ECB+
topics 1-25 and rebuilt by it byte for byte. Without the medium pipeline's files the model
cannot run and :func:`event_noun_probability` gives None.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from graphbuild.events import lexicon

__all__ = ["FEATURES", "event_noun_probability", "features", "is_event_noun", "is_participle"]

WEIGHTS_FILE = Path(__file__).with_name("event_nouns.json")
# Nominal suffixes and the verb endings each may stand for: "explosion" <- "explode".
_DERIVATIONS = (
    ("ation", ("ate", "e", "")),
    ("ition", ("ish", "e", "")),
    ("ution", ("ute", "ve")),
    ("sion", ("de", "d", "t", "se", "")),
    ("tion", ("t", "te", "")),
    ("ment", ("", "e")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("e", "")),
    ("ing", ("", "e")),
    ("ial", ("y",)),
    ("al", ("e", "")),
    ("age", ("", "e")),
    ("ery", ("", "e")),
    ("y", ("",)),
    ("th", ("",)),
)
_SUFFIX_GROUPS = ("ion", "ment", "ance", "ure", "ing", "al", "other")
# Verbs whose subject or object is a happening: it begins, goes on, ends, is told, is caused.
_EVENT_HEADS = frozenset(
    [
        "begin",
        "start",
        "end",
        "continue",
        "follow",
        "resume",
        "stop",
        "halt",
        "finish",
        "complete",
        "occur",
        "happen",
        "take_place",
        "cause",
        "trigger",
        "spark",
        "prompt",
        "lead",
        "report",
        "confirm",
        "announce",
        "witness",
        "investigate",
        "probe",
        "survive",
        "prevent",
        "postpone",
        "cancel",
        "delay",
        "condemn",
        "blame",
        "kill",
        "injure",
        "leave",
        "force",
    ]
)
# Prepositions that place something in time: what follows is a happening ("after the blast").
_TIME_PREPS = frozenset(
    ["after", "before", "during", "following", "since", "amid", "until", "ahead", "despite"]
)
_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "attr", "conj", "ROOT", "appos")
FEATURES = (
    tuple(f"derived_{group}" for group in _SUFFIX_GROUPS)
    + ("verb_itself", "no_vector", "definite", "indefinite", "possessor", "of_phrase", "by_phrase")
    + ("compound_child", "adjective", "number", "own_time", "time_preposition", "event_head")
    + tuple(f"dep_{dep}" for dep in _DEPS)
    + ("plural", "capitalised", "in_name", "headline")
)


def derived_group(lemma: str) -> str | None:
    """The suffix group by which ``lemma`` derives from an English verb, or None.

    Needs the verb list of :mod:`graphbuild.events.lexicon`; without it, always None.
    """
    for suffix, endings in _DERIVATIONS:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
            base = lemma[: -len(suffix)]
            if any(lexicon.is_verb(base + ending) for ending in endings):
                return next((group for group in _SUFFIX_GROUPS if suffix.endswith(group)), "other")
    return None


def is_participle(word: str) -> bool:
    """Whether a word is a verb's past participle ("unlicensed" <- "license"), prefix aside."""
    if not word.endswith("ed") or len(word) < 5:
        return False
    for base in (word.removeprefix("un"), word):
        stem = base[:-2]
        if lexicon.is_verb(stem) or lexicon.is_verb(stem + "e") or lexicon.is_verb(stem[:-1]):
            return True
    return False


def features(token: Token) -> np.ndarray:
    """The evidence about one noun token, in the order of ``FEATURES`` then its lemma's vector."""
    lemma = token.lemma_.lower()
    group = derived_group(lemma)
    children = list(token.children)
    preps = {child.lower_ for child in children if child.dep_ == "prep"}
    dets = {child.lower_ for child in children if child.dep_ == "det"}
    vector = lexicon.unit_vector(lemma)
    head = token.head
    values = [float(group == name) for name in _SUFFIX_GROUPS]
    values += [
        float(group is None and lexicon.is_verb(lemma)),
        float(vector is None),
        float(bool(dets & {"the", "this", "that", "these", "those"})),
        float(bool(dets & {"a", "an", "another"})),
        float(any(child.dep_ == "poss" for child in children)),
        float("of" in preps),
        float("by" in preps),
        float(any(child.dep_ == "compound" for child in children)),
        float(any(child.dep_ == "amod" for child in children)),
        float(any(child.dep_ == "nummod" for child in children)),
        float(any(child.ent_type_ in ("DATE", "TIME") or child.dep_ == "npadvmod" for child in children)),
        float(token.dep_ == "pobj" and head.lower_ in _TIME_PREPS),
        float(token.dep_ in ("nsubj", "nsubjpass", "dobj") and head.lemma_.lower() in _EVENT_HEADS),
    ]
    values += [float(token.dep_ == dep) for dep in _DEPS]
    values += [
        float(token.tag_ == "NNS"),
        float(token.text[:1].isupper() and not token.is_sent_start),
        float(bool(token.ent_type_)),
        float(token.sent.start == 0),
    ]
    own = np.asarray(values, dtype=np.float64)
    return np.concatenate([own, vector if vector is not None else np.zeros(lexicon.vector_size())])


@lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, float, float] | None:
    if not lexicon.available():
        return None
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return np.asarray(data["weights"], dtype=np.float64), float(data["bias"]), float(data["threshold"])


def event_noun_probability(token: Token) -> float | None:
    """How likely the noun names a happening, 0-1; None without the model's word knowledge."""
    model = _model()
    if model is None:
        return None
    weights, bias, _ = model
    return float(1.0 / (1.0 + np.exp(-(features(token) @ weights + bias))))


def is_event_noun(token: Token) -> bool:
    """Whether a common noun names a happening, by the model at its trained threshold."""
    model = _model()
    if model is None or token.pos_ != "NOUN":
        return False
    probability = event_noun_probability(token)
    return probability is not None and probability >= model[2]
