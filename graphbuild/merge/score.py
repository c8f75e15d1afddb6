"""How likely two event mentions are one happening: blocking and the pairwise score.

A pair is scored on the action itself (:func:`~graphbuild.merge.features.action_similarity`)
and how rare it is, its participants (shared entities, by role, weighted by rarity, over the
entities of both mentions, and over at least ``PARTICIPANT_FLOOR``: one shared name is never
all the evidence), date, type and modality, the words of its sentence and of its article. The
evidence is added in a logistic score with the weights of ``WEIGHTS``, learned on ECB+ topics
1-25 by benchmarks/train_merge.py. Dates that cannot overlap are a veto, as are two mentions
of one sentence and two statements that say different things (what they say, the speaker and
the verb of saying left out, shares less than ``SAME_CONTENT``).

Candidate pairs come from blocks of mentions whose actions may be related
(:func:`candidate_blocks`); :func:`score_block` scores one block, a plain function over plain
data, so that blocks can be scored anywhere, in any order, with the same result.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import combinations

from graphbuild.events.derivation import stem
from graphbuild.merge.features import (
    Corpus,
    MentionFeatures,
    action_similarity,
    blocking_keys,
    statement_similarity,
)
from graphbuild.merge.weights import WEIGHTS
from graphbuild.model import Basis, DateValue

__all__ = ["REPORT_DAYS_APART", "WEIGHTS", "candidate_blocks", "pair_evidence", "score_block", "score_pair"]

# The weight of each kind of evidence in the log-odds that two mentions are one happening,
# learned on ECB+ topics 1-25 (see graphbuild/merge/weights.py). The evidence, by name:
# - action: 0-1, the same word 1, one derivation 0.9, synonyms 0.6 (statements at most 0.5);
# - action_rarity: that, times how rare the rarer of the two actions is among all mentions (0-1):
#   two mentions that both "use" or "offer" something share less than two that both "evacuate";
# - participants: 0-1, the rarity-weighted share of the entities that both name (see _participants);
# - agent_conflict: both have a doer, and neither names the other's;
# - place_conflict: both name places, and no place in common;
# - date: 1 for one day of their own, less for coarser or publication-based dates;
# - sentence: cosine of the rarity-weighted stems of the two sentences (of what two statements say);
# - article: cosine of the two articles' profiles (0 within one article, where it says nothing);
# - same_article: two mentions of one article in sentences next to each other (among those that
#   report events): the headline and its lead. Further apart, a repeated action with the same
#   participants is mostly another instance, and only what the sentences share tells them together;
# - type: +1 for the same type, -1 for two different types ("other" says nothing either way);
# - modality_conflict: one asserted (or reported), the other planned, conditional or negated.

# A block larger than this (an action reported everywhere, "said") is split by entity, and a
# split still larger compares each mention only with its _WINDOW nearest in date order: cost
# stays linear in the number of mentions.
MAX_BLOCK = 200
_WINDOW = 50
# The least total weight of the participants of a pair (about three names of medium rarity:
# an entity named in 10 of 5,000 mentions weighs 6.2), and what a place weighs of a name.
PARTICIPANT_FLOOR = 18.0
PLACE_WEIGHT = 0.5
# Two statements whose words, the speaker's name and the verb of saying left out, share less
# than this (cosine) say different things.
SAME_CONTENT = 0.25
# Pairs scored lower than this are not kept: they would weigh nothing in any average.
_MIN_KEPT = 0.01
# Two mentions dated only by their reports (publication day, the story's day) more days apart
# than this are two happenings: news tells what has just happened ("GM said" in February and
# in May). Dates of their own are compared as intervals instead.
REPORT_DAYS_APART = 30
_OWN_DATES = frozenset(
    {Basis.EXPLICIT, Basis.RELATIVE, Basis.RELATIVE_INFERRED, Basis.INHERITED, Basis.SENTENCE}
)
_FACTUAL = frozenset({"asserted", "reported"})
_ACTORS = frozenset({"agent", "patient", "recipient"})


def candidate_blocks(mentions: Sequence[MentionFeatures]) -> list[list[int]]:
    """Groups of mention indexes (into ``mentions``) within which pairs are scored."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for position, mention in enumerate(mentions):
        for key in sorted(blocking_keys(mention.actions)):
            by_key[key].append(position)
    blocks: list[list[int]] = []
    seen: set[tuple[int, ...]] = set()
    for key in sorted(by_key):
        members = by_key[key]
        if len(members) <= MAX_BLOCK:
            parts = [members]
        else:
            # Re-blocked by entity: "said" is compared only with what names someone in common.
            by_entity: dict[str, list[int]] = defaultdict(list)
            for position in members:
                for entity, _ in mentions[position].entities:
                    by_entity[entity].append(position)
            parts = [by_entity[entity] for entity in sorted(by_entity)]
        for part in parts:
            if len(part) > 1 and tuple(part) not in seen:
                seen.add(tuple(part))
                blocks.append(part)
    return blocks


def score_block(mentions: Sequence[MentionFeatures], corpus: Corpus) -> list[tuple[int, int, float]]:
    """The scores of the candidate pairs of one block: (index, index, probability), with the
    mentions' own ``index``, for the pairs that score at least ``_MIN_KEPT``."""
    if len(mentions) <= MAX_BLOCK:
        pairs: Iterable[tuple[MentionFeatures, MentionFeatures]] = combinations(mentions, 2)
    else:
        ordered = sorted(mentions, key=lambda m: (m.date.start or date.min, m.index))
        pairs = (
            (left, right)
            for position, left in enumerate(ordered)
            for right in ordered[position + 1 : position + 1 + _WINDOW]
        )
    scored = []
    for left, right in pairs:
        probability = score_pair(left, right, corpus)
        if probability >= _MIN_KEPT:
            low, high = sorted((left.index, right.index))
            scored.append((low, high, probability))
    return scored


def score_pair(left: MentionFeatures, right: MentionFeatures, corpus: Corpus) -> float:
    """The probability that two mentions are one happening (0 for a veto)."""
    evidence = pair_evidence(left, right, corpus)
    if evidence is None:
        return 0.0
    logit = WEIGHTS["bias"] + sum(WEIGHTS[name] * value for name, value in evidence.items())
    return 1.0 / (1.0 + math.exp(-logit))


def pair_evidence(left: MentionFeatures, right: MentionFeatures, corpus: Corpus) -> dict[str, float] | None:
    """Each kind of evidence for one pair, or None when the pair cannot be one happening."""
    if left.article == right.article and left.sentence == right.sentence:
        return None
    date_agreement = _date_agreement(left.date, right.date)
    if date_agreement is None:
        return None
    same_article = left.article == right.article
    statements = left.type == right.type == "statement"
    # Two statements are one when they say one thing: that one person spoke twice is not enough.
    sentence = (
        _cosine(left.said, right.said, corpus.word_weight)
        if statements
        else _cosine(left.words, right.words, corpus.word_weight)
    )
    # In two reports, without a day of their own on either side (the date veto cannot tell them
    # apart), they must say it in the same words. Within one report the stricter first pass of
    # clustering is the guard: a report goes on about what it quotes in other words.
    undated = left.date.basis not in _OWN_DATES and right.date.basis not in _OWN_DATES
    if statements and undated and not same_article and sentence < SAME_CONTENT:
        return None
    left_entities, right_entities = dict(left.entities), dict(right.entities)
    # A report's mention that names no one ("a bomb exploded", "the men were arrested") is
    # another report's happening only if both are dated by days of their own: words and action
    # alone join every "100 people were injured" of the news, and the names of the other side
    # are not this one's.
    if (
        not same_article
        and not (left_entities and right_entities)
        and not (left.date.basis in _OWN_DATES and right.date.basis in _OWN_DATES)
    ):
        return None
    agent_conflict = _agent_conflict(left, right, left_entities, right_entities)
    if statements and agent_conflict:
        return None  # what two people said is two statements
    # Two statements are one speaker saying one thing: without the same named speaker,
    # what they say must be the same ("a volunteer said" is not "Zelensky said").
    named_speaker = left.agent is not None and left.agent == right.agent
    if statements and not same_article and not named_speaker and sentence < SAME_CONTENT:
        return None
    action = statement_similarity(left, right, action_similarity(left.actions, right.actions, corpus.vectors))
    rarity = min(
        max(corpus.action_rarity.get(stem(a), 1.0) for a in mention.actions) for mention in (left, right)
    )
    return {
        "action_rarity": action * rarity,
        "action": action,
        "participants": _participants(
            *_compared_entities(left, right, left_entities, right_entities), corpus
        ),
        "agent_conflict": float(agent_conflict),
        "place_conflict": float(_place_conflict(left_entities, right_entities)),
        "date": date_agreement,
        "sentence": sentence,
        "article": 0.0 if same_article else _profile_cosine(left.article, right.article, corpus),
        "same_article": float(same_article and abs(left.position - right.position) == 1),
        "type": 0.0 if "other" in (left.type, right.type) else 1.0 if left.type == right.type else -1.0,
        "modality_conflict": float((left.modality in _FACTUAL) != (right.modality in _FACTUAL)),
    }


def _compared_entities(left: MentionFeatures, right: MentionFeatures, left_entities, right_entities):
    """What two statements are about is what they say: the speaker is checked, not counted, and
    the occasion ("at a meeting with EU leaders") is left out when both say what was said."""
    if left.type == right.type == "statement":
        if left.spoken and right.spoken:
            return (
                {e: role for e, role in left_entities.items() if e in left.spoken},
                {e: role for e, role in right_entities.items() if e in right.spoken},
            )
        left_entities = {e: role for e, role in left_entities.items() if e != left.agent}
        right_entities = {e: role for e, role in right_entities.items() if e != right.agent}
    return left_entities, right_entities


def _participants(left: dict[str, str], right: dict[str, str], corpus: Corpus) -> float:
    """Weighted Dice: twice the weight both name (half for a different role) over the weight
    of all that each names, that total counted as at least ``PARTICIPANT_FLOOR``: one name
    that two mentions share, and nothing else, is not all that could tell them apart. A place
    weighs ``PLACE_WEIGHT`` of a name: many happenings share one."""

    def weight(entity: str, role: str) -> float:
        return corpus.entity_weight[entity] * (PLACE_WEIGHT if role == "place" else 1.0)

    total = sum(weight(*item) for item in left.items()) + sum(weight(*item) for item in right.items())
    shared = sum(
        min(weight(entity, role), weight(entity, right[entity])) * (1.0 if role == right[entity] else 0.5)
        for entity, role in left.items()
        if entity in right
    )
    return 2 * shared / max(total, PARTICIPANT_FLOOR) if total else 0.0


def _agent_conflict(left: MentionFeatures, right: MentionFeatures, left_entities, right_entities) -> bool:
    """Two different doers, unless each takes part in the other's event ('A met B', 'B met A')."""
    if left.agent is None or right.agent is None or left.agent == right.agent:
        return False
    return not (left_entities.get(right.agent) in _ACTORS and right_entities.get(left.agent) in _ACTORS)


def _place_conflict(left: dict[str, str], right: dict[str, str]) -> bool:
    left_places = {entity for entity, role in left.items() if role == "place"}
    right_places = {entity for entity, role in right.items() if role == "place"}
    return (
        bool(left_places and right_places)
        and not (left_places & set(right))
        and not (right_places & set(left))
    )


def _date_agreement(left: DateValue, right: DateValue) -> float | None:
    """None when the dates cannot overlap; else how much their agreement says (0-1).

    A date of the mention's own ("on Friday") is an interval; one taken from a publication
    date says only that the happening was reported by then, and two such more than
    ``REPORT_DAYS_APART`` apart were reported as news of different days.
    """
    if not left.is_resolved or not right.is_resolved:
        return 0.0
    left_own, right_own = left.basis in _OWN_DATES, right.basis in _OWN_DATES
    left_end, right_end = left.end or date.max, right.end or date.max
    if left_own and right_own:
        if left.start > right_end or right.start > left_end:
            return None
        return 1.0 if left.granularity == right.granularity == "day" else 0.5
    if left_own and left.start > right_end or right_own and right.start > left_end:
        return None
    if left_own or right_own:
        return 0.0
    if abs((left.start - right.start).days) > REPORT_DAYS_APART:
        return None
    return 0.3 if left.start <= right_end and right.start <= left_end else 0.0


def _cosine(left: frozenset[str], right: frozenset[str], weight) -> float:
    if not left or not right:
        return 0.0
    shared = sum(weight.get(word, 0.0) ** 2 for word in left & right)
    if not shared:
        return 0.0
    norm = math.sqrt(sum(weight.get(w, 0.0) ** 2 for w in left) * sum(weight.get(w, 0.0) ** 2 for w in right))
    return shared / norm if norm else 0.0


def _profile_cosine(left: str, right: str, corpus: Corpus) -> float:
    a, b = corpus.articles.get(left, {}), corpus.articles.get(right, {})
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(key, 0.0) for key, value in a.items())
