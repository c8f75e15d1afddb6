"""Rules for dates counted from publication: "yesterday", "last week", "three years ago", "the
year-ago quarter", "the quarter", and the vague references "recently", "now", "soon" (TIMEX3 DATE).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from graphbuild.model import Basis
from graphbuild.timex.calendar import interval, shift, timex_value
from graphbuild.timex.resolution import (
    EXAMPLE_DAY,
    REPORT_DAY,
    Example,
    Groups,
    Resolution,
    Rule,
    period,
    relative_day,
    unresolved_period,
)
from graphbuild.timex.words import DAY_OFFSETS, NUM_RE, REFS, UNIT_RE, number

__all__ = [
    "AGO",
    "DAY_WORD",
    "FROM_NOW",
    "REFERENCE",
    "RELATIVE_UNIT",
    "THE_WEEKEND",
    "UNIT_AGO",
    "UNIT_OF_NOW",
]


def _words(words: Iterable[str]) -> str:
    """An alternation that matches any of ``words`` exactly."""
    return "|".join(re.escape(word) for word in words)


def _day_word(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return relative_day(dct, DAY_OFFSETS[groups["word"]])


DAY_WORD = Rule(
    "day_word",
    re.compile(rf"^(?P<word>{_words(DAY_OFFSETS)})$"),
    _day_word,
    (
        Example("yesterday", EXAMPLE_DAY, "past", "2023-02-02"),
        Example("the day after tomorrow", EXAMPLE_DAY, "future", "2023-02-05"),
    ),
)


def _reference(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'recently' (PAST_REF, up to publication), 'now' (PRESENT_REF), 'soon' (FUTURE_REF, from it)."""
    ref = next(ref for ref, words in REFS.items() if groups["word"] in words)
    basis = Basis.RELATIVE if dct else Basis.UNRESOLVED
    return Resolution(
        ref, dct if ref != "PAST_REF" else None, dct if ref == "PAST_REF" else None, None, basis
    )


REFERENCE = Rule(
    "reference",
    re.compile(rf"^(?P<word>{_words(word for words in REFS.values() for word in words)})$"),
    _reference,
    (
        Example("recently", EXAMPLE_DAY, "past", "PAST_REF"),
        Example("now", EXAMPLE_DAY, "present", "PRESENT_REF"),
        Example("in the future", EXAMPLE_DAY, "future", "FUTURE_REF"),
    ),
)


def _unit_ago(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    unit = groups["unit"]
    granularity = {"period": unit}.get(groups.get("of") or "", groups.get("of") or unit)
    if dct is None:
        return unresolved_period(granularity)
    # "the year-ago quarter" with no quarter named before it: the one now being reported is the
    # last that has ended, so its year-ago twin is that one a year back.
    reported = shift(dct, "quarter", -1) if granularity == "quarter" else dct
    return period(shift(reported, unit, -1), granularity, Basis.RELATIVE)


UNIT_AGO = Rule(
    "unit_ago",
    re.compile(
        r"^(the\s+)?(?P<unit>year|month|week|quarter)[\s-](ago|earlier)(\s+(?P<of>quarter|period|month|year))?$"
    ),
    _unit_ago,
    (
        Example("the year-ago quarter", date(1989, 10, 27), "past", "1988-Q3"),
        Example("year-ago", EXAMPLE_DAY, "past", "2022"),
    ),
)


def _relative_unit(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    unit = groups["unit"]
    granularity = "week" if unit == "weekend" else unit
    if dct is None:
        return unresolved_period(granularity)
    amount = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }.get(groups["rel"], 0)
    anchor = shift(dct, unit, amount)
    if unit == "weekend":
        saturday = interval(anchor, "week")[0] + timedelta(days=5)
        value = timex_value(anchor, "week") + "-WE"
        return Resolution(value, saturday, saturday + timedelta(days=1), "week", Basis.RELATIVE)
    return period(anchor, granularity, Basis.RELATIVE)


RELATIVE_UNIT = Rule(
    "relative_unit",
    re.compile(
        r"^(the\s+)?(?P<rel>last|this|next|past|previous|coming|following|current|this past)\s+"
        r"(?P<unit>week|weekend|month|year|decade|century|quarter)$"
    ),
    _relative_unit,
    (
        Example("last week", EXAMPLE_DAY, "past", "2023-W04"),
        Example("last year", EXAMPLE_DAY, "past", "2022"),
        Example("this year", EXAMPLE_DAY, "past", "2023"),
        Example("this weekend", EXAMPLE_DAY, "future", "2023-W05-WE"),
    ),
)


def _the_weekend(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the weekend': the one just gone in a past clause, else the coming or current one."""
    rel = "past" if tense == "past" and dct and dct.weekday() < 5 else None
    return _relative_unit({"unit": "weekend", "rel": rel}, dct, tense)


THE_WEEKEND = Rule(
    "the_weekend",
    re.compile(r"^the\s+weekend$"),
    _the_weekend,
    (
        Example("the weekend", EXAMPLE_DAY, "past", "2023-W04-WE"),
        Example("the weekend", EXAMPLE_DAY, "future", "2023-W05-WE"),
    ),
)


def _ago(groups: Groups, dct: date | None, tense: str, sign: int = -1) -> Resolution | None:
    unit, count = groups["unit"], number(groups.get("num"))
    if unit in ("hour", "minute"):
        return None
    if count is None:
        # "several years ago" is some time in the past, of no stated length.
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        basis = Basis.RELATIVE if dct else Basis.UNRESOLVED
        return Resolution(ref, None if sign < 0 else dct, dct if sign < 0 else None, None, basis)
    if dct is None:
        return unresolved_period(unit)
    return period(shift(dct, unit, sign * count), unit, Basis.RELATIVE)


AGO = Rule(
    "ago",
    re.compile(rf"^{NUM_RE}\s+{UNIT_RE}(\s+or\s+so)?\s+(ago|earlier|before)$"),
    _ago,
    (
        Example("three years ago", EXAMPLE_DAY, "past", "2020"),
        Example("a week or so ago", EXAMPLE_DAY, "past", "2023-W04"),
        Example("several years ago", REPORT_DAY, "past", "PAST_REF"),
    ),
)


def _from_now(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return _ago(groups, dct, tense, sign=1)


FROM_NOW = Rule(
    "from_now",
    re.compile(rf"^(in\s+)?{NUM_RE}\s+{UNIT_RE}\s+(from now|later|hence)$"),
    _from_now,
    (Example("two weeks from now", EXAMPLE_DAY, "future", "2023-W07"),),
)


def _unit_of_now(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the quarter', 'the year': in news, the period being reported on, by the publication date.

    A quarter is reported after it ends, so a bare "the quarter" is the last one before publication.
    """
    # "the latest period" in an earnings report is the quarter just reported.
    unit = groups["unit"] or "quarter"
    if dct is None:
        return unresolved_period(unit)
    anchor = shift(dct, "quarter", -1) if unit == "quarter" and groups.get("rel") != "current" else dct
    return period(anchor, unit, Basis.RELATIVE)


UNIT_OF_NOW = Rule(
    "unit_of_now",
    re.compile(
        r"^(the\s+)?(?P<rel>latest|most recent|current|same|fiscal|full|calendar)?\s*"
        r"(?P<unit>quarter|year|month|week)$"
        r"|^(the\s+)?(?P<latest>latest|most recent)\s+period$"
    ),
    _unit_of_now,
    (
        Example("the quarter", date(1989, 10, 27), "past", "1989-Q3"),
        Example("the most recent quarter", REPORT_DAY, "past", "1989-Q3"),
        Example("the latest period", REPORT_DAY, "past", "1989-Q3"),
        Example("the full year", EXAMPLE_DAY, "past", "2023"),
    ),
)
