"""Read JSON documents and JSON Lines, one record per article.

A JSON document is one record, a list of records, or an API response that wraps its list
(``{"articles": [...]}``). JSON Lines are streamed, one record a line, each line bounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import BinaryIO

from graphbuild.errors import InputError
from graphbuild.ingest.decode import RecordOutcomes, line_pieces, parse_json, stream_encoding
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
    outcomes = RecordOutcomes(skips, "#L", notes)
    number = 0
    blank = True
    for text, bad, more in pieces:
        number += 1
        if more:
            while more:
                _, _, more = next(pieces, ("", 0, False))
            blank = False
            item = outcomes.skip(number, over_limit(limits))
        elif not text.strip(" \t\r\n\ufeff"):
            continue
        else:
            blank = False
            record = outcomes.repeated_skip(text) or _jsonl_record(f"{path}#L{number}", text, fields)
            item = outcomes.settle(number, text, record, bad)
        if item:
            yield item
    if number == 0:
        yield Skipped(path, "empty file")
    elif blank:
        yield Skipped(path, "file holds only blank lines")


def _jsonl_record(name: str, text: str, fields: Mapping[str, str]) -> RawArticle | Skipped:
    try:
        return read_record(name, parse_json(text.lstrip("\ufeff"), with_line=False), "jsonl", fields)
    except InputError as error:
        return Skipped("", str(error))
