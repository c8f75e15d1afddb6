"""Find inputs and read them into :class:`RawArticle` records.

Reads plain text and Markdown, HTML pages, JSON, JSON Lines and CSV, each optionally
gzipped, from files, folders (recursively) and standard input (``-``). Every input ends up
either as a record or as a :class:`Skipped` with a reason that names the file (and the line
or row for JSONL and CSV): one bad file never stops the others.

>>> records = list(read_inputs(["no/such/file.txt"]))
>>> records[0].reason
'no such file or folder'
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from graphbuild.errors import InputError
from graphbuild.model import RawArticle, Skipped

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
STDIN = "-"
STDIN_NAME = "<stdin>"

# Record fields, by the names that news APIs and scrapers commonly use, in order of preference.
FIELD_NAMES = {
    "text": ("text", "content", "body", "article", "full_text", "maintext", "bodyText"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publishedAt", "pubDate", "published_at", "date_publish"),
    "url": ("url", "link"),
    "outlet": ("source", "outlet", "site", "sitename", "publisher"),
    "author": ("author", "byline", "authors"),
}
# Where API responses keep their list of records: {"articles": [...]}, {"response": {"results": [...]}}.
_RECORD_LISTS = ("articles", "items", "results", "data", "docs", "hits", "entries", "stories", "posts")
_GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an Office document",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE_BYTES = 65_536
_HTML_MARKUP = re.compile(r"<(p|div|br|h[1-6]|li|ul|ol|figure|section|blockquote|table)\b[^>]*>", re.I)


@dataclass(frozen=True)
class Limits:
    """Size limits that keep one enormous input from exhausting memory.

    Whole-document formats (text, Markdown, HTML, JSON) are read at once, so a file over
    ``file_bytes`` (after decompression) is skipped. JSON Lines and CSV are streamed, so their
    files may be any size; a single record over ``record_bytes`` is skipped.
    """

    file_bytes: int = 25_000_000
    record_bytes: int = 2_000_000


LIMITS = Limits()


def parse_fields(specs: Iterable[str]) -> dict[str, str]:
    """Parse ``--field name=column`` options; a dotted column reaches into nested records.

    >>> parse_fields(["text=story", "outlet=source.name"])
    {'text': 'story', 'outlet': 'source.name'}
    """
    fields = {}
    for spec in specs:
        name, separator, column = spec.partition("=")
        name, column = name.strip(), column.strip()
        if not separator or not name or not column:
            raise InputError(f"--field {spec!r}: expected NAME=COLUMN, e.g. text=story_body")
        if name not in FIELD_NAMES:
            choices = ", ".join(FIELD_NAMES)
            raise InputError(f"--field {spec!r}: unknown field {name!r}; choose from {choices}")
        fields[name] = column
    return fields


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


def discover(paths: Iterable[str | Path]) -> tuple[list[Path | str], list[Skipped]]:
    """Expand files and folders (recursively) into the inputs they hold, in a stable order.

    Files of a type graphbuild does not read are reported as skipped, not dropped silently;
    so is a metadata sidecar without its article. Hidden files and folders are ignored.
    ``-`` stands for standard input and keeps its place.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    stdin = False
    for given in paths:
        if str(given) == STDIN:
            stdin = True
            continue
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
            fmt = format_of(candidate.name)
            if fmt == "sidecar":
                if _sidecar_owner(candidate) is None:
                    skipped.append(Skipped(str(candidate), "metadata sidecar without an article beside it"))
            elif fmt is None:
                skipped.append(Skipped(str(candidate), f"unsupported file type {candidate.suffix!r}"))
            else:
                files.append(candidate)
    found: list[Path | str] = sorted(set(files))
    return ([STDIN] if stdin else []) + found, skipped


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
    """Read one file (or ``-``, standard input) into its records; problems become :class:`Skipped`."""
    name = STDIN_NAME if str(path) == STDIN else str(path)
    try:
        with _open(path) as stream:
            fmt = _sniff(stream.peek(_SAMPLE_BYTES)[:_SAMPLE_BYTES], fields) if name == STDIN_NAME else None
            fmt = fmt or format_of(Path(path).name)
            if fmt in ("jsonl", "csv"):
                reader = _read_jsonl if fmt == "jsonl" else _read_csv
                yield from reader(name, stream, fields or {}, limits)
                return
            text = _decode(_read_bounded(stream, limits.file_bytes))
    except InputError as error:
        yield Skipped(name, str(error))
        return
    except (OSError, EOFError, zlib.error) as error:
        yield Skipped(name, _os_reason(error))
        return
    if fmt == "html":
        yield _with_sidecar(_read_html(name, text), path)
    elif fmt == "json":
        yield from _read_json(name, text, fields or {})
    else:
        yield _with_sidecar(RawArticle(name, text, fmt), path)


@contextmanager
def _open(path: Path | str) -> Iterator[BinaryIO]:
    """A peekable binary stream over the file or standard input, gunzipped when it is gzip."""
    with ExitStack() as stack:
        if str(path) == STDIN:
            stream = sys.stdin.buffer
            if not hasattr(stream, "peek"):
                stream = io.BufferedReader(stream, buffer_size=_SAMPLE_BYTES)
        else:
            stream = stack.enter_context(open(path, "rb", buffering=_SAMPLE_BYTES))
        if stream.peek(2)[:2] == _GZIP_MAGIC:
            unzipped = stack.enter_context(gzip.GzipFile(fileobj=stream))
            stream = io.BufferedReader(unzipped, buffer_size=_SAMPLE_BYTES)
        yield stream


def _read_bounded(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"over the {limit:,}-byte limit for one document; split it or use JSON Lines")
    return data


def _os_reason(error: Exception) -> str:
    if isinstance(error, gzip.BadGzipFile | EOFError | zlib.error):
        return f"corrupt or truncated gzip data ({error})"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror.lower()}"
    return f"cannot read: {error}"


def _encoding(sample: bytes) -> str:
    """The text encoding of ``sample``: from a byte-order mark, UTF-8 if it decodes, else detected."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    for magic, kind in _BINARY_MAGIC.items():
        if sample.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        if b"\x00" not in sample:
            return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample).best()
    if best is None or (b"\x00" in sample and not best.encoding.startswith("utf_16")):
        raise InputError("binary file or unknown text encoding, not readable as text")
    return best.encoding


def _decode(data: bytes) -> str:
    if not data:
        raise InputError("empty file")
    text = data.decode(_encoding(data[: _SAMPLE_BYTES * 4]), errors="replace")
    if not text.strip():
        raise InputError("file holds only white space")
    return text


def _sniff(sample: bytes, fields: Mapping[str, str] | None) -> str:
    """Guess the format of standard input from its first bytes."""
    text = sample.decode(_encoding(sample), errors="replace").lstrip("\ufeff \t\r\n")
    first_line = text.split("\n", 1)[0].strip()
    if text.startswith("<"):
        return "html"
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            return "json"
        return "jsonl"
    header = {column.strip().strip('"').lower() for column in first_line.split(",")}
    text_columns = {name.lower() for name in FIELD_NAMES["text"]} | {(fields or {}).get("text", "").lower()}
    if len(header) > 1 and header & text_columns:
        return "csv"
    return "txt"


def _sidecar_owner(sidecar: Path) -> Path | None:
    stem = sidecar.name[: -len(SIDECAR)] if sidecar.name.endswith(SIDECAR) else sidecar.name
    for suffix in FORMATS:
        for candidate in (sidecar.with_name(stem + suffix), sidecar.with_name(stem + suffix + COMPRESSED)):
            if candidate.is_file() and format_of(candidate.name) in ("txt", "md", "html"):
                return candidate
    return None


def _sidecar_of(path: Path) -> Path:
    name = path.name[: -len(COMPRESSED)] if path.name.lower().endswith(COMPRESSED) else path.name
    return path.with_name(Path(name).stem + SIDECAR)


def _with_sidecar(record: RawArticle | Skipped, path: Path | str) -> RawArticle | Skipped:
    """Metadata from ``article.meta.json`` beside ``article.txt`` wins over what the file says."""
    if isinstance(record, Skipped) or str(path) == STDIN:
        return record
    sidecar = _sidecar_of(Path(path))
    if not sidecar.is_file():
        return record
    try:
        metadata = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(metadata, dict):
            raise InputError(f"holds a {type(metadata).__name__}, not an object")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, InputError) as error:
        warning = f"metadata sidecar {sidecar.name} ignored: {error}"
        return replace(record, warnings=(*record.warnings, warning))
    values = {name: _field(metadata, FIELD_NAMES[name], None) for name in FIELD_NAMES if name != "text"}
    return replace(record, **{name: value for name, value in values.items() if value is not None})


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
        removed=_left_out(html, lines, document.title),
    )


# Elements that break lines when a browser renders them.
_BLOCKS = frozenset(
    ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption")
    + ("blockquote", "pre", "section", "article", "aside", "nav", "header", "footer", "form")
    + ("label", "button", "option", "br", "tr", "ul", "ol", "table", "main")
)


def _left_out(html: str, kept: list[str], title: str | None) -> tuple[str, ...]:
    """The page's text blocks that extraction did not keep: navigation, comments, footers."""
    kept_text = " ".join(" ".join(line.split()) for line in kept)
    return tuple(line for line in html_lines(html) if line != title and line not in kept_text)


def html_lines(html: str) -> list[str]:
    """The text of an HTML page or fragment, one line per block, as a browser would break it.

    >>> html_lines("<p>One <b>bold</b> line.</p><script>x()</script><div>Two<br>Three</div>")
    ['One bold line.', 'Two', 'Three']
    """
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for element in list(root.iter("script", "style", "noscript", "template", "head")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return [line for line in lines if line]


def _record(path: str, record: object, fmt: str, fields: Mapping[str, str]) -> RawArticle | Skipped:
    if not isinstance(record, dict):
        return Skipped(path, f"record is a {type(record).__name__}, not an object")
    values = {name: _field(record, keys, fields.get(name)) for name, keys in FIELD_NAMES.items()}
    if values["text"] and _HTML_MARKUP.search(values["text"]):
        # Content-management exports often hold the body as HTML paragraphs.
        values["text"] = "\n\n".join(html_lines(values["text"]))
    if not values["text"] or not values["text"].strip():
        expected = fields.get("text") or "/".join(FIELD_NAMES["text"])
        return Skipped(path, f"record has no text in its text field ({expected})")
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


def _field(record: dict, keys: tuple[str, ...], column: str | None) -> str | None:
    """The first non-empty value among ``column`` (a dotted path) and the usual ``keys``."""
    candidates = [_lookup(record, column.split("."))] if column else []
    lowered = {str(key).lower(): value for key, value in record.items()}
    candidates += [lowered.get(key.lower()) for key in keys]
    for value in candidates:
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value if item)
        if value not in (None, ""):
            return str(value)
    return None


def _lookup(record: object, parts: list[str]) -> object:
    for part in parts:
        if not isinstance(record, dict):
            return None
        record = record.get(part, {key.lower(): value for key, value in record.items()}.get(part.lower()))
    return record


def _records_in(data: object, fields: Mapping[str, str], depth: int = 0) -> list | None:
    """The list of records in a JSON document: the document itself, or a list inside a wrapper."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict) or depth > 2:
        return None
    if _field(data, FIELD_NAMES["text"], fields.get("text")):
        return [data]
    keys = sorted(data, key=lambda key: (str(key).lower() not in _RECORD_LISTS, str(key)))
    for key in keys:
        if isinstance(data[key], list | dict):
            found = _records_in(data[key], fields, depth + 1)
            if found:
                return found
    return None


def _read_json(path: str, text: str, fields: Mapping[str, str]) -> Iterator[RawArticle | Skipped]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield Skipped(
            path, f"invalid JSON at line {error.lineno}, column {error.colno}: {_json_problem(error)}"
        )
        return
    records = _records_in(data, fields)
    if records is None:
        yield _record(path, data, "json", fields)
    elif isinstance(data, list) or len(records) > 1:
        for index, record in enumerate(records):
            yield _record(f"{path}#{index}", record, "json", fields)
    else:
        yield _record(path, records[0], "json", fields)


def _json_problem(error: json.JSONDecodeError) -> str:
    return error.msg.removesuffix(" at").lower()


def _read_jsonl(
    path: str, stream: BinaryIO, fields: Mapping[str, str], limits: Limits
) -> Iterator[RawArticle | Skipped]:
    encoding = _encoding(stream.peek(_SAMPLE_BYTES)[:_SAMPLE_BYTES])
    number = 0
    while line := stream.readline(limits.record_bytes + 1):
        number += 1
        where = f"{path}#L{number}"
        if len(line) > limits.record_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(limits.record_bytes)) and not rest.endswith(b"\n"):
                pass
            limit = f"{limits.record_bytes:,}-byte limit for one record"
            yield Skipped(where, f"line {number} is over the {limit}")
            continue
        text = line.decode(encoding, errors="replace").lstrip("\ufeff")
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            yield Skipped(
                where, f"invalid JSON on line {number}, column {error.colno}: {_json_problem(error)}"
            )
            continue
        yield _record(where, record, "jsonl", fields)
    if number == 0:
        yield Skipped(path, "empty file")


def _read_csv(
    path: str, stream: BinaryIO, fields: Mapping[str, str], limits: Limits
) -> Iterator[RawArticle | Skipped]:
    encoding = _encoding(stream.peek(_SAMPLE_BYTES)[:_SAMPLE_BYTES])
    csv.field_size_limit(limits.record_bytes)
    reader = csv.DictReader(io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=""))
    header = [str(name).strip() for name in reader.fieldnames or []]
    if not header:
        yield Skipped(path, "empty file")
        return
    wanted = [fields["text"]] if "text" in fields else list(FIELD_NAMES["text"])
    lowered = {name.lower() for name in header}
    if not any(name.split(".")[0].lower() in lowered for name in wanted):
        columns = ", ".join(header)
        yield Skipped(path, f"CSV has no text column ({'/'.join(wanted)}); its columns are {columns}")
        return
    row = 0
    try:
        for row, record in enumerate(reader, start=1):
            yield _record(f"{path}#R{row}", record, "csv", fields)
    except csv.Error as error:
        reason = f"malformed CSV at row {row + 1} ({error}); the rest of the file was not read"
        yield Skipped(f"{path}#R{row + 1}", reason)
