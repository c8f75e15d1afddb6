"""Find inputs and read them into :class:`RawArticle` records.

Reads plain text and Markdown, HTML pages, JSON, JSON Lines and CSV, each optionally
gzipped, from files, folders (recursively), named pipes and standard input (``-``). Every
input ends up either as a record or as a :class:`Skipped` with a reason that names the file
(and the line or row for JSONL and CSV): one bad file never stops the others, and what a
file holds never stops its reader (nesting, numbers, encodings, sizes are all bounded).

>>> records = list(read_inputs(["no/such/file.txt"]))
>>> records[0].reason
'no such file or folder'
"""

from __future__ import annotations

import codecs
import csv
import errno
import fcntl
import gzip
import io
import json
import os
import re
import select
import stat
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from graphbuild.errors import InputError
from graphbuild.model import RawArticle, Skipped, SkippedRecords

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
# Written into every output folder (see graphbuild.export): a folder holding it is never read
# as input, so an output folder inside an input folder does not come back as articles.
OUTPUT_MARKER = ".graphbuild-output"

# Record fields, by the names that news APIs and scrapers commonly use, in order of preference.
FIELD_NAMES = {
    "text": ("text", "content", "body", "article", "full_text", "maintext", "bodyText"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publishedAt", "pubDate", "published_at", "date_publish"),
    "url": ("url", "link"),
    "outlet": ("source", "outlet", "site", "sitename", "publisher"),
    "author": ("author", "byline", "authors"),
}
_LOWERED_KEYS = {name: tuple(key.lower() for key in keys) for name, keys in FIELD_NAMES.items()}
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
    b"SQLite format 3\x00": "an SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE_BYTES = 65_536
_PIPE_WAIT_MS = 1_000
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
# Left by JSON escapes such as "\udc00"; a file is always decoded to whole characters.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_HTML_MARKUP = re.compile(r"<(p|div|br|h[1-6]|li|ul|ol|figure|section|blockquote|table)\b[^>]*>", re.I)


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
    so are a metadata sidecar without its article, folders that cannot be read, dangling
    symlinks, symlink loops and special files (pipes, devices) inside folders. A named pipe
    given by name is read, like standard input. Hidden files and folders are ignored, and so
    is a graphbuild output folder (it holds ``OUTPUT_MARKER``). ``-`` stands for standard
    input and keeps its place.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    stdin = False
    for given in paths:
        if str(given) == STDIN:
            stdin = True
            continue
        path = Path(given)
        kind, problem = _file_kind(path)
        if problem == "no such file or folder" and _URL.match(str(given)):
            problem = (
                "a web address: graphbuild does not fetch pages; save the page first "
                "(e.g. curl -o page.html 'URL') and give the saved file"
            )
        if problem:
            skipped.append(Skipped(_shown(given), problem))
            continue
        if kind == "folder":
            if (path / OUTPUT_MARKER).exists():
                reason = f"a graphbuild output folder (it holds {OUTPUT_MARKER}); not read as input"
                skipped.append(Skipped(_shown(path), reason))
                continue
            candidates = _walk(path, skipped)
        else:
            candidates = [path]
        for candidate in candidates:
            fmt = format_of(candidate.name)
            if fmt == "sidecar":
                if _sidecar_owner(candidate) is None:
                    skipped.append(
                        Skipped(_shown(candidate), "metadata sidecar without an article beside it")
                    )
            elif fmt is None and not (kind == "pipe" and candidate is path):
                skipped.append(Skipped(_shown(candidate), f"unsupported file type {candidate.suffix!r}"))
            else:
                files.append(candidate)
    found: list[Path | str] = sorted(set(files))
    return ([STDIN] if stdin else []) + found, skipped


def _file_kind(path: Path) -> tuple[str, str | None]:
    """``folder``, ``file`` or ``pipe``, or a reason why ``path`` cannot be read."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return "", f"dangling symlink: its target {os.readlink(path)} does not exist"
        return "", "no such file or folder"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "", "symlink loop: the link leads back to itself"
        return "", _os_reason(error)
    if stat.S_ISDIR(mode):
        return "folder", None
    if stat.S_ISREG(mode):
        return "file", None
    if stat.S_ISFIFO(mode):
        return "pipe", None
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "a special file")
    return "", f"not a regular file ({kind})"


def _walk(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """The regular files under ``folder``, following symlinks to folders once each.

    What cannot be read is added to ``skipped``: the walk itself never fails.
    """
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            status = current.stat()
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError as error:
            problem = error.strerror.lower() if error.strerror else str(error)
            skipped.append(Skipped(_shown(current), f"cannot read folder: {problem}"))
            continue
        if (status.st_dev, status.st_ino) in seen:
            reason = "a folder already read, through a symlink loop or another link to it"
            skipped.append(Skipped(_shown(current), reason))
            continue
        seen.add((status.st_dev, status.st_ino))
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            kind, problem = _file_kind(path)
            if problem:
                skipped.append(Skipped(_shown(path), problem))
            elif kind == "folder":
                if not (path / OUTPUT_MARKER).exists():
                    folders.append(path)
            elif kind == "file":
                files.append(path)
            else:
                # Opening a pipe nobody writes to would wait forever; one named on purpose is read.
                skipped.append(Skipped(_shown(path), "not a regular file (a named pipe)"))
        pending.extend(reversed(folders))
    return files


def _shown(path: str | Path) -> str:
    """A path as text that can be written anywhere: undecodable bytes of a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


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
    name = STDIN_NAME if str(path) == STDIN else _shown(path)
    skips = _Skips(name, limits.skips_listed)
    for record in _read_records(path, name, fields or {}, limits, skips):
        yield _repaired(record) if isinstance(record, RawArticle) else record
    if skips.numbers:
        yield skips.summary()


def _read_records(
    path: Path | str, name: str, fields: Mapping[str, str], limits: Limits, skips: _Skips
) -> Iterator[RawArticle | Skipped]:
    try:
        with _open(path) as stream:
            fmt = format_of(Path(path).name) if name != STDIN_NAME else None
            fmt = fmt or _sniff(stream.peek(_SAMPLE_BYTES)[:_SAMPLE_BYTES], fields)
            if fmt in ("jsonl", "csv"):
                reader = _read_jsonl if fmt == "jsonl" else _read_csv
                yield from reader(name, stream, fields, limits, skips)
                return
            text, notes = _decode(_read_bounded(stream, limits.file_bytes))
        if fmt == "html":
            records = [_with_sidecar(_read_html(name, text), path)]
        elif fmt == "json":
            records = list(_read_json(name, text, fields, skips))
        else:
            records = [_with_sidecar(RawArticle(name, text, fmt), path)]
        yield from _with_notes(records, notes)
    except InputError as error:
        yield Skipped(name, str(error))
    except (OSError, EOFError, zlib.error) as error:
        yield Skipped(name, _os_reason(error))
    except Exception as error:  # whatever a file holds, the other inputs go on
        yield Skipped(name, f"reading stopped: {type(error).__name__}: {error}")


def _with_notes(records: Iterable[RawArticle | Skipped], notes: list[str]) -> Iterator[RawArticle | Skipped]:
    """The records, the first article among them carrying ``notes`` about the whole file."""
    for record in records:
        if notes and isinstance(record, RawArticle):
            record = replace(record, warnings=(*notes, *record.warnings))
            notes = []
        yield record


class _Skips:
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


@contextmanager
def _open(path: Path | str) -> Iterator[BinaryIO]:
    """A peekable binary stream over the file or standard input, gunzipped when it is gzip."""
    with ExitStack() as stack:
        if str(path) == STDIN:
            stream = sys.stdin.buffer
            if not hasattr(stream, "peek"):
                stream = io.BufferedReader(stream, buffer_size=_SAMPLE_BYTES)
        else:
            # Without O_NONBLOCK, opening a named pipe waits for a writer, maybe forever; the
            # flag is cleared once open, so reading then waits for data as usual.
            descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            if stat.S_ISFIFO(os.fstat(descriptor).st_mode):
                # A writer may be connecting right now: give it a moment before a read finds
                # no writer there and ends.
                waiting = select.poll()
                waiting.register(descriptor, select.POLLIN)
                waiting.poll(_PIPE_WAIT_MS)
            fcntl.fcntl(descriptor, fcntl.F_SETFL, fcntl.fcntl(descriptor, fcntl.F_GETFL) & ~os.O_NONBLOCK)
            stream = stack.enter_context(open(descriptor, "rb", buffering=_SAMPLE_BYTES))
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
    """The text encoding of ``sample``: from a byte-order mark; UTF-8 if it decodes, or if
    its valid multi-byte characters outnumber its bad bytes (a stray byte in a UTF-8 file is
    one bad character, not a reason to garble every other one); else detected."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    for magic, kind in _BINARY_MAGIC.items():
        if sample.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    if b"\x00" not in sample:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="ignore")
        text = decoder.decode(sample, final=False)
        pending = len(decoder.getstate()[0])
        bad = len(sample) - pending - len(text.encode("utf-8"))
        if bad == 0 or len(text) - len(text.encode("ascii", errors="ignore")) > bad:
            return "utf-8"
    best = from_bytes(sample).best()
    if best is None or (b"\x00" in sample and not best.encoding.startswith("utf_16")):
        raise InputError("binary file or unknown text encoding, not readable as text")
    return best.encoding


def _text(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded, bad bytes replaced by U+FFFD, and how many bytes were bad."""
    text = data.decode(encoding, errors="replace")
    if "\ufffd" not in text or encoding != "utf-8":
        return text, 0
    return text, len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))


def _bad_bytes_note(count: int) -> str:
    return f"{count} byte(s) that are not valid UTF-8 replaced with U+FFFD"


def _noted(record: RawArticle, notes: list[str], bad: int) -> RawArticle:
    """``record`` warned of its file's ``notes`` and of the ``bad`` bytes in its own line(s)."""
    own = [_bad_bytes_note(bad)] if bad else []
    return replace(record, warnings=(*notes, *record.warnings, *own))


def _encoding_notes(encoding: str) -> list[str]:
    """What to tell about a file's encoding: nothing for UTF-8 (or a byte-order mark)."""
    if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        return []
    return [f"not UTF-8: decoded as {encoding} (detected)"]


def _decode(data: bytes) -> tuple[str, list[str]]:
    """The text of a whole document, and notes on how it was decoded."""
    if not data:
        raise InputError("empty file")
    encoding = _encoding(data[: _SAMPLE_BYTES * 4])
    text, bad = _text(data, encoding)
    if not text.strip():
        raise InputError("file holds only white space")
    return text, _encoding_notes(encoding) + ([_bad_bytes_note(bad)] if bad else [])


def _json_int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (over 4,300 digits) stays its digits."""
    try:
        return int(digits)
    except ValueError:
        return digits


# One decoder for every record: json.loads with options would build one per call.
_JSON = json.JSONDecoder(parse_int=_json_int)


def _parse_json(text: str, with_line: bool = True) -> object:
    """``json.loads``, any failure raised as an :class:`InputError` that says where and why."""
    try:
        return _JSON.decode(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}" if with_line else f"column {error.colno}"
        raise InputError(f"invalid JSON at {where}: {error.msg.removesuffix(' at').lower()}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply to read (over about 1,000 levels)") from None
    except ValueError as error:
        raise InputError(f"invalid JSON: {error}") from None


def _sniff(sample: bytes, fields: Mapping[str, str] | None) -> str:
    """Guess the format of standard input or a pipe from its first bytes."""
    if not sample:
        return "txt"
    text = sample.decode(_encoding(sample), errors="replace").lstrip("\ufeff \t\r\n")
    first_line = text.split("\n", 1)[0].strip()
    if text.startswith("<"):
        return "html"
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        try:
            _parse_json(first_line)
        except InputError:
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
        metadata = _parse_json(sidecar.read_text(encoding="utf-8"))
        if not isinstance(metadata, dict):
            raise InputError(f"holds a {type(metadata).__name__}, not an object")
    except (OSError, UnicodeDecodeError, InputError) as error:
        warning = f"metadata sidecar {sidecar.name} ignored: {error}"
        return replace(record, warnings=(*record.warnings, warning))
    values = {name: _field(metadata, name, None) for name in FIELD_NAMES if name != "text"}
    return replace(record, **{name: value for name, value in values.items() if value is not None})


def _read_html(path: str, html: str) -> RawArticle | Skipped:
    import trafilatura

    # Tables and lists are often the story (tour dates, results, deal lists); comments never are.
    # favor_precision leaves out the related-story and teaser blocks that sit beside the body.
    document = trafilatura.bare_extraction(
        _unglued(html),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
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


# Pop-ups that a page shows on hover or click, whose text would be glued into the sentence
# around them ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ..."): matched on class and id.
_POPUP = re.compile(r"(^|[\s_-])(hover-?card|tool-?tip|pop-?over|pop-?up)s?($|[\s_-])", re.I)


def _unglued(html: str) -> str:
    """The page without pop-ups in its running text, and with a space at each block boundary,
    so that no extractor glues the words of two blocks together; unchanged if it does not parse."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        parent = element.getparent()
        # Only inside running text: a pop-up class on a page's wrapper says nothing of its text.
        if parent is not None and _POPUP.search(marks) and _in_running_text(element):
            element.drop_tree()
        elif element.tag in _BLOCKS:
            element.tail = " " + (element.tail or "")
    # As text again: trafilatura reads a string and a tree of the same page differently.
    return lxml.html.tostring(root, encoding="unicode")


_INLINE = frozenset(("p", "span", "a", "em", "strong", "b", "i", "u", "small", "sup", "sub", "mark", "q"))


def _in_running_text(element: object) -> bool:
    return any(ancestor.tag in _INLINE for ancestor in element.iterancestors())


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


_NO_TEXT = f"record has no text in its text field ({'/'.join(FIELD_NAMES['text'])})"


def _record(path: str, record: object, fmt: str, fields: Mapping[str, str]) -> RawArticle | Skipped:
    if not isinstance(record, dict):
        return Skipped(path, f"record is a {type(record).__name__}, not an object")
    # Keys by their lower case, once per record: millions of records may be read.
    lowered = {str(key).lower(): value for key, value in record.items()}
    text = _field(record, "text", fields.get("text"), lowered)
    if text and _HTML_MARKUP.search(text):
        # Content-management exports often hold the body as HTML paragraphs.
        text = "\n\n".join(html_lines(text))
    if not text or not text.strip():
        if "text" in fields:
            return Skipped(path, f"record has no text in its text field ({fields['text']})")
        return Skipped(path, _NO_TEXT)
    values = {name: _field(record, name, fields.get(name), lowered) for name in FIELD_NAMES if name != "text"}
    return RawArticle(
        path,
        text,
        fmt,
        title=values["title"],
        url=values["url"],
        published=values["published"],
        outlet=values["outlet"],
        author=values["author"],
    )


def _field(record: dict, name: str, column: str | None, lowered: dict | None = None) -> str | None:
    """The first non-empty value of field ``name`` in ``record``: ``column`` (a dotted path),
    else the usual keys (FIELD_NAMES); ``lowered`` is ``record`` by lower-case keys, if at hand."""
    if column and (value := _field_text(_lookup(record, column.split(".")))) is not None:
        return value
    if lowered is None:
        lowered = {str(key).lower(): value for key, value in record.items()}
    for key in _LOWERED_KEYS[name]:
        value = lowered.get(key)
        if value is not None and (value := _field_text(value)) is not None:
            return value
    return None


def _field_text(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value if item)
    return None if value in (None, "") else str(value)


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
    if _field(data, "text", fields.get("text")):
        return [data]
    keys = sorted(data, key=lambda key: (str(key).lower() not in _RECORD_LISTS, str(key)))
    for key in keys:
        if isinstance(data[key], list | dict):
            found = _records_in(data[key], fields, depth + 1)
            if found:
                return found
    return None


def _read_json(
    path: str, text: str, fields: Mapping[str, str], skips: _Skips
) -> Iterator[RawArticle | Skipped]:
    data = _parse_json(text)
    records = _records_in(data, fields)
    if records is None:
        yield _record(path, data, "json", fields)
    elif isinstance(data, list) or len(records) > 1:
        for index, record in enumerate(records):
            found = _record(f"{path}#{index}", record, "json", fields)
            if isinstance(found, RawArticle):
                yield found
            elif skipped := skips.add("#", index, found.reason):
                yield skipped
    else:
        yield _record(path, records[0], "json", fields)


def _stream_encoding(stream: BinaryIO) -> tuple[str, list[str]]:
    encoding = _encoding(stream.peek(_SAMPLE_BYTES)[:_SAMPLE_BYTES])
    return encoding, _encoding_notes(encoding)


def _over_limit(limits: Limits) -> str:
    return f"over the {limits.record_bytes:,}-byte limit for one record"


def _pieces(stream: BinaryIO, encoding: str, limits: Limits) -> Iterator[tuple[str, int, bool]]:
    """The lines of a streamed file, as text with its count of bad bytes, in pieces of at
    most ``limits.record_bytes``: ``more`` says that the line goes on in the next piece, so
    that an enormous line is never held in memory whole."""
    limit = limits.record_bytes
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        # Two- and four-byte encodings: split the decoded text; their decoders replace what is bad.
        text_stream = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        while line := text_stream.readline(limit + 1):
            yield line, 0, len(line) > limit and not line.endswith("\n")
        return
    while line := stream.readline(limit + 1):
        text, bad = _text(line, encoding)
        yield text, bad, len(line) > limit and not line.endswith(b"\n")


def _read_jsonl(
    path: str, stream: BinaryIO, fields: Mapping[str, str], limits: Limits, skips: _Skips
) -> Iterator[RawArticle | Skipped]:
    encoding, notes = _stream_encoding(stream)
    pieces = _pieces(stream, encoding, limits)
    number = 0
    blank = True
    # A line just like the last skipped one is skipped for the same reason without being
    # parsed again (a reason depends on the line alone): a flood of junk costs little more
    # than reading it.
    last_skipped, last_reason = None, ""
    for text, bad, more in pieces:
        number += 1
        if text == last_skipped and not more:
            if skipped := skips.add("#L", number, last_reason):
                yield skipped
            continue
        if more:
            while more:
                _, _, more = next(pieces, ("", 0, False))
            blank = False
            if skipped := skips.add("#L", number, _over_limit(limits)):
                yield skipped
            continue
        if not text.strip(" \t\r\n\ufeff"):
            continue
        blank = False
        try:
            record = _record(
                f"{path}#L{number}", _parse_json(text.lstrip("\ufeff"), with_line=False), "jsonl", fields
            )
        except InputError as error:
            record = Skipped("", str(error))
        if isinstance(record, Skipped):
            last_skipped, last_reason = text, record.reason
            if skipped := skips.add("#L", number, record.reason):
                yield skipped
            continue
        if bad or notes:
            record = _noted(record, notes, bad)
            notes = []
        yield record
    if number == 0:
        yield Skipped(path, "empty file")
    elif blank:
        yield Skipped(path, "file holds only blank lines")


def _read_csv(
    path: str, stream: BinaryIO, fields: Mapping[str, str], limits: Limits, skips: _Skips
) -> Iterator[RawArticle | Skipped]:
    encoding, notes = _stream_encoding(stream)
    # Records are bounded before parsing (see _csv_records); this only has to let them through.
    csv.field_size_limit(max(limits.record_bytes, csv.field_size_limit()))
    records = _csv_records(_pieces(stream, encoding, limits), limits)
    header: list[str] | None = None
    row = 0
    # As in _read_jsonl: a record just like the last skipped one is skipped for its reason.
    last_skipped: str | None = ""
    last_reason = ""
    for text, bad in records:
        if header is None:
            if text is None:
                yield Skipped(path, f"header {_over_limit(limits).replace('one record', 'one row')}")
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
        if text == last_skipped:
            record = Skipped("", last_reason)
        elif text is None:
            record = Skipped("", _over_limit(limits))
        else:
            try:
                values = next(csv.reader((text,)), [])
                record = _record(f"{path}#R{row}", dict(zip(header, values, strict=False)), "csv", fields)
            except csv.Error as error:
                record = Skipped("", f"malformed CSV row ({error})")
        if isinstance(record, Skipped):
            last_skipped, last_reason = text, record.reason
            if skipped := skips.add("#R", row, record.reason):
                yield skipped
            continue
        if bad or notes:
            record = _noted(record, notes, bad)
            notes = []
        yield record
    if header is None:
        yield Skipped(path, "empty file")
    elif row == 0:
        yield Skipped(path, "CSV has a header but no rows")


# Lines of an old Macintosh file, which ends them with CR alone.
_CR_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_CSV_SPECIAL = re.compile(r'[",]')


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
