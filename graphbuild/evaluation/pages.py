"""Cleaning scored on real pages with a hand-written gold body: the article-extraction layout.

A folder holds, per page, ``ID.html`` (the page as saved), ``ID.dump.txt`` (its visible text,
one line per block), ``ID.gold.txt`` (the article body) and ``ID.meta.json`` (``english``
among others). Each source is cleaned on its own and scored with the benchmark's shingle
measure (word 4-grams as multisets, mean per-page precision, recall and F1) beside the line
measure of :mod:`graphbuild.evaluation.cleaning`.

>>> shingles("one two three four five")
Counter({'one two three four': 1, 'two three four five': 1})
>>> overlap(shingles("a b"), shingles("a b c"))
(0.0, 0.0, 0.0)
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.clean import clean
from graphbuild.errors import BenchmarkDataError
from graphbuild.ingest import read_file
from graphbuild.model import RawArticle

__all__ = [
    "GOLD",
    "SOURCES",
    "PagesReport",
    "evaluate_pages",
    "has_pages",
    "overlap",
    "shingles",
]

GOLD = ".gold.txt"
# Each source of a page: its file suffix.
SOURCES = {"html": ".html", "dump": ".dump.txt"}
PEERS = ("trafilatura",)
_WORD = re.compile(r"\w+")
_SHINGLE = 4


def shingles(text: str) -> Counter:
    """The text's word 4-grams as a multiset; a text of 1-3 words is one shingle."""
    words = _WORD.findall(text)
    return Counter(
        " ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1)) if words
    )


def overlap(gold: Counter, kept: Counter) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``kept`` against ``gold``; nothing kept scores 0."""
    shared = sum((gold & kept).values())
    precision = shared / sum(kept.values()) if kept else 0.0
    recall = shared / sum(gold.values()) if gold else 0.0
    total = precision + recall
    return precision, recall, 2 * precision * recall / total if total else 0.0


def _lines(text: str) -> Counter:
    return Counter(" ".join(line.split()) for line in text.splitlines() if line.strip())


@dataclass
class PageScore:
    """One system on one source of one page."""

    page: str
    english: bool
    precision: float
    recall: float
    f1: float
    line_precision: float
    line_recall: float
    line_f1: float
    kept_words: int
    gold_words: int


@dataclass
class PagesReport:
    pages: list[str]
    half: str | None
    # (source, system) -> a score per page, in page order
    scores: dict[tuple[str, str], list[PageScore]] = field(default_factory=dict)

    def summary(self, source: str, system: str) -> dict[str, dict[str, float]]:
        scores = self.scores[(source, system)]
        groups = {
            "all": scores,
            "english": [s for s in scores if s.english],
            "other": [s for s in scores if not s.english],
        }
        return {name: _mean(group) for name, group in groups.items()}

    def as_dict(self) -> dict:
        report: dict = {"layout": "pages", "half": self.half, "pages": len(self.pages)}
        for source, system in self.scores:
            report.setdefault(source, {})[system] = self.summary(source, system)
        report["files"] = [
            {
                "page": page,
                **{
                    f"{source} {system}": {
                        "f1": scores[index].f1,
                        "precision": scores[index].precision,
                        "recall": scores[index].recall,
                        "kept_words": scores[index].kept_words,
                        "gold_words": scores[index].gold_words,
                    }
                    for (source, system), scores in self.scores.items()
                },
            }
            for index, page in enumerate(self.pages)
        ]
        return report

    def __str__(self) -> str:
        half = f", {self.half} half" if self.half else ""
        rows = [f"{len(self.pages)} pages{half}; shingle measure (mean per page) and line measure"]
        rows.append(
            f"{'source':<6} {'system':<12} {'group':<8} pages      P      R     F1   line P  line R  line F1"
        )
        for source, system in self.scores:
            for group, mean in self.summary(source, system).items():
                if not mean["pages"]:
                    continue
                rows.append(
                    f"{source:<6} {system:<12} {group:<8} {mean['pages']:>5} {mean['precision']:.3f}  "
                    f"{mean['recall']:.3f}  {mean['f1']:.3f}    {mean['line_precision']:.3f}   "
                    f"{mean['line_recall']:.3f}    {mean['line_f1']:.3f}"
                )
        ours = [key for key in self.scores if key[1] == "graphbuild"]
        rows.append("\nworst pages (graphbuild F1, kept/gold words):")
        for source, system in ours:
            worst = sorted(self.scores[(source, system)], key=lambda s: (s.f1, s.page))[:8]
            rows += [
                f"  {source:<5} {s.page[:16]}  F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  "
                f"{s.kept_words}/{s.gold_words}"
                for s in worst
            ]
        return "\n".join(rows)


def _mean(scores: list[PageScore]) -> dict[str, float]:
    count = len(scores)
    names = ("precision", "recall", "f1", "line_precision", "line_recall", "line_f1")
    mean = {name: sum(getattr(s, name) for s in scores) / count if count else 0.0 for name in names}
    return {"pages": count, **mean}


def has_pages(folder: Path) -> bool:
    """Whether ``folder`` is in the page layout (it holds ``*.gold.txt``)."""
    return any(folder.glob(f"*{GOLD}"))


def evaluate_pages(
    folder: str | Path,
    sources: Iterable[str] = tuple(SOURCES),
    half: str | None = None,
    peers: Iterable[str] = (),
) -> PagesReport:
    """Score cleaning (and ``peers``) on each page's sources; ``half`` is ``even`` or ``odd``:
    only the pages at even or odd positions, by sorted id."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BenchmarkDataError(f"{folder} is not a folder")
    pages = sorted(path.name[: -len(GOLD)] for path in folder.glob(f"*{GOLD}"))
    if half not in (None, "even", "odd"):
        raise BenchmarkDataError(f"--half {half!r}: choose even or odd")
    if half:
        pages = pages[0 if half == "even" else 1 :: 2]
    report = PagesReport(pages, half)
    systems: dict[str, Callable[[Path, str], str]] = {"graphbuild": _graphbuild}
    for peer in peers:
        if peer not in PEERS:
            raise BenchmarkDataError(f"unknown peer {peer!r}; choose from {', '.join(PEERS)}")
        systems[peer] = _trafilatura
    for source in sources:
        if source not in SOURCES:
            raise BenchmarkDataError(f"unknown source {source!r}; choose from {', '.join(SOURCES)}")
        for system, extract in systems.items():
            report.scores[(source, system)] = [_score(folder, page, source, extract) for page in pages]
    return report


def _score(folder: Path, page: str, source: str, extract: Callable[[Path, str], str]) -> PageScore:
    path = folder / f"{page}{SOURCES[source]}"
    if not path.is_file():
        raise BenchmarkDataError(f"{path}: missing (each page needs {', '.join(SOURCES.values())})")
    gold = (folder / f"{page}{GOLD}").read_text(encoding="utf-8")
    meta_path = folder / f"{page}.meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    kept = extract(path, source)
    precision, recall, f1 = overlap(shingles(gold), shingles(kept))
    line_precision, line_recall, line_f1 = overlap(_lines(gold), _lines(kept))
    return PageScore(
        page,
        bool(meta.get("english", True)),
        precision,
        recall,
        f1,
        line_precision,
        line_recall,
        line_f1,
        len(_WORD.findall(kept)),
        len(_WORD.findall(gold)),
    )


def _graphbuild(path: Path, source: str) -> str:
    articles = [clean(record) for record in read_file(path) if isinstance(record, RawArticle)]
    return "\n".join(article.text for article in articles)


def _trafilatura(path: Path, source: str) -> str:
    """trafilatura with its default options: on the page, or on the dump one paragraph per line."""
    import html

    import trafilatura

    text = path.read_text(encoding="utf-8", errors="replace")
    if source == "dump":
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        text = f"<html><body>{paragraphs}</body></html>"
    return trafilatura.extract(text) or ""
