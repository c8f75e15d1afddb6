"""``graphbuild eval meantime DIR``: names, entities across articles and dated events.

Three measures against MEANTIME's gold annotation, on the same run of the whole pipeline
(each document is an article published on its creation time):

- **named mentions**: precision, recall and F1 of PER, ORG and LOC names (gold: entity
  mentions of syntactic type NAM), exact character spans and type, in sentences 0 to 5, the
  region where every mention is annotated;
- **entities across articles**: gold named mentions are grouped by their corpus-level
  ``instance_id`` (or by document-level entity when they have none), ours by the entity they
  were linked to; scored with MUC, B-cubed and CEAF-e, whose mean is the CoNLL F1. Only gold
  mentions we found (any overlap) are scored; how many that is is reported beside. Both
  measures are also given per topic when the documents are of several;
- **event anchoring**: of the corpus-level event instances with a known time anchor
  (``list_instances.csv``) that the given documents mention, how many we report: one of our
  event mentions has its trigger on a gold mention of the event, its date lies inside the gold
  anchor (at the gold's granularity), and one of its participants is linked to a gold
  participant of the event. A gold event with no participant in the annotation cannot meet
  that last test: it is counted apart (``unscored``), not in the recall. Also per topic (the
  folder a document sits in, e.g. corpus_gm).
- **roles**: precision, recall and F1 of (event, role, entity) against MEANTIME's
  HAS_PARTICIPANT links, Arg0 as agent and Arg1 as patient, in sentences 0 to 5: a gold link
  is found when one of our events has its trigger on the gold event mention and a participant
  of that role whose mention overlaps the gold entity mention. Precision is over the
  participants of our events whose trigger is on a gold event mention (what the measure
  is about is who took part, not which events were found). Per role and per topic.
"""

from __future__ import annotations

import calendar
import csv
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graphbuild.errors import BenchmarkDataError
from graphbuild.evaluation.coref import b_cubed, ceaf_e, muc
from graphbuild.evaluation.timex import (
    SCORED_SENTENCES,
    TimexReport,
    is_meantime,
    meantime_dct,
    meantime_text,
)

GOLD_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}


@dataclass(frozen=True)
class GoldMention:
    """An entity or event mention in a MEANTIME document."""

    start: int
    end: int
    type: str
    instance: str
    named: bool = False


# MEANTIME's PropBank roles and ours.
GOLD_ROLES = {"Arg0": "agent", "Arg1": "patient"}


@dataclass(frozen=True, order=True)
class GoldParticipant:
    """A HAS_PARTICIPANT link: the event mention's span, the role, the entity mention's span."""

    event_start: int
    event_end: int
    role: str
    start: int
    end: int


@dataclass
class MeantimeDoc:
    name: str
    text: str
    dct: date | None
    scored_until: int
    entities: list[GoldMention]
    events: list[GoldMention]
    topic: str = ""
    participants: list[GoldParticipant] = field(default_factory=list)


@dataclass(frozen=True)
class GoldEvent:
    """A corpus-level event instance with its time anchor and participant instances."""

    instance: str
    anchor: str
    participants: frozenset[str]


@dataclass
class EntityReport:
    documents: int
    mentions: dict[str, dict[str, float]]
    clusters: dict
    anchoring: dict
    roles: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "named_mentions": self.mentions,
            "entity_clusters": self.clusters,
            "event_anchoring": self.anchoring,
            "roles": self.roles,
        }

    def __str__(self) -> str:
        lines = ["\nnamed mentions (sentences 0-5; exact span and type, or overlapping with the same type):"]
        width = max([19, *map(len, self.mentions)])
        lines.append(f"  {'':<{width}}  gold  found   P      R      F1")
        for label, row in self.mentions.items():
            lines.append(
                f"  {label:<{width}} {row['gold']:>5.0f} {row['system']:>6.0f}  "
                f"{row['p']:.3f}  {row['r']:.3f}  {row['f1']:.3f}"
            )
        c = self.clusters
        lines.append(
            f"\nentities across articles ({c['scored']:.0f} of {c['gold_mentions']:.0f} gold named mentions "
            f"found, {c['gold_entities']:.0f} gold entities):"
        )
        for metric in ("muc", "b3", "ceafe"):
            p, r, f1 = (c[f"{metric}_{part}"] for part in ("p", "r", "f1"))
            lines.append(f"  {metric:<6} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
        lines.append(f"  CoNLL F1 {c['conll_f1']:.3f}")
        for topic, row in c.get("by_topic", {}).items():
            lines.append(
                f"  {topic:<19} scored {row['scored']:>4.0f}  gold entities {row['gold_entities']:>4.0f}  "
                f"MUC {row['muc_f1']:.3f}  B3 {row['b3_f1']:.3f}  CEAF-e {row['ceafe_f1']:.3f}  "
                f"CoNLL F1 {row['conll_f1']:.3f}"
            )
        a = self.anchoring
        if not a["gold"] and not a.get("unscored"):
            lines.append("\nevent anchoring: no list_instances.csv with dated events, not measured")
            return "\n".join(lines)
        lines.append(
            f"\nevent anchoring ({a['gold']:.0f} gold events with a known date and a participant, "
            f"{a['unscored']:.0f} with none not scored): "
            f"found {a['found']:.0f}, dated right {a['dated']:.0f}, "
            f"with a right participant {a['anchored']:.0f}; recall {a['recall']:.3f}"
        )
        for topic, row in a.get("by_topic", {}).items():
            lines.append(
                f"  {topic:<19} gold {row['gold']:>4.0f}  found {row['found']:>4.0f}  "
                f"dated {row['dated']:>4.0f}  anchored {row['anchored']:>4.0f}  recall {row['recall']:.3f}"
            )
        if self.roles:
            lines.append("\nroles (HAS_PARTICIPANT Arg0 = agent, Arg1 = patient; sentences 0-5):")
            lines.append("                       gold  ours    P      R      F1")
            for label, row in self.roles.items():
                lines.append(
                    f"  {label:<19} {row['gold']:>5.0f} {row['system']:>5.0f}  "
                    f"{row['p']:.3f}  {row['r']:.3f}  {row['f1']:.3f}"
                )
        return "\n".join(lines)


@dataclass
class MeantimeReport:
    """``eval meantime``: the time expressions, then names, entities and dated events."""

    time: TimexReport
    entities: EntityReport

    def as_dict(self) -> dict:
        return self.time.as_dict() | self.entities.as_dict()

    def __str__(self) -> str:
        return f"{self.time}\n{self.entities}"


def read_meantime_documents(folder: str | Path) -> list[MeantimeDoc]:
    """Every MEANTIME document under ``folder`` with its entity and event mentions."""
    paths = sorted(path for path in Path(folder).rglob("*.xml") if is_meantime(path))
    if not paths:
        raise BenchmarkDataError(f"no MEANTIME .xml documents under {folder}")
    return [_read_document(path) for path in paths]


def read_gold_events(folder: str | Path) -> list[GoldEvent]:
    """The event instances of ``list_instances.csv`` with a known date: none if there is no such file.

    The file is looked for under ``folder`` and then in the folders above it (it sits at the
    top of MEANTIME, above the per-topic folders).
    """
    folder = Path(folder).resolve()
    found = sorted(folder.rglob("list_instances.csv")) or [
        parent / "list_instances.csv"
        for parent in folder.parents
        if (parent / "list_instances.csv").is_file()
    ]
    if not found:
        return []
    events = []
    with found[0].open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            anchor = (row.get("TIME") or "").strip()
            if row.get("TYPE") != "EVENT" or not anchor or anchor.startswith("XXXX"):
                continue
            parts = (row.get("HAS_PARTS") or "").split()
            participants = frozenset(part.rsplit("_", 1)[0] for part in parts)
            events.append(GoldEvent(row["#ID"], anchor, participants))
    return events


def _read_document(path: Path) -> MeantimeDoc:
    root = ET.parse(path).getroot()
    text, spans, sentence_starts = meantime_text(root)
    markables = root.find("Markables")
    targets: dict[str, tuple[str, str]] = {}
    mentions: dict[str, tuple[str, int, int, bool]] = {}
    for element in markables if markables is not None else ():
        m_id = element.get("m_id", "")
        if element.tag in ("ENTITY", "EVENT"):
            instance = element.get("instance_id") or f"{path.stem}#{m_id}"
            targets[m_id] = (element.get("ent_type") or element.tag, instance)
        elif element.tag in ("ENTITY_MENTION", "EVENT_MENTION"):
            anchors = [spans[a.get("t_id")] for a in element.iter("token_anchor") if a.get("t_id") in spans]
            if anchors:
                start, end = min(s for s, _ in anchors), max(e for _, e in anchors)
                # A name, whole or as a premodifier ("the Boeing 787").
                named = element.get("syntactic_type") in ("NAM", "PRE.NAM")
                mentions[m_id] = (element.tag, start, end, named)
    entities, events = [], []
    relations = root.find("Relations")
    participants = []
    for link in relations.iter("HAS_PARTICIPANT") if relations is not None else ():
        role = GOLD_ROLES.get(link.get("sem_role", ""))
        source, target = link.find("source"), link.find("target")
        if role is None or source is None or target is None:
            continue
        event, entity = mentions.get(source.get("m_id", "")), mentions.get(target.get("m_id", ""))
        if event is not None and entity is not None:
            participants.append(GoldParticipant(event[1], event[2], role, entity[1], entity[2]))
    for link in relations.iter("REFERS_TO") if relations is not None else ():
        target = link.find("target")
        referent = targets.get(target.get("m_id", "")) if target is not None else None
        if referent is None:
            continue
        # One link ties every mention of the entity (or event) to it.
        for source in link.iter("source"):
            mention = mentions.get(source.get("m_id", ""))
            if mention is None:
                continue
            tag, start, end, named = mention
            gold = GoldMention(start, end, referent[0], referent[1], named)
            (entities if tag == "ENTITY_MENTION" else events).append(gold)
    entities.sort(key=lambda m: (m.start, m.end))
    events.sort(key=lambda m: (m.start, m.end))
    scored_until = sentence_starts.get(SCORED_SENTENCES, len(text))
    dct = meantime_dct(root, text, sentence_starts)
    participants = sorted(p for p in participants if p.event_end <= scored_until)
    return MeantimeDoc(path.stem, text, dct, scored_until, entities, events, path.parent.name, participants)


def evaluate_entities(
    docs: Sequence[MeantimeDoc], gold_events: Sequence[GoldEvent], model: str | None = None
) -> EntityReport:
    """Run the whole pipeline on ``docs`` and score names, entity clusters and event anchoring."""
    from graphbuild.model import Article, ArticleAnalysis, PublishedBasis
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from

    articles = [
        Article(doc.name, doc.name, doc.text, published=doc.dct, published_basis=PublishedBasis.METADATA)
        for doc in docs
    ]
    result = build_from(articles, BuildOptions(model=model))
    # An article whose analysis failed (skipped by the build) found nothing.
    analysed = {analysis.article.id: analysis for analysis in result.analyses}
    analyses = [analysed.get(article.id) or ArticleAnalysis(article, [], [], []) for article in articles]
    mention_entity = result.mention_entity
    linked = _linked_entities(docs, analyses, mention_entity)
    return EntityReport(
        len(docs),
        score_mentions(docs, analyses),
        score_clusters_by_topic(docs, linked),
        score_anchoring(docs, analyses, mention_entity, linked, gold_events),
        score_roles(docs, analyses),
    )


def _linked_entities(docs, analyses, mention_entity) -> list[list[str | None]]:
    """For each gold entity mention of each document, the entity our mention over it is linked to."""
    return [
        [
            None if index is None else mention_entity[(analysis.article.id, index)]
            for index in (
                _overlapping(analysis.entities, m.start, m.end, GOLD_TYPES.get(m.type)) for m in doc.entities
            )
        ]
        for doc, analysis in zip(docs, analyses, strict=True)
    ]


def score_mentions(docs, analyses) -> dict[str, dict[str, float]]:
    """Exact (same span and type) and overlapping (any shared character, same type) matches,
    per type and in all; in all per topic too ("corpus_gm all") when the documents are of
    several topics."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    several = len({doc.topic for doc in docs}) > 1
    for doc, analysis in zip(docs, analyses, strict=True):
        gold = {
            (m.start, m.end, GOLD_TYPES[m.type])
            for m in doc.entities
            if m.named and m.type in GOLD_TYPES and m.end <= doc.scored_until
        }
        ours = {(m.start, m.end, m.type) for m in analysis.entities if m.end <= doc.scored_until}
        for label in ("PERSON", "ORG", "PLACE"):
            g = {item for item in gold if item[2] == label}
            s = {item for item in ours if item[2] == label}
            found = sum(any(_overlap(item, other) for other in s) for item in g)
            right = sum(any(_overlap(item, other) for other in g) for item in s)
            for key in (label, "all", *([f"{doc.topic} all"] if several else [])):
                counts[key].update(gold=len(g), system=len(s), right=len(g & s))
                counts[f"{key} (overlap)"].update(gold=len(g), system=len(s), found=found, right=right)
    return {label: _prf(counts[label]) for label in sorted(counts, key=_mention_order)}


def _mention_order(label: str) -> tuple[int, str]:
    """All first, then each type, then each topic's all."""
    kinds = ["all", "PERSON", "ORG", "PLACE"]
    first = label.split()[0]
    return (kinds.index(first) if first in kinds else len(kinds), label)


def _overlap(left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    return left[0] < right[1] and right[0] < left[1]


def _prf(count: Counter[str]) -> dict[str, float]:
    """Precision from system items that are right, recall from gold items found (or right)."""
    found = count["found"] if "found" in count else count["right"]
    p = count["right"] / count["system"] if count["system"] else 0.0
    r = found / count["gold"] if count["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": count["gold"], "system": count["system"], "p": p, "r": r, "f1": f1}


def _overlapping(mentions, start: int, end: int, kind: str | None = None) -> int | None:
    """The index of the mention that overlaps [start, end) most, one of type ``kind`` first
    ("American automaker Chrysler" is Chrysler, not the "American" inside it), or None."""
    best, best_rank = None, (False, 0)
    for index, mention in enumerate(mentions):
        overlap = min(end, mention.end) - max(start, mention.start)
        rank = (mention.type == kind, overlap)
        if overlap > 0 and rank > best_rank:
            best, best_rank = index, rank
    return best


def score_clusters_by_topic(docs, linked) -> dict:
    """:func:`score_clusters` of all the documents, and of each topic's apart (``by_topic``)
    when they are of several: the entities are those linked across all of them."""
    scores: dict = score_clusters(docs, linked)
    topics = sorted({doc.topic for doc in docs})
    if len(topics) > 1:
        scores["by_topic"] = {}
        for topic in topics:
            pairs = [
                (doc, entities) for doc, entities in zip(docs, linked, strict=True) if doc.topic == topic
            ]
            scores["by_topic"][topic] = score_clusters([doc for doc, _ in pairs], [e for _, e in pairs])
    return scores


def score_clusters(docs, linked) -> dict[str, float]:
    gold: dict[tuple[str, int, int], str] = {}
    ours: dict[tuple[str, int, int], str] = {}
    total = 0
    for doc, entities in zip(docs, linked, strict=True):
        for mention, entity in zip(doc.entities, entities, strict=True):
            if not (mention.named and mention.type in GOLD_TYPES):
                continue
            total += 1
            if entity is not None:
                key = (doc.name, mention.start, mention.end)
                gold[key] = mention.instance
                ours[key] = entity
    key_clusters, response_clusters = _clusters(gold), _clusters(ours)
    scores = {"gold_mentions": total, "scored": len(gold), "gold_entities": len(key_clusters)}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        p, r, f1 = metric(key_clusters, response_clusters)
        scores |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f1}
    scores["conll_f1"] = (scores["muc_f1"] + scores["b3_f1"] + scores["ceafe_f1"]) / 3
    return scores


def _clusters(assignment: dict) -> list[frozenset]:
    groups: dict[str, set] = defaultdict(set)
    for item, cluster in assignment.items():
        groups[cluster].add(item)
    return [frozenset(group) for _, group in sorted(groups.items())]


def score_roles(docs, analyses) -> dict[str, dict[str, float]]:
    """(event, role, entity) against HAS_PARTICIPANT, per role ("agent", "patient"), overall
    ("all") and per topic ("corpus_gm agent")."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, analysis in zip(docs, analyses, strict=True):
        event_spans = {(m.start, m.end) for m in doc.events if m.end <= doc.scored_until}
        ours = []
        for event in analysis.events:
            span = next((s for s in event_spans if s[0] <= event.trigger_start < s[1]), None)
            if span is None:
                continue
            for role in event.roles:
                if role.role in ("agent", "patient"):
                    mention = analysis.entities[role.mention]
                    ours.append((span, role.role, mention.start, mention.end))
        ours = sorted(set(ours))
        for role in ("agent", "patient"):
            gold = [p for p in doc.participants if p.role == role]
            system = [o for o in ours if o[1] == role]
            found = sum(any(_role_match(g, o) for o in system) for g in gold)
            right = sum(any(_role_match(g, o) for g in gold) for o in system)
            for key in {"all", role, f"{doc.topic} {role}".strip()}:
                counts[key].update(gold=len(gold), system=len(system), found=found, right=right)
    return {label: _prf(counts[label]) for label in sorted(counts, key=lambda k: (k != "all", " " in k, k))}


def _role_match(gold: GoldParticipant, ours: tuple) -> bool:
    (event_start, event_end), _, start, end = ours
    return (
        (event_start, event_end) == (gold.event_start, gold.event_end)
        and start < gold.end
        and gold.start < end
    )


def anchor_interval(anchor: str) -> tuple[date, date] | None:
    """The days a MEANTIME time anchor covers: '2009-01-XX' is January 2009.

    >>> anchor_interval("2009-01-XX")
    (datetime.date(2009, 1, 1), datetime.date(2009, 1, 31))
    """
    parts = anchor.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def score_anchoring(docs, analyses, mention_entity, linked, gold_events: Iterable[GoldEvent]) -> dict:
    """Recall of dated gold events, overall and per topic.

    Only gold events that one of ``docs`` mentions count: ``list_instances.csv`` lists the
    events of the whole corpus, and a folder of one topic cannot find the others. Nor do those
    with no gold participant, which no participant of ours can match: they are ``unscored``.
    """
    # Which gold entity instances each of our entities stands for, through overlapping mentions.
    instances_of: dict[str, set[str]] = defaultdict(set)
    event_mentions: dict[str, list[tuple[MeantimeDoc, GoldMention]]] = defaultdict(list)
    ours_by_doc = {}
    for doc, analysis, entities in zip(docs, analyses, linked, strict=True):
        for mention, entity in zip(doc.entities, entities, strict=True):
            if entity is not None:
                instances_of[entity].add(mention.instance)
        for mention in doc.events:
            event_mentions[mention.instance].append((doc, mention))
        ours_by_doc[doc.name] = analysis
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in gold_events:
        mentions = event_mentions.get(event.instance)
        if not mentions:
            continue
        topics = {"all"} | {doc.topic or "all" for doc, _ in mentions}
        if not event.participants:
            for topic in topics:
                counts[topic]["unscored"] += 1
            continue
        outcome = _anchoring_outcome(event, mentions, ours_by_doc, instances_of, mention_entity)
        for topic in topics:
            counts[topic]["gold"] += 1
            counts[topic].update(outcome)
    scores = _anchoring_scores(counts["all"])
    topics = sorted(topic for topic in counts if topic != "all")
    if topics:
        scores["by_topic"] = {topic: _anchoring_scores(counts[topic]) for topic in topics}
    return scores


def _anchoring_scores(count: Counter[str]) -> dict[str, float]:
    total = count["gold"]
    return {
        "gold": total,
        "found": count["found"],
        "dated": count["dated"],
        "anchored": count["anchored"],
        "unscored": count["unscored"],
        "recall": count["anchored"] / total if total else 0.0,
    }


def _anchoring_outcome(event, mentions, ours_by_doc, instances_of, mention_entity) -> list[str]:
    """How far one gold event got: found, dated right, with a right participant."""
    interval = anchor_interval(event.anchor)
    ours = [
        ev
        for doc, mention in mentions
        for ev in ours_by_doc[doc.name].events
        if any(
            offset is not None and mention.start <= offset < mention.end
            for offset in (ev.trigger_start, ev.noun_start)
        )
    ]
    if not ours:
        return []
    right_date = [
        ev
        for ev in ours
        if interval
        and ev.date.start
        and ev.date.end
        and interval[0] <= ev.date.start <= ev.date.end <= interval[1]
    ]
    if not right_date:
        return ["found"]
    if any(
        instances_of.get(mention_entity[(ev.article, role.mention)], set()) & event.participants
        for ev in right_date
        for role in ev.roles
    ):
        return ["found", "dated", "anchored"]
    return ["found", "dated"]
