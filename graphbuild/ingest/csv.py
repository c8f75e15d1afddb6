"""Read CSV files, streamed: a header that names a text column, then one article a row.

A quoted field may hold line breaks, so a record is one or more lines; each is bounded.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO

from graphbuild.ingest.decode import RecordOutcomes, line_pieces, stream_encoding
from graphbuild.ingest.fields import FIELD_NAMES, read_record
from graphbuild.ingest.limits import Limits, Skips, over_limit
from graphbuild.model import RawArticle, Skipped

__all__ = ["read_csv"]

# Lines of an old Macintosh file, which ends them with CR alone.
_CR_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_CSV_SPECIAL = re.compile(r'[",]')


def read_csv(
    path: str, stream: BinaryIO, fields: Mapping[str, str], limits: Limits, skips: Skips
) -> Iterator[RawArticle | Skipped]:
    encoding, notes = stream_encoding(stream)
    # Records are bounded before parsing (see _csv_records); this only has to let them through.
    csv.field_size_limit(max(limits.record_bytes, csv.field_size_limit()))
    records = _csv_records(line_pieces(stream, encoding, limits), limits)
    header: list[str] | None = None
    row = 0
    outcomes = RecordOutcomes(skips, "#R", notes)
    for text, bad in records:
        if header is None:
            if text is None:
                yield Skipped(path, f"header {over_limit(limits).replace('one record', 'one row')}")
                return
            try:
                header = next(csv.reader((text,)), [])
            except csv.Error as error:
                yield Skipped(path, f"malformed CSV header ({error})")
                return
            if not header:
                header = None
                continue
            wanted = [fields["text"]] if "text" in fields else list(FIELD_NAMES["text"])
            lowered = {name.strip().lower() for name in header}
            if not any(name.split(".")[0].lower() in lowered for name in wanted):
                columns = ", ".join(name.strip() for name in header)
                yield Skipped(path, f"CSV has no text column ({'/'.join(wanted)}); its columns are {columns}")
                return
            continue
        if text is not None and not text.strip("\r\n"):
            continue
        row += 1
        if text is None:
            item = outcomes.skip(row, over_limit(limits))
        else:
            record = outcomes.repeated_skip(text) or _csv_record(f"{path}#R{row}", header, text, fields)
            item = outcomes.settle(row, text, record, bad)
        if item:
            yield item
    if header is None:
        yield Skipped(path, "empty file")
    elif row == 0:
        yield Skipped(path, "CSV has a header but no rows")


def _csv_record(name: str, header: list[str], text: str, fields: Mapping[str, str]) -> RawArticle | Skipped:
    try:
        values = next(csv.reader((text,)), [])
    except csv.Error as error:
        return Skipped("", f"malformed CSV row ({error})")
    return read_record(name, dict(zip(header, values, strict=False)), "csv", fields)


def _csv_records(pieces: Iterable[tuple[str, int, bool]], limits: Limits) -> Iterator[tuple[str | None, int]]:
    """The text of each CSV record (one or more lines: a quoted field may hold line breaks)
    with its bad bytes; None for a record over the record limit, which is passed over."""
    parts: list[str] = []
    size = bad = 0
    quoted = False
    for piece, piece_bad, _ in pieces:
        bad += piece_bad
        lines = _CR_LINES.findall(piece) if "\r" in piece.rstrip("\r\n") else [piece]
        for line in lines:
            if not line:
                continue
            quoted = _quoted_after(line, quoted)
            size += len(line)
            if size <= limits.record_bytes:
                parts.append(line)
            if not quoted and line.endswith(("\n", "\r")):
                yield ("".join(parts), bad) if size <= limits.record_bytes else (None, 0)
                parts, size, bad = [], 0, 0
    if size:
        yield ("".join(parts), bad) if size <= limits.record_bytes else (None, 0)


def _quoted_after(line: str, quoted: bool) -> bool:
    """Whether a CSV line leaves a quoted field open, given whether it starts in one, by the
    csv module's rules: a quote opens a field only at its start; inside, "" is a quote.

    >>> _quoted_after('1,"two\\n', False), _quoted_after('lines",3\\n', True)
    (True, False)
    >>> _quoted_after('5" tall,"a ""b"" c"\\n', False)
    False
    """
    if '"' not in line:
        return quoted
    position = field_start = 0
    while True:
        if quoted:
            found = line.find('"', position)
            if found < 0:
                return True
            if line.startswith('"', found + 1):
                position = found + 2
                continue
            quoted, position = False, found + 1
        else:
            match = _CSV_SPECIAL.search(line, position)
            if match is None:
                return False
            found = match.start()
            if line[found] == ",":
                field_start = found + 1
            elif found == field_start:
                quoted = True
            position = found + 1
