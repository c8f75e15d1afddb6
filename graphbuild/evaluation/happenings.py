"""``graphbuild eval timeml DIR``, second part: are our events happenings?

Our event triggers against TimeML's EVENT tags (TempEval-3 TimeBank and AQUAINT): precision
(the share of our triggers on a word TimeML tags as an event), and the share of ours that
TimeML calls a STATE, with the class of every matched trigger. Per part of the corpus (the
folder a file is in): TimeBank is where we tune, AQUAINT is held out. TimeML does not tag
every word of every event a reader would list, but what it tags as no event, or as a STATE,
a reader would not list as a happening.

Each document is built as an article published on its creation time, by the whole pipeline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from graphbuild.evaluation.timex import TimeDoc, TimexReport

__all__ = ["EventReport", "TimemlReport", "evaluate_happenings", "score_happenings"]

CLASSES = ("OCCURRENCE", "REPORTING", "I_ACTION", "I_STATE", "STATE", "ASPECTUAL", "PERCEPTION")


@dataclass
class EventReport:
    """Per part of the corpus: our triggers, how many TimeML tags, and their classes."""

    parts: dict[str, dict]
    misses: list[str]

    def as_dict(self) -> dict:
        return {"events": self.parts}

    def __str__(self) -> str:
        lines = ["\nour event triggers against TimeML EVENT tags (TimeBank tuned, AQUAINT held out):"]
        lines.append("                 ours  tagged  precision  STATE share  classes of the tagged")
        for part, row in self.parts.items():
            classes = ", ".join(f"{name} {count}" for name, count in row["classes"].items() if count)
            lines.append(
                f"  {part:<14} {row['ours']:>5} {row['tagged']:>7}  {row['precision']:>9.3f}  "
                f"{row['state_share']:>11.3f}  {classes}"
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
    triggers: dict[str, set[int]] = defaultdict(set)
    for analysis in result.analyses:
        triggers[analysis.article.id].update(event.trigger_start for event in analysis.events)
    return score_happenings(docs, [sorted(triggers[article.id]) for article in articles])


def score_happenings(docs: Sequence[TimeDoc], triggers: Sequence[list[int]]) -> EventReport:
    """Score each document's trigger offsets against its EVENT tags.

    >>> from graphbuild.evaluation.timex import GoldEventTag
    >>> doc = TimeDoc("d", "He owns it and sold it.", None, [], events=[GoldEventTag(3, 7, "owns", "STATE"),
    ...     GoldEventTag(15, 19, "sold", "OCCURRENCE")], part="TimeBank")
    >>> row = score_happenings([doc], [[3, 15, 0]]).parts["TimeBank"]
    >>> (row["ours"], row["tagged"], round(row["precision"], 3), round(row["state_share"], 3))
    (3, 2, 0.667, 0.333)
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    for doc, offsets in zip(docs, triggers, strict=True):
        for offset in offsets:
            tag = next((e for e in doc.events if e.start <= offset < e.end), None)
            for part in ("all", doc.part or "all"):
                counts[part]["ours"] += 1
                if tag is not None:
                    counts[part]["tagged"] += 1
                    counts[part][tag.event_class] += 1
            if tag is None or tag.event_class == "STATE":
                end = doc.text.find(" ", offset)
                word = doc.text[offset : end if end > 0 else len(doc.text)]
                misses.append(f"{doc.part}/{doc.name}: {word!r} {tag.event_class if tag else 'not an EVENT'}")
    parts = {part: _scores(counts[part]) for part in sorted(counts, key=lambda p: (p != "all", p))}
    return EventReport(parts, misses)


def _scores(count: Counter[str]) -> dict:
    ours = count["ours"]
    return {
        "ours": ours,
        "tagged": count["tagged"],
        "precision": count["tagged"] / ours if ours else 0.0,
        "state_share": count["STATE"] / ours if ours else 0.0,
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
