"""``graphbuild eval cleaning DIR``: line-level precision and recall of what cleaning keeps.

DIR holds raw inputs in any format graphbuild reads, each beside the clean text expected from
it: ``page.html`` and ``page.expected.txt``, one paragraph per line (blank lines ignored;
records of a JSONL or CSV file all go into one expected file, in order). An optional
``page.expected.json`` gives the expected ``title``, ``published`` (ISO date or null) and
``published_basis``, which are then scored too.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.clean import clean
from graphbuild.errors import BenchmarkDataError
from graphbuild.ingest import COMPRESSED, FORMATS, format_of, read_file
from graphbuild.model import RawArticle

EXPECTED = ".expected"


@dataclass
class FileScore:
    """How cleaning did on one input file."""

    path: str
    expected: int
    kept: int
    correct: int
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    metadata: dict[str, tuple[object, object]] = field(default_factory=dict)  # name -> (expected, got)

    @property
    def precision(self) -> float:
        return self.correct / self.kept if self.kept else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


@dataclass
class CleaningReport:
    files: list[FileScore]
    unscored: list[str]

    @property
    def precision(self) -> float:
        kept = sum(f.kept for f in self.files)
        return sum(f.correct for f in self.files) / kept if kept else 1.0

    @property
    def recall(self) -> float:
        expected = sum(f.expected for f in self.files)
        return sum(f.correct for f in self.files) / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def metadata_accuracy(self) -> dict[str, tuple[int, int]]:
        """Per metadata field: (right, scored)."""
        counts: dict[str, list[int]] = {}
        for score in self.files:
            for name, (expected, got) in score.metadata.items():
                right_total = counts.setdefault(name, [0, 0])
                right_total[0] += expected == got
                right_total[1] += 1
        return {name: (right, total) for name, (right, total) in sorted(counts.items())}

    def as_dict(self) -> dict:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "metadata": {
                name: {"right": r, "scored": t} for name, (r, t) in self.metadata_accuracy().items()
            },
            "files": [
                {
                    "path": f.path,
                    "expected_lines": f.expected,
                    "kept_lines": f.kept,
                    "correct_lines": f.correct,
                    "precision": f.precision,
                    "recall": f.recall,
                    "missing": f.missing,
                    "extra": f.extra,
                    "metadata": {name: {"expected": e, "got": g} for name, (e, g) in f.metadata.items()},
                }
                for f in self.files
            ],
            "unscored": self.unscored,
        }

    def __str__(self) -> str:
        width = max([len(Path(f.path).name) for f in self.files] + [4])
        rows = [f"{'file':<{width}}  lines  kept  precision  recall"]
        for f in self.files:
            name, scores = Path(f.path).name, f"{f.precision:>9.3f}  {f.recall:>6.3f}"
            rows.append(f"{name:<{width}}  {f.expected:>5}  {f.kept:>4}  {scores}")
            rows += [f"    missing: {line[:100]}" for line in f.missing]
            rows += [f"    extra:   {line[:100]}" for line in f.extra]
            rows += [
                f"    {name}: expected {expected!r}, got {got!r}"
                for name, (expected, got) in f.metadata.items()
                if expected != got
            ]
        expected = sum(f.expected for f in self.files)
        kept = sum(f.kept for f in self.files)
        rows.append(
            f"{'all':<{width}}  {expected:>5}  {kept:>4}  {self.precision:>9.3f}  {self.recall:>6.3f}"
            f"   (F1 {self.f1:.3f}, {len(self.files)} files)"
        )
        for name, (right, total) in self.metadata_accuracy().items():
            rows.append(f"{name}: {right}/{total} right")
        rows += [f"not scored: {path}" for path in self.unscored]
        return "\n".join(rows)


def evaluate_cleaning(folder: str | Path, fields: Mapping[str, str] | None = None) -> CleaningReport:
    """Score cleaning on every raw input in ``folder`` that has an expected text beside it."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BenchmarkDataError(f"{folder} is not a folder")
    files, unscored = [], []
    for path in sorted(folder.iterdir()):
        fmt = format_of(path.name)
        if EXPECTED in path.name or fmt in (None, "sidecar") or not path.is_file():
            continue
        expected_text = folder / f"{_stem(path.name)}{EXPECTED}.txt"
        if not expected_text.is_file():
            unscored.append(f"{path} (no {expected_text.name})")
            continue
        files.append(_score(path, expected_text, fields))
    return CleaningReport(files, unscored)


def _stem(name: str) -> str:
    if name.lower().endswith(COMPRESSED):
        name = name[: -len(COMPRESSED)]
    suffix = Path(name).suffix
    return name[: -len(suffix)] if suffix.lower() in FORMATS else name


def _normal(line: str) -> str:
    return " ".join(line.replace("\u00a0", " ").split())


def _score(path: Path, expected_text: Path, fields: Mapping[str, str] | None) -> FileScore:
    expected = [
        _normal(line) for line in expected_text.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    articles = [clean(record) for record in read_file(path, fields) if isinstance(record, RawArticle)]
    kept = [_normal(line) for article in articles for line in article.text.split("\n") if line.strip()]
    want, got = Counter(expected), Counter(kept)
    score = FileScore(
        str(path),
        expected=len(expected),
        kept=len(kept),
        correct=sum((want & got).values()),
        missing=list((want - got).elements()),
        extra=list((got - want).elements()),
    )
    expected_json = expected_text.with_name(f"{_stem(path.name)}{EXPECTED}.json")
    if expected_json.is_file() and articles:
        metadata = json.loads(expected_json.read_text(encoding="utf-8"))
        article = articles[0]
        found = {
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "published_basis": article.published_basis,
            "outlet": article.outlet,
            "url": article.url,
        }
        score.metadata = {name: (value, found[name]) for name, value in metadata.items() if name in found}
    return score
