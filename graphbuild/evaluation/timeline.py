"""``graphbuild eval timeline DIR``: entity timelines against SemEval-2015 Task 4 (TimeLine).

A corpus is a folder holding news documents in CAT XML and a folder of gold timelines, one
file per target entity: its name on the first line, then ``ORDER<TAB>DATE<TAB>DOCID-SENTENCE-WORD``
lines (more mentions of the same event may follow on the line; ``XXXX-XX-XX`` is an unknown
date). The whole pipeline runs on the documents (each published on its creation time); an
entity's timeline is our merged events in which it takes part. One of our events matches one
gold event when one of its sources is in the same document and sentence as one of the gold
event's mentions and the dates agree: ours lies inside the gold date at the gold's
granularity (``2008-03`` takes any day of March 2008), or both are unknown. Precision,
recall and F1 are counted over all target entities (micro-averaged) and given in percent,
as the task reported them; the same figures ignoring dates show how much the dates cost.
"""

from __future__ import annotations

import calendar
import re
import time
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graphbuild.errors import BenchmarkDataError
from graphbuild.evaluation.timex import is_meantime, meantime_dct, meantime_text

_GOLD_LINE = re.compile(r"^\d+\t\S+(\t\d+-\d+-\S+)+$")


@dataclass(frozen=True)
class GoldItem:
    """One event on a gold timeline: its date and where it is mentioned (document, sentence)."""

    date: str
    mentions: frozenset[tuple[str, int]]


@dataclass
class TimelineDoc:
    doc_id: str
    text: str
    dct: date | None
    # The first character of each sentence, in order, and that sentence's number.
    sentence_starts: list[int]
    sentence_numbers: list[int]

    def sentence_at(self, offset: int) -> int:
        """The number of the sentence holding character ``offset``."""
        return self.sentence_numbers[max(bisect_right(self.sentence_starts, offset) - 1, 0)]


@dataclass
class TimelineCorpus:
    name: str
    documents: list[TimelineDoc]
    timelines: dict[str, list[GoldItem]]


@dataclass
class Score:
    gold: int = 0
    ours: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.ours += other.ours
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return 100 * self.matched / self.ours if self.ours else 0.0

    @property
    def recall(self) -> float:
        return 100 * self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "gold": self.gold,
            "ours": self.ours,
            "matched": self.matched,
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
        }


@dataclass
class TimelineReport:
    corpora: list[str]
    documents: int
    seconds: float
    dated: Score = field(default_factory=Score)
    undated: Score = field(default_factory=Score)
    entities: dict[str, tuple[Score, Score]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "corpora": self.corpora,
            "documents": self.documents,
            "seconds": round(self.seconds, 1),
            "with_dates": self.dated.as_dict(),
            "ignoring_dates": self.undated.as_dict(),
            "entities": {
                name: {"with_dates": dated.as_dict(), "ignoring_dates": undated.as_dict()}
                for name, (dated, undated) in self.entities.items()
            },
        }

    def __str__(self) -> str:
        lines = [
            f"timeline: {len(self.corpora)} corpora ({', '.join(self.corpora)}), {self.documents} documents, "
            f"{len(self.entities)} target entities; {self.seconds:.1f} s",
            f"{'':28}{'gold':>6}{'ours':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}",
        ]
        for label, score in (("all, dates compared", self.dated), ("all, ignoring dates", self.undated)):
            lines.append(_row(label, score))
        for name, (score, _) in sorted(self.entities.items()):
            lines.append(_row("  " + name[:26], score))
        return "\n".join(lines)


def _row(label: str, score: Score) -> str:
    return (
        f"{label:<28}{score.gold:>6}{score.ours:>6}{score.matched:>7}"
        f"{score.precision:>8.2f}{score.recall:>8.2f}{score.f1:>8.2f}"
    )


def read_gold_timeline(path: Path) -> tuple[str, list[GoldItem]] | None:
    """A gold timeline file: the entity's name and its events; None if ``path`` is not one."""
    lines = [line.rstrip("\r\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines or not all(_GOLD_LINE.match(line) for line in lines[1:]):
        return None
    items = []
    for line in lines[1:]:
        _, value, *mentions = line.split("\t")
        where = frozenset((doc, int(sentence)) for doc, sentence, _ in (m.split("-", 2) for m in mentions))
        items.append(GoldItem(value, where))
    return lines[0].strip(), items


def read_document(path: Path) -> TimelineDoc:
    root = ET.parse(path).getroot()
    text, _, starts = meantime_text(root)
    numbers = sorted(starts, key=starts.__getitem__)
    doc_id = root.get("doc_id") or path.stem.split("_")[0]
    return TimelineDoc(doc_id, text, meantime_dct(root, text, starts), [starts[n] for n in numbers], numbers)


def find_corpora(folder: str | Path) -> list[TimelineCorpus]:
    """Every corpus under ``folder``: a folder of gold timelines and the CAT documents beside it."""
    folder = Path(folder)
    corpora = []
    gold_folders = sorted({path.parent for path in folder.rglob("*.txt")})
    for gold_folder in gold_folders:
        timelines = {}
        for path in sorted(gold_folder.glob("*.txt")):
            read = read_gold_timeline(path)
            if read is not None:
                timelines[read[0]] = read[1]
        if not timelines:
            continue
        home = gold_folder.parent
        documents = [read_document(path) for path in sorted(home.rglob("*.xml")) if is_meantime(path)]
        if documents:
            corpora.append(TimelineCorpus(str(home.relative_to(folder)) or home.name, documents, timelines))
    if not corpora:
        raise BenchmarkDataError(f"no gold timelines with CAT documents under {folder}")
    return corpora


def date_agrees(gold: str, start: date | None, end: date | None) -> bool:
    """Whether our interval lies inside the gold date, or both are unknown.

    >>> march = date(2008, 3, 1)
    >>> date_agrees("2008-03-XX", march, march), date_agrees("2008", march, None)
    (True, False)
    >>> date_agrees("XXXX-XX-XX", None, None), date_agrees("2008-03-02", march, march)
    (True, False)
    """
    known = [part for part in gold.split("-") if part.isdigit()]
    if not known or len(known[0]) != 4:
        return start is None
    if start is None or end is None:
        return False
    year = int(known[0])
    month = int(known[1]) if len(known) > 1 else None
    day = int(known[2]) if len(known) > 2 else None
    first = date(year, month or 1, day or 1)
    last = date(year, month or 12, day or calendar.monthrange(year, month or 12)[1])
    return first <= start and end <= last


def _names(entity) -> set[str]:
    return {re.sub(r"\W+", " ", name).strip().casefold() for name in (entity.name, *entity.aliases)}


OurItem = tuple[set[tuple[str, int]], date | None, date | None]


def score_timeline(gold: list[GoldItem], ours: list[OurItem], dates: bool) -> Score:
    """One-to-one matches, gold items in order, each taking the first of ours that fits."""
    taken = set()
    matched = 0
    for item in gold:
        for index, (places, start, end) in enumerate(ours):
            if index in taken or not places & item.mentions:
                continue
            if dates and not date_agrees(item.date, start, end):
                continue
            taken.add(index)
            matched += 1
            break
    return Score(len(gold), len(ours), matched)


def evaluate_timelines(corpora: Sequence[TimelineCorpus], model: str | None = None) -> TimelineReport:
    """Run the whole pipeline on each corpus and score every target entity's timeline."""
    from graphbuild import nlp as nlp_stage
    from graphbuild.model import Article, PublishedBasis
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from

    nlp_stage.load(model)  # before the clock starts, as every benchmark does
    started = time.perf_counter()
    report = TimelineReport([corpus.name for corpus in corpora], sum(len(c.documents) for c in corpora), 0.0)
    for corpus in corpora:
        by_id = {doc.doc_id: doc for doc in corpus.documents}
        articles = [
            Article(
                doc.doc_id, doc.doc_id, doc.text, published=doc.dct, published_basis=PublishedBasis.METADATA
            )
            for doc in corpus.documents
        ]
        result = build_from(articles, BuildOptions(model=model))
        for target, gold in corpus.timelines.items():
            wanted = re.sub(r"\W+", " ", target).strip().casefold()
            ids = {entity.id for entity in result.entities if wanted in _names(entity)}
            ours = [
                (
                    {(s.article, by_id[s.article].sentence_at(s.start)) for s in event.sources},
                    event.date.start,
                    event.date.end,
                )
                for event in result.events
                if any(p.entity in ids for p in event.participants)
            ]
            scores = score_timeline(gold, ours, dates=True), score_timeline(gold, ours, dates=False)
            report.entities[f"{corpus.name}: {target}"] = scores
            report.dated.add(scores[0])
            report.undated.add(scores[1])
    report.seconds = time.perf_counter() - started
    return report
