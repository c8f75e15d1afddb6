"""The merge stage: one event per happening, however many articles report it.

Event mentions are compared only within blocks that share an entity (so the cost grows with
the mentions, not with their pairs), and merged when they have the same type, no
conflicting agent, compatible dates and enough in common: entities and content words,
weighted by how rare they are in the corpus. An article with no publication date whose
events merge with dated reports gets its date inferred from them, and its relative dates
are then resolved against it, each saying so.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from networkx.utils import UnionFind

from graphbuild.events import event_date
from graphbuild.model import (
    Article,
    ArticleAnalysis,
    Basis,
    DateValue,
    Entity,
    Event,
    EventMention,
    EventSource,
    Participant,
    PublishedBasis,
)
from graphbuild.timex import normalise

SIMILARITY_THRESHOLD = 0.35
# A block bigger than this (a much-reported entity) compares each mention only with its
# _WINDOW nearest in date order, so that cost stays linear in the number of mentions.
_MAX_BLOCK = 200
_WINDOW = 50
_BASIS_RANK = {
    Basis.EXPLICIT: 0,
    Basis.RELATIVE: 1,
    Basis.INHERITED: 2,
    Basis.RELATIVE_INFERRED: 3,
    Basis.STORY_DAY: 4,
    Basis.SENTENCE: 5,
    Basis.PUBLICATION: 6,
    Basis.INFERRED_PUBLICATION: 7,
    Basis.UNRESOLVED: 8,
}
_ROLE_RANK = {"agent": 0, "patient": 1, "recipient": 2, "theme": 3, "place": 4}


@dataclass
class _Item:
    mention: EventMention
    agent: str | None
    entities: dict[str, str]  # entity id -> role
    features: frozenset[str]


def merge_events(
    analyses: list[ArticleAnalysis],
    entities: list[Entity],
    mention_entity: dict[tuple[str, int], str],
) -> list[Event]:
    """Cluster the event mentions of all articles into events, inferring missing dates.

    Undated articles whose events merge with dated ones get ``published`` and
    ``published_basis`` set on their :class:`Article` here.
    """
    items = [_item(mention, analysis, mention_entity) for analysis in analyses for mention in analysis.events]
    clusters = _cluster(items)
    articles = {analysis.article.id: analysis.article for analysis in analyses}
    if _infer_publication_dates(clusters, articles):
        for cluster in clusters:
            for item in cluster:
                item.mention.date = _redate(item.mention, articles[item.mention.article])
    by_id = {entity.id: entity for entity in entities}
    events = [_event(cluster, by_id, articles) for cluster in clusters]
    return sorted(events, key=_event_order)


def _item(
    mention: EventMention, analysis: ArticleAnalysis, mention_entity: dict[tuple[str, int], str]
) -> _Item:
    roles: dict[str, str] = {}
    for role in mention.roles:
        entity = mention_entity[(analysis.article.id, role.mention)]
        if entity not in roles or _ROLE_RANK[role.role] < _ROLE_RANK[roles[entity]]:
            roles[entity] = role.role
    agent = next((entity for entity, role in roles.items() if role == "agent"), None)
    spoken = {mention_entity[(analysis.article.id, r.mention)] for r in mention.roles if r.content}
    about = spoken if mention.type == "statement" and spoken else set(roles) - {agent}
    features = frozenset({f"e:{entity}" for entity in about} | {f"w:{word}" for word in mention.keywords})
    return _Item(mention, agent, roles, features)


def _cluster(items: list[_Item]) -> list[list[_Item]]:
    frequency = Counter(feature for item in items for feature in item.features)
    weight = {feature: math.log(1 + len(items) / count) for feature, count in frequency.items()}
    groups = UnionFind(range(len(items)))
    for left, right in _candidate_pairs(items):
        # Once in one group, a pair needs no check: the groups are closed under "same event".
        if (
            groups[left] != groups[right]
            and similarity(items[left], items[right], weight) >= SIMILARITY_THRESHOLD
        ):
            groups.union(left, right)
    clusters: dict[int, list[_Item]] = defaultdict(list)
    for index, item in enumerate(items):
        clusters[groups[index]].append(item)
    return list(clusters.values())


def _candidate_pairs(items: list[_Item]) -> Iterator[tuple[int, int]]:
    """Pairs of mentions that might be one event: those :func:`similarity` can score above 0
    share an entity, a type, a modality and an agent, so these four make the blocks."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        for entity in item.entities:
            blocks[entity, item.mention.type, item.mention.modality, item.agent].append(index)
    for members in blocks.values():
        if len(members) <= _MAX_BLOCK:
            yield from combinations(members, 2)
            continue
        members = sorted(members, key=lambda index: (items[index].mention.date.start or date.min, index))
        for position, left in enumerate(members):
            for right in members[position + 1 : position + 1 + _WINDOW]:
                yield left, right


def similarity(left: _Item, right: _Item, weight: dict[str, float]) -> float:
    """0 for mentions that cannot be one event; else the weighted overlap of their features."""
    if left.mention.type != right.mention.type or left.mention.modality != right.mention.modality:
        return 0.0
    if left.agent != right.agent:
        return 0.0
    if not _compatible(left.mention.date, right.mention.date):
        return 0.0
    shared = left.features & right.features
    if not any(feature.startswith("e:") for feature in shared) and left.agent is None:
        return 0.0
    # Overlap relative to the smaller mention: a one-line quote can repeat part of a long lead.
    smaller = min(sum(weight[f] for f in left.features), sum(weight[f] for f in right.features))
    return sum(weight[feature] for feature in shared) / smaller if smaller else 0.0


def _compatible(left: DateValue, right: DateValue) -> bool:
    if not left.is_resolved or not right.is_resolved:
        return True
    left_end = left.end or date.max
    right_end = right.end or date.max
    return left.start <= right_end and right.start <= left_end


def _infer_publication_dates(clusters: list[list[_Item]], articles: dict[str, Article]) -> bool:
    """Date undated articles by the latest day their merged events happened on elsewhere."""
    evidence: dict[str, list[date]] = defaultdict(list)
    for cluster in clusters:
        dated = [
            item.mention.date
            for item in cluster
            if articles[item.mention.article].published is not None and item.mention.date.granularity == "day"
        ]
        if not dated:
            continue
        for item in cluster:
            if articles[item.mention.article].published is None:
                evidence[item.mention.article].extend(value.end for value in dated)
    for article_id, days in evidence.items():
        article = articles[article_id]
        # A report is published on or after the day of everything it reports.
        article.published = max(days)
        article.published_basis = PublishedBasis.INFERRED
    return bool(evidence)


def _redate(mention: EventMention, article: Article) -> DateValue:
    if article.published_basis != PublishedBasis.INFERRED:
        return mention.date
    time = mention.time
    if time is not None and time.date.basis == Basis.UNRESOLVED:
        value = normalise(time.text, article.published, time.tense)
        if value.basis == Basis.RELATIVE:
            value = replace(value, basis=Basis.RELATIVE_INFERRED)
        time = replace(time, date=value)
        mention.time = time
    return event_date(time, mention.tense, article.published, Basis.INFERRED_PUBLICATION)


def _event(cluster: list[_Item], entities: dict[str, Entity], articles: dict[str, Article]) -> Event:
    cluster = sorted(
        cluster,
        key=lambda item: (
            _BASIS_RANK[item.mention.date.basis],
            item.agent is None,
            item.mention.article,
            item.mention.source.start,
        ),
    )
    best = cluster[0].mention
    roles: dict[str, str] = {}
    for item in cluster:
        for entity, role in item.entities.items():
            if entity not in roles or _ROLE_RANK[role] < _ROLE_RANK[roles[entity]]:
                roles[entity] = role
    participants = sorted(
        (
            Participant(entity, entities[entity].name, entities[entity].type, role)
            for entity, role in roles.items()
        ),
        key=lambda p: (_ROLE_RANK[p.role], p.entity),
    )
    # Two mentions of one sentence (a verb and its event noun) are one source, listed once.
    by_sentence = {}
    for item in cluster:
        by_sentence.setdefault((item.mention.article, item.mention.source.start), item.mention)
    sources = sorted(
        (_source(mention, articles[mention.article]) for mention in by_sentence.values()),
        key=lambda source: (source.article, source.start),
    )
    resolved = [item.mention.date for item in cluster if item.mention.date.is_resolved]
    conflict = any(not _compatible(a, b) for a in resolved for b in resolved)
    stories = {source.copy_of or source.article for source in sources}
    return Event(
        id=_event_id(item.mention for item in cluster),
        label=best.label,
        type=best.type,
        trigger=best.trigger,
        date=best.date,
        participants=participants,
        places=[p.entity for p in participants if p.role == "place"],
        sources=sources,
        modality=best.modality,
        quote=best.quote,
        speaker=best.speaker,
        date_conflict=conflict,
        outlets=sorted({source.outlet for source in sources if source.outlet}),
        independent_sources=len(stories),
    )


def _source(mention: EventMention, article: Article) -> EventSource:
    return EventSource(
        article.id,
        article.title,
        article.url,
        article.published,
        mention.source.sentence,
        mention.source.start,
        mention.source.end,
        mention.date,
        article.outlet,
        article.duplicate_of,
    )


def _event_id(mentions: Iterable[EventMention]) -> str:
    """A hash of where its triggers stand: two events of one sentence get different ids."""
    key = "|".join(sorted(f"{mention.article}:{mention.trigger_start}" for mention in mentions))
    return "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def _event_order(event: Event):
    return (event.date.start or date.max, event.sources[0].article, event.sources[0].start)
