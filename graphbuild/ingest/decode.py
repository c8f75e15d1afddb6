"""Open an input and decode its bytes: gzip, pipes, bounded reads, encodings, bad bytes, JSON.

Text comes out whole: a byte-order mark or UTF-8 when the bytes say so (a stray bad byte is
one U+FFFD and a note, not a reason to garble the rest), else a detected encoding with a
note; binary files are refused by their magic numbers.

>>> decode_document(codecs.BOM_UTF8 + "Café crème".encode())
('Café crème', [])
>>> text, notes = decode_document("Café crème".encode() + bytes([255]))
>>> notes
['1 byte(s) that are not valid UTF-8 replaced with U+FFFD']
>>> decode_document(b"%PDF-1.7")
Traceback (most recent call last):
graphbuild.errors.InputError: binary file (a PDF document), not text
"""

from __future__ import annotations

import codecs
import fcntl
import gzip
import io
import json
import os
import select
import stat
import sys
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from graphbuild.errors import InputError
from graphbuild.ingest.limits import Limits, Skips
from graphbuild.model import RawArticle, Skipped

__all__ = [
    "RecordOutcomes",
    "SAMPLE_BYTES",
    "STDIN",
    "STDIN_NAME",
    "decode_document",
    "encoding_of",
    "line_pieces",
    "noted",
    "open_input",
    "os_reason",
    "parse_json",
    "read_bounded",
    "stream_encoding",
]

# "-" names standard input, which is shown by this name.
STDIN = "-"
STDIN_NAME = "<stdin>"
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
SAMPLE_BYTES = 65_536
_PIPE_WAIT_MS = 1_000


@contextmanager
def open_input(path: Path | str) -> Iterator[BinaryIO]:
    """A peekable binary stream over the file or standard input, gunzipped when it is gzip."""
    with ExitStack() as stack:
        if str(path) == STDIN:
            stream = sys.stdin.buffer
            if not hasattr(stream, "peek"):
                stream = io.BufferedReader(stream, buffer_size=SAMPLE_BYTES)
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
            stream = stack.enter_context(open(descriptor, "rb", buffering=SAMPLE_BYTES))
        if stream.peek(2)[:2] == _GZIP_MAGIC:
            unzipped = stack.enter_context(gzip.GzipFile(fileobj=stream))
            stream = io.BufferedReader(unzipped, buffer_size=SAMPLE_BYTES)
        yield stream


def read_bounded(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"over the {limit:,}-byte limit for one document; split it or use JSON Lines")
    return data


def os_reason(error: Exception) -> str:
    if isinstance(error, gzip.BadGzipFile | EOFError | zlib.error):
        return f"corrupt or truncated gzip data ({error})"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror.lower()}"
    return f"cannot read: {error}"


def encoding_of(sample: bytes) -> str:
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


def noted(record: RawArticle, notes: list[str], bad: int) -> RawArticle:
    """``record`` warned of its file's ``notes`` and of the ``bad`` bytes in its own line(s)."""
    own = [_bad_bytes_note(bad)] if bad else []
    return replace(record, warnings=(*notes, *record.warnings, *own))


class RecordOutcomes:
    """What becomes of each record of a streamed file (JSONL lines, CSV rows): a skip is
    counted in ``skips`` under ``marker`` (``#L``, ``#R``), an article carries the file's
    encoding ``notes`` (the first one only) and its own bad bytes.

    A record just like the last skipped one is skipped for the same reason without being
    parsed again (a reason depends on the record alone): a flood of junk costs little more
    than reading it.
    """

    def __init__(self, skips: Skips, marker: str, notes: list[str]):
        self.skips, self.marker, self.notes = skips, marker, notes
        self.last_skipped: str | None = None
        self.last_reason = ""

    def repeated_skip(self, text: str) -> Skipped | None:
        """A skip for ``text`` when it is just like the last skipped record."""
        return Skipped("", self.last_reason) if self.last_reason and text == self.last_skipped else None

    def skip(self, number: int, reason: str) -> Skipped | None:
        """Record ``number`` skipped unread (over the record limit): nothing to remember."""
        return self.skips.add(self.marker, number, reason)

    def settle(self, number: int, text: str, record: RawArticle | Skipped, bad: int):
        """The item to yield for record ``number`` (None when its skip is only counted)."""
        if isinstance(record, Skipped):
            self.last_skipped, self.last_reason = text, record.reason
            return self.skip(number, record.reason)
        if bad or self.notes:
            record = noted(record, self.notes, bad)
            self.notes = []
        return record


def _encoding_notes(encoding: str) -> list[str]:
    """What to tell about a file's encoding: nothing for UTF-8 (or a byte-order mark)."""
    if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        return []
    return [f"not UTF-8: decoded as {encoding} (detected)"]


def decode_document(data: bytes) -> tuple[str, list[str]]:
    """The text of a whole document, and notes on how it was decoded."""
    if not data:
        raise InputError("empty file")
    encoding = encoding_of(data[: SAMPLE_BYTES * 4])
    text, bad = _text(data, encoding)
    if not text.strip():
        raise InputError("file holds only white space")
    return text, _encoding_notes(encoding) + ([_bad_bytes_note(bad)] if bad else [])


def stream_encoding(stream: BinaryIO) -> tuple[str, list[str]]:
    encoding = encoding_of(stream.peek(SAMPLE_BYTES)[:SAMPLE_BYTES])
    return encoding, _encoding_notes(encoding)


def line_pieces(stream: BinaryIO, encoding: str, limits: Limits) -> Iterator[tuple[str, int, bool]]:
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


def _json_int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (over 4,300 digits) stays its digits."""
    try:
        return int(digits)
    except ValueError:
        return digits


# One decoder for every record: json.loads with options would build one per call.
_JSON = json.JSONDecoder(parse_int=_json_int)


def parse_json(text: str, with_line: bool = True) -> object:
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
