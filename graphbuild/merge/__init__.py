"""The merge stage: one event per happening, however many articles report it.

1. Each event mention is reduced to what can tell one happening from another
   (:mod:`graphbuild.merge.features`): its action, participants by role, date, type,
   modality and the content words of its sentence and of its article.
2. Candidate pairs come from blocks of mentions whose actions may be related, and each
   block is scored on its own (:mod:`graphbuild.merge.score`): cost stays near-linear in
   the number of mentions.
3. Mentions are clustered by average linkage (:mod:`graphbuild.merge.cluster`), within each
   article first (down to ``WITHIN_ARTICLE_THRESHOLD``), then across articles, down to
   ``MERGE_THRESHOLD``, by links across articles only. An event's
   ``confidence`` is the weakest average link that joined it; its ``independent_sources``
   count only the stories linked to each other by pairs scored ``CORROBORATION_CONFIDENCE``
   or above.

An article with no publication date of which several sentences merge with dated reports,
one of them firmly, all agreeing on when, gets its date inferred from them, and its relative dates are then
resolved against it, each saying so. Inferred dates are never evidence for another.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations

from networkx.utils import UnionFind

from graphbuild.events import event_date
from graphbuild.events.derivation import stem
from graphbuild.merge.cluster import Cluster, average_linkage
from graphbuild.merge.features import Corpus, MentionFeatures, content_words, quotation_of
from graphbuild.merge.score import candidate_blocks, score_block
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

__all__ = ["CORROBORATION_CONFIDENCE", "MERGE_THRESHOLD", "mention_features", "merge_events"]

# Mentions merge while the average probability over all their pairs reaches this (set on ECB+
# topics 1-25 and the real pages: lower merges more of one ECB+ topic and more wrongly on the pages).
MERGE_THRESHOLD = 0.45
# Within one article, a first pass merges only mentions this sure (a report rarely repeats
# itself in other words); the pass across articles then joins what it made by links across
# articles alone, down to MERGE_THRESHOLD.
WITHIN_ARTICLE_THRESHOLD = 0.8
# Sources linked to another source of their event by a pair scored at least this count as
# independent corroboration (and may date an undated article); the rest are listed, not counted.
CORROBORATION_CONFIDENCE = 0.7
# Dated reports that differ by more than this on when a happening was do not date an article.
_AGREEMENT = timedelta(days=7)
# An undated article is dated from other reports only through this many of its sentences
# (two reports of one happening often both tell it twice, in the lead and in the quote).
_SENTENCES_TO_DATE = 2
# Rarity is counted as if among at least this many articles (and mentions): in a build of a
# few articles on one story, the words they share would otherwise weigh next to nothing, and
# the same two reports would score lower than among many.
_REFERENCE_ARTICLES = 500
_REFERENCE_MENTIONS = 5000
# An article's profile keeps its heaviest terms only.
_PROFILE_TERMS = 100
_WORD_AT = re.compile(r"[^\W\d_]+")
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
# An event takes the finest date that one of its mentions gives of its own (not one taken from
# a publication date or the sentence), whatever mention gives its label.
_OWN_DATES = frozenset({Basis.EXPLICIT, Basis.RELATIVE, Basis.INHERITED})
_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}
_NOT_EVIDENCE = frozenset({Basis.UNRESOLVED, Basis.RELATIVE_INFERRED, Basis.INFERRED_PUBLICATION})
_ROLE_RANK = {"agent": 0, "patient": 1, "recipient": 2, "theme": 3, "place": 4}


def merge_events(
    analyses: list[ArticleAnalysis],
    entities: list[Entity],
    mention_entity: dict[tuple[str, int], str],
    vectors: Mapping[str, Sequence[float]] | None = None,
) -> list[Event]:
    """Cluster the event mentions of all articles into events, inferring missing dates.

    ``vectors`` (word -> vector), if given, also compares actions that no rule relates.
    Undated articles whose events merge with dated ones get ``published`` and
    ``published_basis`` set on their :class:`Article` here.
    """
    articles = {analysis.article.id: analysis.article for analysis in analyses}
    mentions = [mention for analysis in analyses for mention in analysis.events]
    features, corpus = mention_features(analyses, mention_entity, vectors)
    scores: dict[tuple[int, int], float] = {}
    for block in candidate_blocks(features):
        for low, high, probability in score_block([features[i] for i in block], corpus):
            scores[low, high] = probability
    clusters = _cluster(features, scores)
    firm = {pair for pair, score in scores.items() if score >= CORROBORATION_CONFIDENCE}
    if _infer_publication_dates(clusters, scores, mentions, articles):
        for mention in mentions:
            mention.date = _redate(mention, articles[mention.article])
    by_id = {entity.id: entity for entity in entities}
    events = [_event(cluster, firm, mentions, features, by_id, articles) for cluster in clusters]
    return sorted(events, key=_event_order)


def mention_features(
    analyses: list[ArticleAnalysis],
    mention_entity: dict[tuple[str, int], str],
    vectors: Mapping[str, Sequence[float]] | None = None,
) -> tuple[list[MentionFeatures], Corpus]:
    """What the pair score compares of each event mention (in the order of ``analyses`` and
    their events), and of all of them at once."""
    features: list[MentionFeatures] = []
    for analysis in analyses:
        starts = sorted({mention.source.start for mention in analysis.events})
        position = {start: number for number, start in enumerate(starts)}
        for mention in analysis.events:
            features.append(
                _features(len(features), mention, analysis, mention_entity, position[mention.source.start])
            )
    return features, _corpus(features, analyses, mention_entity, vectors)


def _features(
    index: int,
    mention: EventMention,
    analysis: ArticleAnalysis,
    mention_entity: dict[tuple[str, int], str],
    position: int,
) -> MentionFeatures:
    roles: dict[str, str] = {}
    for role in mention.roles:
        entity = mention_entity[(analysis.article.id, role.mention)]
        if entity not in roles or _ROLE_RANK[role.role] < _ROLE_RANK[roles[entity]]:
            roles[entity] = role.role
    agent = next((entity for entity, role in roles.items() if role == "agent"), None)
    actions = [mention.lemma.lower()]
    if mention.noun_start is not None:
        noun = _WORD_AT.match(analysis.article.text, mention.noun_start)
        if noun is not None:
            actions.append(noun.group().lower())
    words = set(content_words(mention.source.sentence)) | {stem(word) for word in mention.keywords}
    article = analysis.article
    said: frozenset[str] = frozenset()
    if mention.type == "statement":
        quotation = quotation_of(article.text, mention.source.start, mention.source.end)
        if quotation:
            # What a quoted statement says is its quotation, whole: across the sentences it
            # was split into and the quotes that go on from it, never the occasion around it.
            said = frozenset(content_words(quotation))
        else:
            # Else its sentence without the verb of saying and the names of the occasion
            # (speaker, audience), keeping those it speaks about.
            content = words - {
                word
                for role in mention.roles
                if not role.content
                for word in content_words(analysis.entities[role.mention].text)
            }
            said = frozenset(content - {stem(action) for action in actions})
    return MentionFeatures(
        index=index,
        article=article.id,
        story=article.duplicate_of or article.id,
        sentence=mention.source.start,
        position=position,
        actions=tuple(dict.fromkeys(actions)),
        type=mention.type,
        modality=mention.modality,
        agent=agent,
        entities=tuple(sorted(roles.items())),
        spoken=frozenset(
            mention_entity[(article.id, role.mention)] for role in mention.roles if role.content
        ),
        date=mention.date,
        words=frozenset(words),
        said=said,
    )


def _corpus(
    features: list[MentionFeatures],
    analyses: list[ArticleAnalysis],
    mention_entity: dict[tuple[str, int], str],
    vectors: Mapping[str, Sequence[float]] | None,
) -> Corpus:
    """Rarity weights, log(1 + N / df), of entities and words over the mentions, and each
    article's profile: its words and entities, tf-idf weighted over the articles."""
    total = len(features) or 1
    entity_count = Counter(entity for mention in features for entity, _ in mention.entities)
    word_count = Counter(word for mention in features for word in mention.words)
    terms: dict[str, Counter[str]] = {}
    for analysis in analyses:
        article = analysis.article.id
        counts = Counter(content_words(analysis.article.text))
        counts.update(
            "e:" + mention_entity[(article, index)]
            for index in range(len(analysis.entities))
            if (article, index) in mention_entity
        )
        terms[article] = counts
    frequency = Counter(term for counts in terms.values() for term in counts)
    profiles = {}
    for article, counts in terms.items():
        weights = {
            term: (1 + math.log(count)) * math.log(1 + max(len(terms), _REFERENCE_ARTICLES) / frequency[term])
            for term, count in counts.items()
        }
        kept = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:_PROFILE_TERMS]
        norm = math.sqrt(sum(weight * weight for _, weight in kept)) or 1.0
        profiles[article] = {term: weight / norm for term, weight in kept}
    reference = max(total, _REFERENCE_MENTIONS)
    action_count = Counter(stem(action) for mention in features for action in set(mention.actions))
    return Corpus(
        action_rarity={
            action: math.log(1 + reference / count) / math.log(1 + reference)
            for action, count in action_count.items()
        },
        entity_weight={
            entity: math.log(1 + max(total, _REFERENCE_MENTIONS) / count)
            for entity, count in entity_count.items()
        },
        word_weight={
            word: math.log(1 + max(total, _REFERENCE_MENTIONS) / count) for word, count in word_count.items()
        },
        articles=profiles,
        vectors=vectors,
    )


def _cluster(features: list[MentionFeatures], scores: dict[tuple[int, int], float]) -> list[Cluster]:
    """Within each article first, then across articles; each connected group of scored pairs
    is clustered on its own."""
    groups = UnionFind(range(len(features)))
    for left, right in scores:
        groups.union(left, right)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(features)):
        members[groups[index]].append(index)
    edges: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for pair, score in scores.items():
        edges[groups[pair[0]]][pair] = score
    clusters: list[Cluster] = []
    for root, items in members.items():
        pairs = edges[root]
        within = {(a, b): s for (a, b), s in pairs.items() if features[a].article == features[b].article}
        first = average_linkage([[item] for item in items], within, WITHIN_ARTICLE_THRESHOLD)
        # Across articles, only links across articles count: the first pass has judged those
        # within one report.
        across = {pair: score for pair, score in pairs.items() if pair not in within}
        clusters.extend(
            average_linkage(
                [cluster.members for cluster in first],
                across,
                MERGE_THRESHOLD,
                confidence=[cluster.confidence for cluster in first],
                group={item: features[item].article for item in items},
            )
        )
    return sorted(clusters, key=lambda cluster: cluster.members[0])


def _infer_publication_dates(
    clusters: list[Cluster],
    scores: Mapping[tuple[int, int], float],
    mentions: list[EventMention],
    articles: dict[str, Article],
) -> bool:
    """Date undated articles by the latest day that the mentions of dated reports merged with
    theirs happened on, when at least ``_SENTENCES_TO_DATE`` sentences of the article are
    linked so (by pairs that merge, one of them at least ``CORROBORATION_CONFIDENCE``) and all
    of it agrees within ``_AGREEMENT``. Only dates of the reports' own count: an inferred date
    is no evidence, so no inference chains from another."""

    def evidence_from(index: int) -> bool:
        article = articles[mentions[index].article]
        return (
            article.published is not None
            and article.published_basis != PublishedBasis.INFERRED
            and mentions[index].date.granularity == "day"
            and mentions[index].date.basis not in _NOT_EVIDENCE
        )

    # undated article -> its sentence (where it starts) -> the days its dated reports give
    evidence: dict[str, dict[int, list[date]]] = defaultdict(lambda: defaultdict(list))
    firmly_linked: set[str] = set()
    for cluster in clusters:
        for pair in combinations(sorted(cluster.members), 2):
            score = scores.get(pair, 0.0)
            if score < MERGE_THRESHOLD:
                continue
            for undated, dated in (pair, pair[::-1]):
                if articles[mentions[undated].article].published is None and evidence_from(dated):
                    article_id = mentions[undated].article
                    evidence[article_id][mentions[undated].source.start].append(mentions[dated].date.end)
                    if score >= CORROBORATION_CONFIDENCE:
                        firmly_linked.add(article_id)
    inferred = False
    for article_id, by_sentence in sorted(evidence.items()):
        days = [day for sentence_days in by_sentence.values() for day in sentence_days]
        # One sentence may share its words with another report by chance; several sentences,
        # each firmly linked and all agreeing on when, are the story.
        if (
            article_id not in firmly_linked
            or len(by_sentence) < _SENTENCES_TO_DATE
            or max(days) - min(days) > _AGREEMENT
        ):
            continue
        article = articles[article_id]
        # A report is published on or after the day of everything it reports.
        article.published = max(days)
        article.published_basis = PublishedBasis.INFERRED
        inferred = True
    return inferred


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


def _event(
    cluster: Cluster,
    firm: set[tuple[int, int]],
    mentions: list[EventMention],
    features: list[MentionFeatures],
    entities: dict[str, Entity],
    articles: dict[str, Article],
) -> Event:
    members = sorted(
        cluster.members,
        key=lambda index: (
            _BASIS_RANK[mentions[index].date.basis],
            features[index].agent is None,
            mentions[index].article,
            mentions[index].source.start,
        ),
    )
    best = mentions[members[0]]
    roles: dict[str, str] = {}
    for index in members:
        for entity, role in features[index].entities:
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
    for index in members:
        by_sentence.setdefault((mentions[index].article, mentions[index].source.start), mentions[index])
    sources = sorted(
        (_source(mention, articles[mention.article]) for mention in by_sentence.values()),
        key=lambda source: (source.article, source.start),
    )
    resolved = [mentions[index].date for index in members if mentions[index].date.is_resolved]
    conflict = any(not a.can_overlap(b) for a in resolved for b in resolved)
    # Stories count as independent sources when firm links join them, directly or through others.
    stories = UnionFind(features[index].story for index in members)
    for left, right in combinations(sorted(members), 2):
        if (left, right) in firm:
            stories.union(features[left].story, features[right].story)
    independent = max(len(group) for group in stories.to_sets())
    return Event(
        id=_event_id(mentions[index] for index in members),
        label=best.label,
        type=best.type,
        trigger=best.trigger,
        date=min((mentions[index].date for index in members), key=_date_precision),
        participants=participants,
        places=[p.entity for p in participants if p.role == "place"],
        sources=sources,
        modality=best.modality,
        quote=best.quote,
        speaker=best.speaker,
        date_conflict=conflict,
        outlets=sorted({source.outlet for source in sources if source.outlet}),
        independent_sources=independent,
        confidence=round(cluster.confidence, 3),
        triggers=sorted(
            {(mentions[index].article, mentions[index].trigger_start) for index in members}
            | {
                (mentions[index].article, start)
                for index in members
                for start, _ in mentions[index].coreferent
            },
            key=lambda position: (position[0], position[1] if position[1] is not None else -1),
        ),
    )


def _date_precision(value: DateValue) -> tuple[bool, int, int]:
    """Dates of the mentions' own first, the finest of them first: "in 2010" and "on Monday"
    (June 7, 2010) of one event date it to June 7."""
    return (
        value.basis not in _OWN_DATES,
        _GRANULARITY_RANK.get(value.granularity, len(_GRANULARITY_RANK)),
        _BASIS_RANK[value.basis],
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
