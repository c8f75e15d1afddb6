"""Record fields: which key of a JSON or CSV record holds the text, the title, the date...

The usual names of news APIs and scrapers are recognised (``FIELD_NAMES``, any case);
``--field name=column`` names others, a dotted column reaching into nested records.

>>> record = {"Headline": "Quake", "body": "It shook.", "source": {"name": "AP"}}
>>> article = read_record("feed.json#0", record, "json", {})
>>> article.text, article.title, article.outlet
('It shook.', 'Quake', 'AP')
>>> read_record("feed.json#1", {"title": "No body"}, "json", {}).reason
'record has no text in its text field (text/content/body/article/full_text/maintext/bodyText)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from graphbuild.errors import InputError
from graphbuild.ingest.html import html_lines
from graphbuild.model import RawArticle, Skipped

__all__ = ["FIELD_NAMES", "field_value", "parse_fields", "read_record"]

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
_HTML_MARKUP = re.compile(r"<(p|div|br|h[1-6]|li|ul|ol|figure|section|blockquote|table)\b[^>]*>", re.I)
_NO_TEXT = f"record has no text in its text field ({'/'.join(FIELD_NAMES['text'])})"


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


def read_record(path: str, record: object, fmt: str, fields: Mapping[str, str]) -> RawArticle | Skipped:
    """One JSON or CSV record as a :class:`RawArticle`, or :class:`Skipped` if it has no text."""
    if not isinstance(record, dict):
        return Skipped(path, f"record is a {type(record).__name__}, not an object")
    # Keys by their lower case, once per record: millions of records may be read.
    lowered = {str(key).lower(): value for key, value in record.items()}
    text = field_value(record, "text", fields.get("text"), lowered)
    if text and _HTML_MARKUP.search(text):
        # Content-management exports often hold the body as HTML paragraphs.
        text = "\n\n".join(html_lines(text))
    if not text or not text.strip():
        if "text" in fields:
            return Skipped(path, f"record has no text in its text field ({fields['text']})")
        return Skipped(path, _NO_TEXT)
    values = {
        name: field_value(record, name, fields.get(name), lowered) for name in FIELD_NAMES if name != "text"
    }
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


def field_value(record: dict, name: str, column: str | None, lowered: dict | None = None) -> str | None:
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
