"""Find input files and read them into :class:`RawArticle` records.

Every input ends up either as a record or as a :class:`Skipped` with a reason that names
the file (and the line or row for JSONL and CSV): one bad file never stops the others.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from graphbuild.model import RawArticle, Skipped

FORMATS = {
    ".txt": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
}
MAX_BYTES = 25_000_000

# Record fields, by the names that news APIs and scrapers commonly use, in order of preference.
FIELD_NAMES = {
    "text": ("text", "content", "body", "article", "full_text", "maintext"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publishedAt", "pubDate", "published_at", "date_publish"),
    "url": ("url", "link"),
    "outlet": ("source", "outlet", "site", "sitename", "publisher"),
    "author": ("author", "byline", "authors"),
}


class InputError(ValueError):
    """Raised for an input that cannot be read; the message says why."""


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand files and folders (recursively) into the article files they hold, sorted.

    Files of a type graphbuild does not read are reported as skipped, not dropped silently.
    Hidden files and folders are ignored.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            candidates = [path]
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
            continue
        for candidate in candidates:
            if candidate.suffix.lower() in FORMATS:
                files.append(candidate)
            else:
                skipped.append(Skipped(str(candidate), f"unsupported file type {candidate.suffix!r}"))
    return sorted(set(files)), skipped


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawArticle | Skipped]:
    """Yield a record or a :class:`Skipped` for everything under ``paths``, in a stable order."""
    files, skipped = discover(paths)
    yield from skipped
    for path in files:
        yield from read_file(path)


def read_file(path: Path) -> Iterator[RawArticle | Skipped]:
    """Read one file into its records; problems are yielded as :class:`Skipped`."""
    try:
        text = _read_text(path)
    except InputError as error:
        yield Skipped(str(path), str(error))
        return
    fmt = FORMATS[path.suffix.lower()]
    if fmt == "txt":
        yield RawArticle(str(path), text, "txt")
    elif fmt == "html":
        yield _read_html(str(path), text)
    elif fmt == "json":
        yield from _read_json(path, text)
    elif fmt == "jsonl":
        yield from _read_jsonl(path, text)
    else:
        yield from _read_csv(path, text)


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if size > MAX_BYTES:
        raise InputError(f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("unknown text encoding") from None
        text = str(best)
    if not text.strip():
        raise InputError("file holds only white space")
    return text


def _read_html(path: str, html: str) -> RawArticle | Skipped:
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not (document.text or "").strip():
        return Skipped(path, "no article text found in the HTML page")
    lines = [line for line in document.text.splitlines() if line.strip()]
    if lines and document.title and lines[0].strip() == document.title.strip():
        lines = lines[1:]
    return RawArticle(
        path,
        "\n\n".join(lines),
        "html",
        title=document.title,
        url=document.url,
        published=document.date,
        outlet=document.sitename,
        author=document.author,
    )


def _record(path: str, record: object, fmt: str) -> RawArticle | Skipped:
    if not isinstance(record, dict):
        return Skipped(path, f"record is a {type(record).__name__}, not an object")
    values = {name: _field(record, keys) for name, keys in FIELD_NAMES.items()}
    if not values["text"]:
        expected = "/".join(FIELD_NAMES["text"])
        return Skipped(path, f"record has no text field ({expected})")
    return RawArticle(
        path,
        values["text"],
        fmt,
        title=values["title"],
        url=values["url"],
        published=values["published"],
        outlet=values["outlet"],
        author=values["author"],
    )


def _field(record: dict, keys: tuple[str, ...]) -> str | None:
    lowered = {str(key).lower(): value for key, value in record.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value if item)
        if value not in (None, ""):
            return str(value)
    return None


def _read_json(path: Path, text: str) -> Iterator[RawArticle | Skipped]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield Skipped(str(path), f"invalid JSON at line {error.lineno}: {error.msg}")
        return
    if isinstance(data, dict):
        for key in ("articles", "items", "results", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, list):
        for index, record in enumerate(data):
            yield _record(f"{path}#{index}", record, "json")
    else:
        yield _record(str(path), data, "json")


def _read_jsonl(path: Path, text: str) -> Iterator[RawArticle | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(f"{path}#L{number}", f"invalid JSON on line {number}: {error.msg}")
            continue
        yield _record(f"{path}#L{number}", record, "jsonl")


def _read_csv(path: Path, text: str) -> Iterator[RawArticle | Skipped]:
    csv.field_size_limit(MAX_BYTES)
    reader = csv.DictReader(io.StringIO(text))
    header = [name.lower() for name in reader.fieldnames or []]
    if not any(name in header for name in FIELD_NAMES["text"]):
        expected = "/".join(FIELD_NAMES["text"])
        yield Skipped(str(path), f"CSV has no text column ({expected}); columns: {header}")
        return
    try:
        for row in reader:
            yield _record(f"{path}#R{reader.line_num}", row, "csv")
    except csv.Error as error:
        yield Skipped(f"{path}#R{reader.line_num}", f"malformed CSV: {error}")
