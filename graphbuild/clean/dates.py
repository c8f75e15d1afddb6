"""When an article was published: from the record's metadata, else from its byline, never from a
photo caption, a sidebar or a related-story block; a date read from the text says where it stood."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import dateparser

from graphbuild.clean.lang import BY_WORDS, DATED_WORDS, LANGUAGES
from graphbuild.clean.lines import Line, section_header
from graphbuild.model import DateEvidence, PublishedBasis, RawArticle

# A line that says it dates the story: "Published ...", "Veröffentlicht am ...", "投稿日：...".
DATED = re.compile(rf"^({'|'.join(map(re.escape, DATED_WORDS))})(?![^\W\d_])", re.I)
# A byline: the word that names the author, then the name ("By Jane Doe", "Von Moritz Bachmann",
# "Автор: Иван Петров"); "By the numbers" or "Por que ..." opens a subheading or a sentence.
_BY_NAME = re.compile(rf"^({'|'.join(map(re.escape, BY_WORDS))})\s*:?\s+(?=[^\W\d_])", re.I)

_YEAR = r"(?:19|20)\d\d"
# A month's name or its abbreviation, in any language: dateparser tells which words are months.
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
# Where a full date may be written: ISO; day, month and year in figures with dots (as German,
# Russian and others write them; figures with slashes are left out, as their order is the
# reader's guess); year, month, day in figures or in CJK characters; a day and a month's name
# either way round with the year ("30. Juli 2018", "22 de outubro de 2010", "March 30, 2015").
_CANDIDATE = re.compile(
    rf"(?P<iso>(?<!\d){_YEAR}-\d\d-\d\d(?!\d))"
    rf"|(?P<dmy>(?<![\d.])\d{{1,2}}\.\s?\d{{1,2}}\.\s?{_YEAR}(?!\d))"
    rf"|(?P<ymd>(?<!\d){_YEAR}\s?[./年년]\s?\d{{1,2}}\s?[./月월]\s?\d{{1,2}}(?![\d.]\d))"
    rf"|(?P<words>\b{_DAY}\s+(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+)?{_YEAR}(?!\d)"
    rf"|\b{_MONTH_WORD}\s+{_DAY},?\s+{_YEAR}(?!\d))",
    re.I,
)
_FIGURES = re.compile(r"\d+")


@dataclass(frozen=True)
class FoundDate:
    """A full calendar date written in a text, and the words it was read from."""

    text: str
    value: date


def find_date(text: str) -> FoundDate | None:
    """The first full calendar date written in ``text``, in any language of
    :mod:`graphbuild.clean.lang`, or None.

    >>> [found.value.isoformat() for found in map(find_date, ("Von M. Bachmann am 30. Juli 2018",
    ...     "sexta-feira, 22 de outubro de 2010 às 20:13", "Posted on Maret 30, 2015", "2018年8月16日"))]
    ['2018-07-30', '2010-10-22', '2015-03-30', '2018-08-16']
    >>> find_date("12 people in 2019") is None
    True
    """
    for match in _CANDIDATE.finditer(text):
        value = _value(match)
        if value is not None:
            return FoundDate(match.group(0), value)
    return None


def _value(match: re.Match) -> date | None:
    if match.group("words"):
        return _parsed(match.group(0))
    figures = [int(figure) for figure in _FIGURES.findall(match.group(0))]
    year, month, day = figures if not match.group("dmy") else figures[::-1]
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parsed(text: str) -> date | None:
    parsed = dateparser.parse(
        text,
        languages=list(LANGUAGES),
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def says_byline(text: str) -> bool:
    """Whether a line says it is the byline ("By ...", "Von ...") or the line that dates the story."""
    if DATED.match(text):
        return True
    found = _BY_NAME.match(text)
    return found is not None and text[found.end()].isupper()


_SIDEBAR_LINES = 3


def metadata_date(raw: RawArticle, warnings: list[str]) -> tuple[date | None, str]:
    """The publication date the record's metadata gives, and on what basis."""
    if raw.published:
        parsed = parse_date(raw.published)
        if parsed:
            basis = PublishedBasis.HTML_METADATA if raw.format == "html" else PublishedBasis.METADATA
            return parsed, basis
        warnings.append(f"publication date {raw.published!r} in the metadata is not a date; ignored")
    return None, PublishedBasis.UNKNOWN


def byline_date(
    lines: list[Line], head: list[Line], byline: list[int]
) -> tuple[date | None, DateEvidence | None]:
    """The publication date of the byline, with where it stood; none from a sidebar.

    A date a few lines below a related-stories header belongs to another story; a head that holds
    several different dates is a list of dated teasers, where only a line that says it is
    the byline ("Published ...", "By ...") is believed.
    """
    first = byline[0]
    if any(section_header(line) == "related" for line in head[max(0, first - _SIDEBAR_LINES) : first]):
        return None, None
    dates = {found.value for line in head if (found := find_date(line.text))}
    for index in byline:
        line = head[index]
        found = parse_date(line.text)
        if found is None or (len(dates) > 1 and not says_byline(line.text)):
            continue
        position = lines.index(line)
        evidence = DateEvidence(
            line.text,
            line.number,
            position,
            lines[position - 1].text if position else None,
            lines[position + 1].text if position + 1 < len(lines) else None,
        )
        return found, evidence
    return None, None


def parse_date(text: str) -> date | None:
    """A full calendar date in ``text`` (ISO first, which is fast), or None.

    >>> parse_date("2019-11-04"), parse_date("Published November 4, 2019"), parse_date("Monday")
    (datetime.date(2019, 11, 4), datetime.date(2019, 11, 4), None)
    """
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        pass
    found = find_date(text)
    if found:
        return found.value
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None
