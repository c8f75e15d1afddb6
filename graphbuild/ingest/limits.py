"""How much is read, and how the records skipped past a limit are counted.

>>> skips = Skips("feed.jsonl", listed=1)
>>> skips.add("#L", 1, "invalid JSON").path, skips.add("#L", 2, "invalid JSON")
('feed.jsonl#L1', None)
>>> skips.summary().reason.split(": ")[1]
'1 invalid JSON (first #L2); articles.jsonl lists each one'
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass

from graphbuild.model import Skipped, SkippedRecords

__all__ = ["LIMITS", "Limits", "Skips", "over_limit"]


@dataclass(frozen=True)
class Limits:
    """Size limits that keep one enormous input from exhausting memory.

    Whole-document formats (text, Markdown, HTML, JSON) are read at once, so a file over
    ``file_bytes`` (after decompression) is skipped. JSON Lines and CSV are streamed, so their
    files may be any size; a single record over ``record_bytes`` is skipped. Past
    ``skips_listed`` skipped records in one file, the others are summarised in one item (a
    :class:`SkippedRecords`: count, reasons, first examples), which still lists each one.
    """

    file_bytes: int = 25_000_000
    record_bytes: int = 2_000_000
    skips_listed: int = 20


LIMITS = Limits()


def over_limit(limits: Limits) -> str:
    """Why a record too big to read is skipped."""
    return f"over the {limits.record_bytes:,}-byte limit for one record"


class Skips:
    """The skipped records of one file: the first ``listed`` become :class:`Skipped` items,
    the others are kept as numbers, for one :class:`SkippedRecords` at the end."""

    def __init__(self, path: str, listed: int):
        self.path, self.listed = path, listed
        self.marker = "#"
        self.numbers, self.reason_of = array("Q"), array("I")
        self.reasons: dict[str, int] = {}
        self.count = 0

    def add(self, marker: str, number: int, reason: str) -> Skipped | None:
        """Record ``path + marker + number`` as skipped; the item to yield now, if any."""
        self.count += 1
        if self.count <= self.listed:
            return Skipped(f"{self.path}{marker}{number}", reason)
        self.marker = marker
        self.numbers.append(number)
        self.reason_of.append(self.reasons.setdefault(reason, len(self.reasons)))
        return None

    def summary(self) -> SkippedRecords:
        reasons = tuple(self.reasons)
        counts = Counter(self.reason_of)
        first: dict[int, list[int]] = {}
        for number, reason in zip(self.numbers, self.reason_of, strict=True):
            examples = first.setdefault(reason, [])
            if len(examples) < 3:
                examples.append(number)
        parts = [
            f"{count:,} {reasons[reason]} (first {', '.join(self.marker + str(n) for n in first[reason])})"
            for reason, count in counts.most_common(3)
        ]
        if len(counts) > 3:
            others = sum(count for _, count in counts.most_common()[3:])
            parts.append(f"{others:,} for {len(counts) - 3} other reasons")
        summary = (
            f"{len(self.numbers):,} more skipped records, past the first {self.listed} listed one by one: "
            f"{'; '.join(parts)}; articles.jsonl lists each one"
        )
        return SkippedRecords(self.path, summary, self.marker, self.numbers, self.reason_of, reasons)
