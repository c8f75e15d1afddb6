"""Rules for years, decades and the parts of a year: "1989", "fiscal 1989", "the 1990s", "the
nineties", "nineteen ninety-seven", "the third quarter", "the second half of 1989", "last summer"
(TIMEX3 DATE).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from graphbuild.model import Basis
from graphbuild.timex.calendar import shift
from graphbuild.timex.dates import which_occurrence
from graphbuild.timex.resolution import EXAMPLE_DAY, REPORT_DAY, Example, Groups, Resolution, Rule, period
from graphbuild.timex.words import DECADE_WORDS, NUMBERS, ORDINALS, SEASONS, YEAR_OFFSET, YEAR_RE

__all__ = [
    "DECADE",
    "DECADE_SHORT",
    "HALF",
    "QUARTER",
    "SEASON",
    "SPELLED_DECADE",
    "SPELLED_YEAR",
    "TWO_THOUSAND",
    "YEAR",
]


def _spelled_year(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'nineteen ninety-seven', 'the year two thousand': years as broadcast transcripts spell them."""
    rest = NUMBERS.get(groups["rest"]) if groups.get("rest") else 0
    if rest is None or not 0 <= rest < 100:
        return None
    century = {"nineteen": 1900, "twenty": 2000}.get(groups.get("century"), 2000)
    return period(date(century + rest, 1, 1), "year", Basis.EXPLICIT)


SPELLED_YEAR = Rule(
    "spelled_year",
    re.compile(r"^(the\s+year\s+)?(?P<century>nineteen|twenty)\s+(hundred\s+(and\s+)?)?(?P<rest>[a-z-]+)$"),
    _spelled_year,
    (
        Example("nineteen ninety-seven", EXAMPLE_DAY, "past", "1997"),
        Example("nineteen hundred and five", EXAMPLE_DAY, "past", "1905"),
    ),
)
TWO_THOUSAND = Rule(
    "two_thousand",
    re.compile(r"^(the\s+year\s+)?two\s+thousand(\s+and)?(\s+(?P<rest>[a-z-]+))?$"),
    _spelled_year,
    (
        Example("the year two thousand", EXAMPLE_DAY, "past", "2000"),
        Example("two thousand and three", EXAMPLE_DAY, "past", "2003"),
    ),
)


def _spelled_decade(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the nineties': of the century before publication (the 1990s when unknown)."""
    century = (dct.year // 100 * 100) if dct else 1900
    year = century + 10 * DECADE_WORDS[groups["decade"]]
    if dct and year > dct.year:
        year -= 100
    return period(date(year, 1, 1), "decade", Basis.RELATIVE if dct else Basis.UNRESOLVED)


SPELLED_DECADE = Rule(
    "spelled_decade",
    re.compile(r"^the\s+(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$"),
    _spelled_decade,
    (
        Example("the nineties", EXAMPLE_DAY, "past", "199X"),
        Example("the twenties", EXAMPLE_DAY, "past", "202X"),
    ),
)


def _year(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return period(date(int(groups["year"]), 1, 1), "year", Basis.EXPLICIT)


YEAR = Rule(
    "year",
    re.compile(rf"^(the\s+)?(year\s+|fiscal\s+)?{YEAR_RE}('s|\s+period)?$"),
    _year,
    (Example("2014", EXAMPLE_DAY, "past", "2014"), Example("fiscal 1989", REPORT_DAY, "past", "1989")),
)


def _decade(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return period(date(int(groups["decade"]) * 10, 1, 1), "decade", Basis.EXPLICIT)


DECADE = Rule(
    "decade",
    re.compile(r"^(the\s+)?(?P<decade>(1[5-9]|20)\d)0'?s$"),
    _decade,
    (Example("the 1990s", EXAMPLE_DAY, "past", "199X"),),
)


def _decade_short(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    if dct is None:
        return Resolution(f"XX{groups['decade']}X", None, None, "decade", Basis.UNRESOLVED)
    century = dct.year // 100 * 100
    year = century + int(groups["decade"]) * 10
    if year > dct.year:
        year -= 100
    return period(date(year, 1, 1), "decade", Basis.RELATIVE)


DECADE_SHORT = Rule(
    "decade_short",
    re.compile(r"^(the\s+)?'(?P<decade>\d)0s$"),
    _decade_short,
    (Example("the '80s", REPORT_DAY, "past", "198X"), Example("the '90s", EXAMPLE_DAY, "past", "199X")),
)


def _quarter(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    number = int(groups["q"]) if groups.get("q") else ORDINALS[groups["ord"]]
    if groups.get("year") or groups.get("year_before"):
        year = int(groups.get("year") or groups["year_before"])
        return period(date(year, 3 * number - 2, 1), "quarter", Basis.EXPLICIT)
    if (yrel := groups.get("yrel") or groups.get("yrel_before")) and dct is not None:
        year = dct.year + YEAR_OFFSET[yrel]
        return period(date(year, 3 * number - 2, 1), "quarter", Basis.RELATIVE)
    if groups.get("year_ago"):
        # "the year-ago third quarter": that quarter, a year before the one now being reported.
        reported = _quarter({**groups, "year_ago": None}, dct, tense)
        if reported.start is None:
            return Resolution(reported.value, None, None, "quarter", Basis.UNRESOLVED)
        return period(shift(reported.start, "year", -1), "quarter", Basis.RELATIVE)
    if dct is None:
        return Resolution(f"XXXX-Q{number}", None, None, "quarter", Basis.UNRESOLVED)
    year = dct.year
    current = (dct.month - 1) // 3 + 1
    # A quarter goes forward a year only with "next": an earlier quarter than the current one in a
    # future clause is still this year's ("will report third-quarter results" in October).
    if groups.get("rel") == "next" and number <= current:
        year += 1
    elif number > current and (groups.get("rel") in ("last", "previous") or tense == "past"):
        year -= 1
    elif groups.get("rel") is None:
        # Otherwise the nearest such quarter, by its middle: in February, "the third quarter"
        # is last year's; in August, "the fourth quarter" is this year's.
        middle = date(year, 3 * number - 1, 15)
        if (middle - dct).days > 183:
            year -= 1
    return period(date(year, 3 * number - 2, 1), "quarter", Basis.RELATIVE)


QUARTER = Rule(
    "quarter",
    re.compile(
        r"^(the\s+)?(?P<rel>last|this|next|previous|coming)?\s*(?P<year_before>(1[5-9]|20)\d\d\s+)?"
        r"((?P<yrel_before>last|this|next)\s+year\s*'s\s+)?"
        r"(?P<year_ago>year[\s-](ago|earlier)\s+)?(fiscal([\s-]year)?[\s-])?"
        r"((?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|q(?P<q>[1-4]))"
        rf"(,?\s+(of\s+)?({YEAR_RE}|(?P<yrel>last|this|next)\s+year))?$"
    ),
    _quarter,
    (
        Example("the third quarter", date(1989, 10, 27), "past", "1989-Q3"),
        Example("third-quarter", EXAMPLE_DAY, "past", "2022-Q3"),
        Example("the year-ago third quarter", REPORT_DAY, "past", "1988-Q3"),
        Example("the fiscal first quarter", REPORT_DAY, "past", "1989-Q1"),
        Example("this year's third quarter", REPORT_DAY, "past", "1989-Q3"),
        Example("next year's first quarter", REPORT_DAY, "future", "1990-Q1"),
        Example("the third quarter of 1990", REPORT_DAY, "future", "1990-Q3"),
    ),
)


def _half(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the second half of 1989': TIMEX3 1989-H2."""
    if groups.get("year"):
        year, basis = int(groups["year"]), Basis.EXPLICIT
    elif dct is None:
        return None
    else:
        year, basis = dct.year + YEAR_OFFSET[groups["yrel"]], Basis.RELATIVE
    half = 1 if groups["which"] == "first" else 2
    start = date(year, 6 * half - 5, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return Resolution(f"{year}-H{half}", start, end, "half", basis)


HALF = Rule(
    "half",
    re.compile(
        rf"^(the\s+)?(?P<which>first|second|last|latter)\s+half\s+of\s+({YEAR_RE}|(?P<yrel>last|this|next)\s+year)$"
    ),
    _half,
    (
        Example("the second half of 1989", REPORT_DAY, "future", "1989-H2"),
        Example("the first half of next year", REPORT_DAY, "future", "1990-H1"),
    ),
)


def _season(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    code, first_month = SEASONS[groups["season"]]
    if groups.get("year"):
        year = int(groups["year"])
        basis = Basis.EXPLICIT
    elif dct is None:
        return Resolution(f"XXXX-{code}", None, None, "season", Basis.UNRESOLVED)
    else:
        year = dct.year
        basis = Basis.RELATIVE
        direction = which_occurrence(groups.get("rel"), tense)
        if direction == "past" and (year, first_month) > (dct.year, dct.month):
            year -= 1
        elif direction == "future" and (year, first_month + 2) < (dct.year, dct.month):
            year += 1
    start = date(year, first_month, 1)
    last = shift(start, "month", 2)
    end = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    return Resolution(f"{year}-{code}", start, end, "season", basis)


SEASON = Rule(
    "season",
    re.compile(
        r"^(the\s+)?(?P<rel>last|this|next|past|coming)?\s*(?P<season>spring|summer|fall|autumn|"
        rf"winter)(\s+(of\s+)?{YEAR_RE})?$"
    ),
    _season,
    (
        Example("last summer", EXAMPLE_DAY, "past", "2022-SU"),
        Example("the winter of 1994", EXAMPLE_DAY, "past", "1994-WI"),
    ),
)
