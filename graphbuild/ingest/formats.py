"""Which reader an input needs: from its file name, or for a pipe from its first bytes.

>>> sniff(b'{"text": "One."}\\n{"text": "Two."}\\n', None), sniff(b"title,body\\nA,B\\n", None)
('jsonl', 'csv')
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.ingest.decode import encoding_of, parse_json
from graphbuild.ingest.fields import FIELD_NAMES

__all__ = ["COMPRESSED", "FORMATS", "SIDECAR", "format_of", "sniff"]

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
COMPRESSED = ".gz"
SIDECAR = ".meta.json"


def format_of(name: str) -> str | None:
    """The reader for a file name, looking through a ``.gz`` suffix; None if unsupported.

    >>> format_of("story.txt"), format_of("feed.jsonl.gz"), format_of("notes.meta.json"), format_of("a.pdf")
    ('txt', 'jsonl', 'sidecar', None)
    """
    lowered = name.lower()
    if lowered.endswith(COMPRESSED):
        lowered = lowered[: -len(COMPRESSED)]
    if lowered.endswith(SIDECAR):
        return "sidecar"
    return FORMATS.get(Path(lowered).suffix)


def sniff(sample: bytes, fields: Mapping[str, str] | None) -> str:
    """Guess the format of standard input or a pipe from its first bytes."""
    if not sample:
        return "txt"
    text = sample.decode(encoding_of(sample), errors="replace").lstrip("\ufeff \t\r\n")
    first_line = text.split("\n", 1)[0].strip()
    if text.startswith("<"):
        return "html"
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        try:
            parse_json(first_line)
        except InputError:
            return "json"
        return "jsonl"
    header = {column.strip().strip('"').lower() for column in first_line.split(",")}
    text_columns = {name.lower() for name in FIELD_NAMES["text"]} | {(fields or {}).get("text", "").lower()}
    if len(header) > 1 and header & text_columns:
        return "csv"
    return "txt"
