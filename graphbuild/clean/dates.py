"""When an article was published: from the record's metadata, else from its byline, never from a
photo caption, a sidebar or a related-story block; a date read from the text says where it stood."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

from graphbuild.clean.lines import Line, section_header
from graphbuild.model import DateEvidence, PublishedBasis, RawArticle

_MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
DATE_WITH_YEAR = re.compile(
    rf"\b({_MONTHS}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d"
    rf"|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTHS},?\s+(19|20)\d\d"
    r"|(19|20)\d\d-\d\d-\d\d)\b",
    re.I,
)
# A line that says it is the byline.
BY = re.compile(r"^(by|from|published|updated|posted)\b", re.I)
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
    dates = {parse_date(line.text) for line in head if DATE_WITH_YEAR.search(line.text)} - {None}
    for index in byline:
        line = head[index]
        found = parse_date(line.text)
        if found is None or (len(dates) > 1 and not BY.match(line.text)):
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
    found = DATE_WITH_YEAR.search(text)
    parsed = dateparser.parse(
        found.group(0) if found else text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None
