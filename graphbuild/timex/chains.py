"""Dates that point from another date in the text: "a year earlier", "the next day", "that
year", "the 1988 period" after an earlier date, and a clock time on the day its sentence names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.model import Basis, DateValue
from graphbuild.timex.calendar import interval, shift, timex_value
from graphbuild.timex.direction import date_tense
from graphbuild.timex.rules import normalise
from graphbuild.timex.times import CLOCK
from graphbuild.timex.words import DAY_PARTS, NUM_RE, YEAR_RE, number, strip

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Span

__all__ = ["can_anchor", "day_in_sentence", "inherit", "names_the_year_before", "on_other_day"]

_ANCHOR_GRANULARITIES = frozenset(("day", "week", "month", "quarter", "year"))
_FINENESS = ("day", "week", "month", "quarter", "year")

_SHIFTED = re.compile(
    rf"^{NUM_RE}\s+(?P<unit>day|week|month|year|quarter)s?\s+(?P<way>earlier|before|later|after|on|ago)$"
)
_SAME = re.compile(r"^(that|the same|the very same)\s+(?P<unit>day|week|month|year|quarter|period)$")
_NEXT = re.compile(
    r"^the\s+((?P<way>next|following|previous|preceding)\s+(?P<unit>day|week|month|year)|"
    r"(?P<unit2>day|week)\s+(?P<way2>before|after))$"
)
_PART_OF_THAT_DAY = re.compile(r"^(the|that)\s+(?P<part>morning|afternoon|evening|night)$")
_YEAR_OF = re.compile(rf"^(the\s+)?{YEAR_RE}\s+(period|quarter|month|first|second|third|fourth)$")
_YEAR_BEFORE = re.compile(
    r"^((the|a)\s+)?year[\s-](ago|earlier)(\s+(quarter|period|months?))?$|"
    r"^the\s+((same|corresponding|comparable|year-ago)\s+)?(period|quarter|month)\s+"
    r"(a year (ago|earlier)|last year)$|"
    r"^last\s+year\s*'s\s+(period|quarter)$"
)


def inherit(text: str, anchor: DateValue | None, period: DateValue | None = None) -> DateValue | None:
    """Resolve an expression that points from an earlier date in the text, or None.

    ``period`` is the last quarter or month reported on, which "the 1988 period" and "the
    year-ago quarter" point from when the last date is a day.

    >>> from datetime import date
    >>> earlier = normalise("the third quarter", date(1989, 10, 27))
    >>> inherit("a year earlier", earlier).value
    '1988-Q3'
    >>> inherit("three days later", normalise("Nov. 8, 2005", None)).value
    '2005-11-11'
    """
    if anchor is None or anchor.start is None:
        return None
    try:
        return _inherit(strip(text), text, anchor, period)
    except (ValueError, OverflowError):
        return None  # "3000 years earlier": outside the calendar of Python's dates


def _inherit(cleaned: str, text: str, anchor: DateValue, period: DateValue | None) -> DateValue | None:
    granularity = anchor.granularity
    if (part := _PART_OF_THAT_DAY.match(cleaned)) and granularity == "day":
        # "dashed Friday. Dealers placed buy orders in the morning": Friday morning.
        value = f"{anchor.start.isoformat()}T{DAY_PARTS[part['part']]}"
        return DateValue(value, anchor.start, anchor.start, "day", Basis.INHERITED, text, "TIME")
    reported = period or anchor
    if (year_of := _YEAR_OF.match(cleaned)) and reported.granularity in ("quarter", "month"):
        # "the 1988 period", after "the third quarter": that quarter of 1988.
        return _inherited(reported.start.replace(year=int(year_of["year"])), reported.granularity, text)
    if _YEAR_BEFORE.match(cleaned) and reported.granularity in ("quarter", "month"):
        return _inherited(shift(reported.start, "year", -1), reported.granularity, text)
    if shifted := _SHIFTED.match(cleaned):
        count, unit, way = number(shifted["num"]), shifted["unit"], shifted["way"]
        if count is None or (way == "ago" and not (unit == "year" and granularity == "quarter")):
            return None
        sign = 1 if way in ("later", "after", "on") else -1
        keep = unit == "year" and granularity in ("quarter", "month")
        if _finer(unit, granularity):
            return None
        return _inherited(shift(anchor.start, unit, sign * count), granularity if keep else unit, text)
    if same := _SAME.match(cleaned):
        unit = same["unit"] if same["unit"] != "period" else granularity
        return None if _finer(unit, granularity) else _inherited(anchor.start, unit, text)
    if step := _NEXT.match(cleaned):
        unit, way = step["unit"] or step["unit2"], step["way"] or step["way2"]
        sign = 1 if way in ("next", "following", "after") else -1
        if _finer(unit, granularity):
            return None
        return _inherited(shift(anchor.start, unit, sign), unit, text)
    return None


def _finer(unit: str, granularity: str) -> bool:
    """Whether ``unit`` is finer than the anchor's: "that day" after "in 1987" names no day."""
    if granularity not in _FINENESS:
        return True
    return unit in _FINENESS and _FINENESS.index(unit) < _FINENESS.index(granularity)


def _inherited(value: date, granularity: str, text: str) -> DateValue:
    start, end = interval(value, granularity)
    return DateValue(timex_value(value, granularity), start, end, granularity, Basis.INHERITED, text, "DATE")


def can_anchor(value: DateValue) -> bool:
    """Whether later expressions may point from ``value``: a placed date of a day up to a year."""
    return value.type == "DATE" and value.start is not None and value.granularity in _ANCHOR_GRANULARITIES


def names_the_year_before(text: str) -> bool:
    """'a year earlier', 'the year-ago quarter', 'last year's period': the year before another date."""
    return _YEAR_BEFORE.match(strip(text)) is not None


def day_in_sentence(span: Span, dct: date | None) -> DateValue | None:
    """The day named elsewhere in the sentence of a clock time ("flew Tuesday ... at 18:00 UTC")."""
    clock = CLOCK.pattern.match(strip(span.text))
    if dct is None or not clock or clock["day"] or clock["day_after"]:
        return None
    if not span.doc.has_annotation("SENT_START"):
        return None
    for ent in span.sent.ents:
        if ent.label_ == "DATE" and not (ent.start < span.end and span.start < ent.end):
            value = normalise(ent.text, dct, date_tense(ent.root))
            if value.granularity == "day" and value.start is not None:
                return value
    return None


def on_other_day(time: DateValue, day: DateValue) -> DateValue:
    """The clock time ``time`` on ``day`` instead of the day it was resolved on."""
    clock = time.value.split("T", 1)[1]
    value = f"{day.start.isoformat()}T{clock}"
    return DateValue(value, day.start, day.start, "day", day.basis, time.text, "TIME")
