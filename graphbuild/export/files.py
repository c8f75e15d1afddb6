"""JSON Lines and GraphML outputs. The JSONL schema is documented in the README."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from graphbuild.graph import isoformat_or_none
from graphbuild.model import Article, DateValue, Event, Skipped

if TYPE_CHECKING:
    from graphbuild.pipeline import Result


@contextmanager
def atomic_write(path: Path, mode: str = "w"):
    """Write to a temporary file beside ``path`` and move it into place only when complete."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, mode, encoding="utf-8", newline="\n") as stream:
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


def event_record(event: Event) -> dict:
    return {
        "id": event.id,
        "label": event.label,
        "type": event.type,
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
        "modality": event.modality,
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
    }


def write_dropped(result: Result, folder: Path) -> None:
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


def write_events(result: Result, path: Path) -> None:
    _write_jsonl(path, (event_record(event) for event in result.events))


def write_entities(result: Result, path: Path) -> None:
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
            }
            for e in result.entities
        ),
    )


def write_articles(result: Result, path: Path) -> None:
    _write_jsonl(path, (article_record(item) for item in result.inputs))


def graphml_ready(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with only scalar attributes: lists become JSON text, missing values are left out."""
    flat = nx.DiGraph()

    def scalar(attributes: dict) -> dict:
        out = {}
        for key, value in attributes.items():
            if value is None:
                continue
            out[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        return out

    for node, attributes in graph.nodes(data=True):
        flat.add_node(node, **scalar(attributes))
    for left, right, attributes in graph.edges(data=True):
        flat.add_edge(left, right, **scalar(attributes))
    return flat


def write_graphml(result: Result, path: Path) -> None:
    with atomic_write(path, "w") as stream:
        stream.write("\n".join(nx.generate_graphml(graphml_ready(result.graph), prettyprint=True)) + "\n")
