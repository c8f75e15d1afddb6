"""Read JSON documents and JSON Lines, one record per article.

A JSON document is one record, a list of records, or an API response that wraps its list
(``{"articles": [...]}``). JSON Lines are streamed, one record a line, each line bounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import BinaryIO

from graphbuild.errors import InputError
from graphbuild.ingest.decode import line_pieces, noted, parse_json, stream_encoding
from graphbuild.ingest.fields import field_value, read_record
from graphbuild.ingest.limits import Limits, Skips, over_limit
from graphbuild.model import RawArticle, Skipped

__all__ = ["read_json", "read_jsonl"]

# Where API responses keep their list of records: {"articles": [...]}, {"response": {"results": [...]}}.
_RECORD_LISTS = ("articles", "items", "results", "data", "docs", "hits", "entries", "stories", "posts")


def _records_in(data: object, fields: Mapping[str, str], depth: int = 0) -> list | None:
    """The list of records in a JSON document: the document itself, or a list inside a wrapper."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict) or depth > 2:
        return None
    if field_value(data, "text", fields.get("text")):
        return [data]
    keys = sorted(data, key=lambda key: (str(key).lower() not in _RECORD_LISTS, str(key)))
    for key in keys:
        if isinstance(data[key], list | dict):
            found = _records_in(data[key], fields, depth + 1)
            if found:
                return found
    return None


def read_json(
    path: str, text: str, fields: Mapping[str, str], skips: Skips
) -> Iterator[RawArticle | Skipped]:
    data = parse_json(text)
    records = _records_in(data, fields)
    if records is None:
        yield read_record(path, data, "json", fields)
    elif isinstance(data, list) or len(records) > 1:
        for index, record in enumerate(records):
            found = read_record(f"{path}#{index}", record, "json", fields)
            if isinstance(found, RawArticle):
                yield found
            elif skipped := skips.add("#", index, found.reason):
                yield skipped
    else:
        yield read_record(path, records[0], "json", fields)


def read_jsonl(
    path: str, stream: BinaryIO, fields: Mapping[str, str], limits: Limits, skips: Skips
) -> Iterator[RawArticle | Skipped]:
    encoding, notes = stream_encoding(stream)
    pieces = line_pieces(stream, encoding, limits)
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
            if skipped := skips.add("#L", number, over_limit(limits)):
                yield skipped
            continue
        if not text.strip(" \t\r\n\ufeff"):
            continue
        blank = False
        try:
            record = read_record(
                f"{path}#L{number}", parse_json(text.lstrip("\ufeff"), with_line=False), "jsonl", fields
            )
        except InputError as error:
            record = Skipped("", str(error))
        if isinstance(record, Skipped):
            last_skipped, last_reason = text, record.reason
            if skipped := skips.add("#L", number, record.reason):
                yield skipped
            continue
        if bad or notes:
            record = noted(record, notes, bad)
            notes = []
        yield record
    if number == 0:
        yield Skipped(path, "empty file")
    elif blank:
        yield Skipped(path, "file holds only blank lines")
