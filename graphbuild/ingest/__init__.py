"""The ingest stage: find inputs and read them into :class:`RawArticle` records.

Reads plain text and Markdown, HTML pages, JSON, JSON Lines and CSV, each optionally
gzipped, from files, folders (recursively), named pipes and standard input (``-``). Every
input ends up either as a record or as a :class:`Skipped` with a reason that names the file
(and the line or row for JSONL and CSV): one bad file never stops the others, and what a
file holds never stops its reader (nesting, numbers, encodings, sizes are all bounded).

One module per question, each importing only those before it: :mod:`~graphbuild.ingest.limits`
(how much is read, and the bookkeeping of skipped records), :mod:`~graphbuild.ingest.html`
(an HTML page's article text and what was left out), :mod:`~graphbuild.ingest.decode`
(opening an input and decoding its bytes), :mod:`~graphbuild.ingest.fields` (which key of a
record is its text, title, date...), :mod:`~graphbuild.ingest.formats` (which reader a file
needs), :mod:`~graphbuild.ingest.sidecars` (metadata beside an article),
:mod:`~graphbuild.ingest.discover` (which inputs there are), and the readers
:mod:`~graphbuild.ingest.json` (JSON and JSON Lines) and :mod:`~graphbuild.ingest.csv`.

>>> records = list(read_inputs(["no/such/file.txt"]))
>>> records[0].reason
'no such file or folder'
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.ingest.csv import read_csv
from graphbuild.ingest.decode import (
    SAMPLE_BYTES,
    STDIN,
    STDIN_NAME,
    decode_document,
    open_input,
    os_reason,
    read_bounded,
)
from graphbuild.ingest.discover import OUTPUT_MARKER, discover, shown
from graphbuild.ingest.fields import FIELD_NAMES, parse_fields
from graphbuild.ingest.formats import COMPRESSED, FORMATS, SIDECAR, format_of, sniff
from graphbuild.ingest.html import html_lines, read_html
from graphbuild.ingest.json import read_json, read_jsonl
from graphbuild.ingest.limits import LIMITS, Limits, Skips
from graphbuild.ingest.sidecars import with_sidecar
from graphbuild.model import RawArticle, Skipped

__all__ = [
    "COMPRESSED",
    "FIELD_NAMES",
    "FORMATS",
    "LIMITS",
    "OUTPUT_MARKER",
    "SIDECAR",
    "STDIN",
    "STDIN_NAME",
    "InputError",
    "Limits",
    "discover",
    "format_of",
    "html_lines",
    "parse_fields",
    "read_file",
    "read_inputs",
]

# Left by JSON escapes such as "\udc00"; a file is always decoded to whole characters.
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_inputs(
    paths: Iterable[str | Path],
    fields: Mapping[str, str] | None = None,
    limits: Limits = LIMITS,
) -> Iterator[RawArticle | Skipped]:
    """Yield a record or a :class:`Skipped` for everything under ``paths``, in a stable order.

    ``fields`` maps record fields to the column names of your JSON or CSV (see
    :func:`parse_fields`); the usual names are recognised without it.
    """
    inputs, skipped = discover(paths)
    yield from skipped
    for path in inputs:
        yield from read_file(path, fields, limits)


def read_file(
    path: Path | str,
    fields: Mapping[str, str] | None = None,
    limits: Limits = LIMITS,
) -> Iterator[RawArticle | Skipped]:
    """Read one file (or ``-``, standard input) into its records; problems become :class:`Skipped`.

    Past ``limits.skips_listed`` skipped records, the file's other skipped records come
    last, as one :class:`SkippedRecords`.
    """
    name = STDIN_NAME if str(path) == STDIN else shown(path)
    skips = Skips(name, limits.skips_listed)
    for record in _read_records(path, name, fields or {}, limits, skips):
        yield _repaired(record) if isinstance(record, RawArticle) else record
    if skips.numbers:
        yield skips.summary()


def _read_records(
    path: Path | str, name: str, fields: Mapping[str, str], limits: Limits, skips: Skips
) -> Iterator[RawArticle | Skipped]:
    try:
        with open_input(path) as stream:
            fmt = format_of(Path(path).name) if name != STDIN_NAME else None
            fmt = fmt or sniff(stream.peek(SAMPLE_BYTES)[:SAMPLE_BYTES], fields)
            if fmt in ("jsonl", "csv"):
                reader = read_jsonl if fmt == "jsonl" else read_csv
                yield from reader(name, stream, fields, limits, skips)
                return
            text, notes = decode_document(read_bounded(stream, limits.file_bytes))
        if fmt == "html":
            records = [with_sidecar(read_html(name, text), path)]
        elif fmt == "json":
            records = list(read_json(name, text, fields, skips))
        else:
            records = [with_sidecar(RawArticle(name, text, fmt), path)]
        yield from _with_notes(records, notes)
    except InputError as error:
        yield Skipped(name, str(error))
    except (OSError, EOFError, zlib.error) as error:
        yield Skipped(name, os_reason(error))
    except Exception as error:  # whatever a file holds, the other inputs go on
        yield Skipped(name, f"reading stopped: {type(error).__name__}: {error}")


def _with_notes(records: Iterable[RawArticle | Skipped], notes: list[str]) -> Iterator[RawArticle | Skipped]:
    """The records, the first article among them carrying ``notes`` about the whole file."""
    for record in records:
        if notes and isinstance(record, RawArticle):
            record = replace(record, warnings=(*notes, *record.warnings))
            notes = []
        yield record


def _repaired(record: RawArticle) -> RawArticle:
    """``record`` with unpaired surrogates (from JSON escapes such as "\\udc00") replaced by
    U+FFFD: no text can be encoded, hashed or written with them."""
    values = {
        name: getattr(record, name) for name in ("text", "title", "url", "published", "outlet", "author")
    }
    found = sum(len(_SURROGATE.findall(value)) for value in values.values() if value)
    if not found:
        return record
    repaired = {name: _SURROGATE.sub("\ufffd", value) for name, value in values.items() if value}
    warning = f"{found} unpaired surrogate escape(s) (such as \\udc00) replaced with U+FFFD"
    return replace(record, **repaired, warnings=(*record.warnings, warning))
