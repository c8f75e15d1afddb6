"""``graphbuild eval timeml DIR``, second part: are our events happenings?

Our event triggers against TimeML's EVENT tags (TempEval-3 TimeBank and AQUAINT): precision
(the share of our triggers on a word TimeML tags as an event), the share of ours that TimeML
calls a STATE, with the class of every matched trigger, and recall (the share of TimeML's
EVENT tags that hold one of our triggers: TimeML tags every state, noun and infinitive it
reads as an event, far more than a reader would list, so recall is low by design and is
watched only so that precision is not bought by dropping happenings). Per part of the corpus
(the folder a file is in): TimeBank is where we tune, AQUAINT is held out. TimeML does not tag
every word of every event a reader would list, but what it tags as no event, or as a STATE,
a reader would not list as a happening.

Precision is given twice: over every sentence, and over the sentences TimeML annotated, those
with at least one EVENT tag. Its annotators left some sentences of the body without any tag
although the guidelines tag every reporting verb and every occurrence ("he asked.", "Edward
L. Kane succeeded Mr. Taylor as chairman.", "Keating said."), so over every sentence our
triggers there count as wrong whether or not they are; but a sentence of nothing but states
("StatesWest serves 10 cities") is rightly left untagged, and only the first figure sees our
mistakes in it. Rules are judged on both.

Each document is built as an article published on its creation time, by the whole pipeline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from graphbuild.evaluation.timex import TimeDoc, TimexReport

__all__ = ["EventReport", "TimemlReport", "Trigger", "evaluate_happenings", "score_happenings"]

CLASSES = ("OCCURRENCE", "REPORTING", "I_ACTION", "I_STATE", "STATE", "ASPECTUAL", "PERCEPTION")


@dataclass(frozen=True)
class Trigger:
    """One of our event triggers: where its word starts, and its sentence's character span."""

    start: int
    sentence_start: int
    sentence_end: int


@dataclass
class EventReport:
    """Per part of the corpus: our triggers, how many TimeML tags, and their classes."""

    parts: dict[str, dict]
    misses: list[str]

    def as_dict(self) -> dict:
        return {"events": self.parts}

    def __str__(self) -> str:
        lines = ["\nour event triggers against TimeML EVENT tags (TimeBank tuned, AQUAINT held out):"]
        lines.append(
            "                 ours  tagged  precision  STATE share  recall  "
            "annotated: ours  precision  classes of the tagged"
        )
        for part, row in self.parts.items():
            classes = ", ".join(f"{name} {count}" for name, count in row["classes"].items() if count)
            lines.append(
                f"  {part:<14} {row['ours']:>5} {row['tagged']:>7}  {row['precision']:>9.3f}  "
                f"{row['state_share']:>11.3f}  {row['recall']:>6.3f}  {row['annotated_ours']:>15}  "
                f"{row['annotated_precision']:>9.3f}  {classes}"
            )
        return "\n".join(lines)


def evaluate_happenings(docs: Sequence[TimeDoc], model: str | None = None) -> EventReport:
    """Build ``docs`` with the whole pipeline and score our event triggers against their EVENT tags."""
    from graphbuild.model import Article, PublishedBasis
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from

    articles = [
        Article(doc.name, doc.name, doc.text, published=doc.dct, published_basis=PublishedBasis.METADATA)
        for doc in docs
    ]
    result = build_from(articles, BuildOptions(model=model))
    triggers: dict[str, set[Trigger]] = defaultdict(set)
    for analysis in result.analyses:
        triggers[analysis.article.id].update(
            Trigger(event.trigger_start, event.source.start, event.source.end) for event in analysis.events
        )
    return score_happenings(
        docs, [sorted(triggers[article.id], key=lambda t: t.start) for article in articles]
    )


def score_happenings(docs: Sequence[TimeDoc], triggers: Sequence[list[Trigger]]) -> EventReport:
    """Score each document's triggers against its EVENT tags.

    >>> from graphbuild.evaluation.timex import GoldEventTag
    >>> doc = TimeDoc("d", "He owns it and sold it. He asked.", None, [], events=[
    ...     GoldEventTag(3, 7, "owns", "STATE"), GoldEventTag(15, 19, "sold", "OCCURRENCE")], part="TimeBank")
    >>> ours = [Trigger(3, 0, 23), Trigger(15, 0, 23), Trigger(0, 0, 23), Trigger(27, 24, 33)]
    >>> row = score_happenings([doc], [ours]).parts["TimeBank"]
    >>> (row["ours"], row["tagged"], round(row["precision"], 3), round(row["state_share"], 3), row["recall"])
    (4, 2, 0.5, 0.25, 1.0)
    >>> (row["annotated_ours"], round(row["annotated_precision"], 3))
    (3, 0.667)
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    for doc, ours in zip(docs, triggers, strict=True):
        found = sum(1 for tag in doc.events if any(tag.start <= t.start < tag.end for t in ours))
        for part in ("all", doc.part or "all"):
            counts[part]["gold"] += len(doc.events)
            counts[part]["found"] += found
        for trigger in ours:
            tag = next((e for e in doc.events if e.start <= trigger.start < e.end), None)
            annotated = any(trigger.sentence_start <= e.start < trigger.sentence_end for e in doc.events)
            for part in ("all", doc.part or "all"):
                counts[part]["ours"] += 1
                counts[part]["annotated_ours"] += annotated
                if tag is not None:
                    counts[part]["tagged"] += 1
                    counts[part][tag.event_class] += 1
            if tag is None or tag.event_class == "STATE":
                end = doc.text.find(" ", trigger.start)
                word = doc.text[trigger.start : end if end > 0 else len(doc.text)]
                misses.append(f"{doc.part}/{doc.name}: {word!r} {tag.event_class if tag else 'not an EVENT'}")
    parts = {part: _scores(counts[part]) for part in sorted(counts, key=lambda p: (p != "all", p))}
    return EventReport(parts, misses)


def _scores(count: Counter[str]) -> dict:
    ours = count["ours"]
    # Every tagged trigger stands in an annotated sentence: the tag is one of its tags.
    annotated = count["annotated_ours"]
    return {
        "ours": ours,
        "tagged": count["tagged"],
        "precision": count["tagged"] / ours if ours else 0.0,
        "state_share": count["STATE"] / ours if ours else 0.0,
        "recall": count["found"] / count["gold"] if count["gold"] else 0.0,
        "annotated_ours": annotated,
        "annotated_precision": count["tagged"] / annotated if annotated else 0.0,
        "classes": {name: count[name] for name in CLASSES},
    }


@dataclass
class TimemlReport:
    """``eval timeml``: the time expressions, then whether our events are happenings."""

    time: TimexReport
    events: EventReport

    def as_dict(self) -> dict:
        return self.time.as_dict() | self.events.as_dict()

    def __str__(self) -> str:
        return f"{self.time}\n{self.events}"
