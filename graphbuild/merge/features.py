"""What the merge stage compares: each event mention reduced to plain, picklable data.

An action is compared by its words: the trigger's lemma and the noun a light verb carries
("made its maiden flight"), reduced to a stem so that a verb and its noun meet
(:mod:`graphbuild.events.derivation`), and looked up in small synonym groups
(:mod:`graphbuild.merge.words`).

>>> action_similarity(("earthquake",), ("quake",))
0.9
>>> action_similarity(("charge",), ("sentence",))
0.0
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.events.derivation import related_stems, stem
from graphbuild.merge.words import STOPWORDS, SYNONYM_GROUPS
from graphbuild.model import DateValue

__all__ = ["Corpus", "MentionFeatures", "action_similarity", "content_words", "quotation_of"]

_WORD = re.compile(r"[^\W\d_][\w'-]*")
# A quotation in curly or straight double quotes, within one paragraph.
_QUOTATION = re.compile(r"[“\"]([^”\"\n]{3,}?)[”\"]")
_SPACES = re.compile(r"[ \t]*")
_GROUPS: dict[str, frozenset[int]] = {}
for _number, _group in enumerate(SYNONYM_GROUPS):
    for _word in _group:
        _GROUPS[_word] = _GROUPS.get(_word, frozenset()) | {_number}
# Reporting verbs are light: that two statements both "say" tells little about what was said.
_STATEMENT_SIMILARITY = 0.5


@dataclass(frozen=True)
class MentionFeatures:
    """One event mention as the merge stage compares it (plain data, for any engine)."""

    index: int
    article: str
    # The article it copies, if it is a copy: copies of one story are one source.
    story: str
    sentence: int
    # Where that sentence stands among the sentences of its article that report events (0 first).
    position: int
    actions: tuple[str, ...]
    type: str
    modality: str
    agent: str | None
    # Entity id -> its strongest role in this mention.
    entities: tuple[tuple[str, str], ...]
    # For reported speech, the entities spoken about (not those of the occasion).
    spoken: frozenset[str]
    date: DateValue
    # Stems of the content words of its sentence.
    words: frozenset[str]
    # For a statement, those words without the verb of saying and the names of the occasion.
    said: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Corpus:
    """What the pairwise score needs to know about all mentions at once: how rare each
    entity and word is, each article's word profile, and word vectors if there are any."""

    # Action stem -> how rare it is among the mentions' actions, 0-1 (1 for one mention of it):
    # that two mentions both "use" or "offer" something says less than that both "evacuate".
    action_rarity: Mapping[str, float]
    entity_weight: Mapping[str, float]
    word_weight: Mapping[str, float]
    # Article id -> its profile: a unit vector over words and entities, as a sparse dict.
    articles: Mapping[str, Mapping[str, float]]
    vectors: Mapping[str, Sequence[float]] | None = None


def action_similarity(
    left: Sequence[str], right: Sequence[str], vectors: Mapping[str, Sequence[float]] | None = None
) -> float:
    """How surely two mentions name one action, 0-1: the same word 1, related by derivation
    0.9, synonyms 0.6, else the cosine of their word vectors when there are vectors."""
    best = 0.0
    for a in left:
        for b in right:
            if not (_WORD.match(a) and _WORD.match(b)):
                continue  # a trigger that is no word ("’") names no action
            if a == b:
                return 1.0
            stem_a, stem_b = stem(a), stem(b)
            if related_stems(stem_a, stem_b):
                best = max(best, 0.9)
            elif _GROUPS.get(a, frozenset()) & _GROUPS.get(b, _GROUPS.get(stem_b, frozenset())) or (
                _GROUPS.get(stem_a, frozenset()) & _GROUPS.get(stem_b, frozenset())
            ):
                best = max(best, 0.6)
            elif vectors is not None and a in vectors and b in vectors:
                best = max(best, _cosine(vectors[a], vectors[b]) * 0.8)
    return best


def statement_similarity(left: MentionFeatures, right: MentionFeatures, similarity: float) -> float:
    """A statement is told apart by what it says, not by its verb."""
    if "statement" in (left.type, right.type):
        return min(similarity, _STATEMENT_SIMILARITY)
    return similarity


def blocking_keys(actions: Sequence[str]) -> set[str]:
    """Keys that two mentions of related actions share (a superset: the score decides)."""
    keys = set()
    for action in actions:
        root = stem(action)
        keys.add("p:" + root[:4])
        if len(root) >= 4:
            keys.add("s:" + root[-4:])
        keys.update(
            f"g:{group}" for group in _GROUPS.get(action, frozenset()) | _GROUPS.get(root, frozenset())
        )
    return keys


def quotation_of(text: str, start: int, end: int) -> str:
    """The quoted words of the sentence at ``text[start:end]``, whole, unless only a few words
    are quoted in the reporter's clause (then ''): a quotation that the sentence splitter cut
    in two is taken from its opening to its closing mark, and quotations that follow the
    sentence in its paragraph, with nothing but space between, are the same speaker going on
    ("'We will not leave,' she said. 'This is our home.'").

    >>> quotation_of("“No one will leave. We stay,” she said. “It is home.” He left.", 20, 39)
    'No one will leave. We stay It is home.'
    """
    parts = [
        match
        for match in _quotations(text)
        if match.start() < end and match.end() > start and not _embedded(text, start, match.start())
    ]
    if not parts:
        return ""
    position = max(end, parts[-1].end())
    while following := _QUOTATION.match(text, _SPACES.match(text, position).end()):
        parts.append(following)
        position = following.end()
    return " ".join(match.group(1).strip(" ,") for match in parts)


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[re.Match[str], ...]:
    """The quotations of an article, found once for all its statements (they come article by
    article)."""
    return tuple(_QUOTATION.finditer(text))


def _embedded(text: str, start: int, opening: int) -> bool:
    """A few words quoted inside the reporter's own clause ("vowed that Ukraine “will not
    surrender” the city") are not what was said, whole: a quotation that opens the sentence or
    follows a colon or a comma is."""
    before = text[start:opening].rstrip()
    return bool(before) and before[-1] not in ":,;—–"


def content_words(text: str) -> list[str]:
    """Stems of the words of a text that can tell one happening from another."""
    return [stem(word) for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in STOPWORDS]


def _cosine(left: Sequence[float], right: Sequence[float]) -> float:
    dot = sum(a * b for a, b in zip(left, right, strict=True))
    norm = math.sqrt(sum(a * a for a in left) * sum(b * b for b in right))
    return max(dot / norm, 0.0) if norm else 0.0
