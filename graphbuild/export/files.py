"""JSON Lines, CSV and TimelineJS outputs. Their fields are documented in the README."""

from __future__ import annotations

import csv
import html
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from graphbuild.events.cameo import cameo_code
from graphbuild.graph import isoformat_or_none
from graphbuild.model import Article, DateValue, Entity, Event, Skipped, SkippedRecords

if TYPE_CHECKING:
    import networkx as nx


class BuildResult(Protocol):
    """What the writers read of a build: a :class:`graphbuild.result.Result` has all of it.

    A protocol, so that the writers need not import the result whose ``write`` calls them.
    """

    articles: list[Article]
    skipped: list[Skipped]
    inputs: list[Article | Skipped]
    entities: list[Entity]
    events: list[Event]
    graph: nx.DiGraph
    model: str


@contextmanager
def atomic_write(path: Path, mode: str = "w"):
    """Write to a temporary file beside ``path`` and move it into place only when complete."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        text = {} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(handle, mode, **text) as stream:
            yield stream
        os.chmod(temporary, 0o644)  # mkstemp makes files private; outputs are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def date_record(value: DateValue) -> dict:
    return {
        "value": value.value,
        "start": isoformat_or_none(value.start),
        "end": isoformat_or_none(value.end),
        "granularity": value.granularity,
        "basis": value.basis,
        "text": value.text,
        "type": value.type,
    }


def date_label(event: Event) -> str:
    """What a reader sees: the TIMEX3 value, or the days a stretch such as P2W covers."""
    date = event.date
    if date.value is None:
        return "undated"
    if date.type == "DURATION" and date.start and date.end:
        return f"{date.start.isoformat()} to {date.end.isoformat()}"
    return date.value


def event_record(event: Event) -> dict:
    return {
        "id": event.id,
        "label": event.label,
        "type": event.type,
        "cameo": cameo_code(event.type),
        "trigger": event.trigger,
        "date": date_record(event.date),
        "date_conflict": event.date_conflict,
        "participants": [
            {"entity": p.entity, "name": p.name, "type": p.type, "role": p.role} for p in event.participants
        ],
        "places": event.places,
        "sources": [
            {
                "article": s.article,
                "title": s.title,
                "url": s.url,
                "published": isoformat_or_none(s.published),
                "outlet": s.outlet,
                "copy_of": s.copy_of,
                "sentence": s.sentence,
                "start": s.start,
                "end": s.end,
                "date": date_record(s.date),
            }
            for s in event.sources
        ],
        "outlets": event.outlets,
        "independent_sources": event.independent_sources,
        "confidence": event.confidence,
        "modality": event.modality,
        "speaker": event.speaker,
        "quote": event.quote,
    }


def article_record(item: Article | Skipped) -> dict:
    """One line of articles.jsonl: every input appears, processed or skipped with the reason."""
    if isinstance(item, Skipped):
        return {
            "id": None,
            "path": item.path,
            "status": "skipped",
            "reason": item.reason,
            "language": item.language,
        }
    return {
        "id": item.id,
        "path": item.path,
        "status": "ok",
        "reason": None,
        "format": item.format,
        "title": item.title,
        "url": item.url,
        "outlet": item.outlet,
        "author": item.author,
        "published": isoformat_or_none(item.published),
        "published_basis": item.published_basis,
        "words": item.word_count,
        "dropped_lines": len(item.dropped_lines),
        "dropped_by_reason": dict(sorted(Counter(line.reason for line in item.dropped_lines).items())),
        "duplicate_of": item.duplicate_of,
        "similarity": item.similarity,
        "warnings": item.warnings,
        "language": item.language,
    }


def write_dropped(result: BuildResult, folder: Path) -> None:
    """One tab-separated file per article, ``<article id>.tsv``: line, reason, text."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in result.articles:
        with atomic_write(folder / f"{article.id}.tsv") as stream:
            stream.write("line\treason\ttext\n")
            for line in article.dropped_lines:
                number = "" if line.line is None else str(line.line)
                stream.write(f"{number}\t{line.reason}\t{line.text}\n")


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    with atomic_write(path) as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")


def write_events(result: BuildResult, path: Path) -> None:
    _write_jsonl(path, (event_record(event) for event in result.events))


def write_entities(result: BuildResult, path: Path) -> None:
    _write_jsonl(
        path,
        (
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": e.aliases,
                "mentions": e.mentions,
                "articles": e.articles,
                "lat": e.lat,
                "lon": e.lon,
                "basis": e.basis,
                "evidence": e.evidence,
            }
            for e in result.entities
        ),
    )


def write_articles(result: BuildResult, path: Path) -> None:
    with atomic_write(path) as stream:
        for item in result.inputs:
            if isinstance(item, SkippedRecords):
                _write_skipped_records(item, stream)
            else:
                stream.write(json.dumps(article_record(item), ensure_ascii=False) + "\n")


def _write_skipped_records(item: SkippedRecords, stream) -> None:
    """One line per record, as article_record writes it, from a template per reason: there
    may be millions."""
    path = json.dumps(item.path, ensure_ascii=False)[1:-1] + item.marker
    templates = [
        json.dumps(article_record(Skipped("\0", reason)), ensure_ascii=False).split("\\u0000")
        for reason in item.reasons
    ]
    for number, reason in zip(item.numbers, item.reason_of, strict=True):
        head, tail = templates[reason]
        stream.write(f"{head}{path}{number}{tail}\n")


# A spreadsheet runs a cell that starts with one of these as a formula; article text must not.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str | int | float:
    """A CSV cell: lists joined with "; ", text that a spreadsheet would run kept as text.

    >>> _cell("=HYPERLINK(\\"http://x\\")"), _cell(["a", "b"]), _cell(None), _cell(-1.5)
    ('\\'=HYPERLINK("http://x")', 'a; b', '', -1.5)
    """
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(path: Path, header: list[str], rows: Iterable[list]) -> None:
    with atomic_write(path) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(value) for value in row])


def write_events_csv(result: BuildResult, path: Path) -> None:
    names = {entity.id: entity.name for entity in result.entities}
    header = [
        "id", "date", "start", "end", "granularity", "basis", "date_text", "type", "label", "trigger",
        "modality", "speaker", "participants", "places", "sources", "independent_sources", "confidence",
        "outlets", "first_sentence", "first_url", "date_conflict",
    ]  # fmt: skip
    rows = (
        [
            event.id,
            event.date.value,
            isoformat_or_none(event.date.start),
            isoformat_or_none(event.date.end),
            event.date.granularity,
            event.date.basis,
            event.date.text,
            event.type,
            event.label,
            event.trigger,
            event.modality,
            event.speaker,
            [f"{p.name} ({p.role})" for p in event.participants],
            [names[place] for place in event.places],
            len(event.sources),
            event.independent_sources,
            event.confidence,
            event.outlets,
            event.sources[0].sentence if event.sources else None,
            next((s.url for s in event.sources if s.url), None),
            event.date_conflict,
        ]
        for event in result.events
    )
    _write_csv(path, header, rows)


def write_entities_csv(result: BuildResult, path: Path) -> None:
    header = ["id", "name", "type", "aliases", "mentions", "articles", "lat", "lon"]
    rows = (
        [e.id, e.name, e.type, e.aliases, e.mentions, len(e.articles), e.lat, e.lon] for e in result.entities
    )
    _write_csv(path, header, rows)


def write_edges_csv(result: BuildResult, path: Path) -> None:
    """Every edge of the graph: source, target, relation, the event's days and the sentence."""
    header = ["source", "target", "relation", "start", "end", "sentence"]
    rows = (
        [left, right, data.get("relation"), data.get("start"), data.get("end"), data.get("sentence")]
        for left, right, data in result.graph.edges(data=True)
    )
    _write_csv(path, header, rows)


def _timelinejs_date(day: date) -> dict:
    return {"year": day.year, "month": day.month, "day": day.day}


def timelinejs_data(result: BuildResult) -> dict:
    """TimelineJS 3 JSON: one slide per dated event (TimelineJS cannot show undated ones).

    TimelineJS renders ``text`` as HTML, so every string from an article is escaped.
    """
    events = []
    for event in result.events:
        if event.date.start is None:
            continue
        sources = "".join(
            f"<p>{html.escape(s.title or s.article)} ({isoformat_or_none(s.published) or 'date unknown'})</p>"
            f"<blockquote>{html.escape(s.sentence)}</blockquote>"
            for s in event.sources
        )
        slide = {
            "unique_id": event.id,
            "start_date": _timelinejs_date(event.date.start),
            "display_date": html.escape(date_label(event)),
            "group": event.type,
            "text": {"headline": html.escape(event.label), "text": sources},
        }
        if event.date.end and event.date.end > event.date.start:
            slide["end_date"] = _timelinejs_date(event.date.end)
        events.append(slide)
    title = {"headline": "graphbuild timeline", "text": f"{len(result.articles)} articles"}
    return {"title": {"text": title}, "events": events}


def write_timelinejs(result: BuildResult, path: Path) -> None:
    with atomic_write(path) as stream:
        json.dump(timelinejs_data(result), stream, ensure_ascii=False, indent=1)
        stream.write("\n")
