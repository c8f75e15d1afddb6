"""Rules for durations: "two years", "a three-year period", "half an hour", and stretches that end
or start at publication, "the past two weeks", "the coming weeks" (TIMEX3 DURATION).
"""

from __future__ import annotations

import re
from datetime import date

from graphbuild.model import Basis
from graphbuild.timex.calendar import duration_value, shift
from graphbuild.timex.resolution import EXAMPLE_DAY, Example, Groups, Resolution, Rule
from graphbuild.timex.words import NUM_RE, UNIT_RE, number

__all__ = ["COMPOUND_DURATION", "DURATION", "SPAN", "THE_PAST_UNIT", "UNIT_AND_A_HALF"]


def _counts_a_year(groups: Groups) -> bool:
    """'the 1988 quarter' is a quarter of 1988, not 1,988 quarters."""
    return re.fullmatch(r"(1[5-9]|20)\d\d", groups.get("num") or "") is not None


def _compound_duration(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    if _counts_a_year(groups):
        return None
    count = number(groups.get("num"))
    return Resolution(duration_value(count, groups["unit"]), None, None, None, Basis.EXPLICIT, "DURATION")


COMPOUND_DURATION = Rule(
    "compound_duration",
    re.compile(
        rf"^((a|an|the)\s+)?{NUM_RE}[\s-]{UNIT_RE}(-|\s)?(long|old)?"
        r"(\s+(period|history|term|span|stretch|stint|run|programme|program|plan|contract))?$"
    ),
    _compound_duration,
    (
        Example("two-year", EXAMPLE_DAY, "past", "P2Y"),
        Example("a three-year period", EXAMPLE_DAY, "past", "P3Y"),
        Example("thirty minutes", EXAMPLE_DAY, "past", "PT30M"),
        Example("5 1/2 hours", EXAMPLE_DAY, "past", "PT5H30M"),
        Example("two decades", EXAMPLE_DAY, "past", "P20Y"),
        Example("six quarters", EXAMPLE_DAY, "past", "P18M"),
        Example("a couple of years", EXAMPLE_DAY, "past", "P2Y"),
        Example("several months", EXAMPLE_DAY, "past", "PXM"),
    ),
)


def _unit_and_a_half(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'a minute and a half' (PT1M30S), 'half an hour' (PT30M)."""
    unit, count = (groups["unit"], 1.5) if groups.get("unit") else (groups["half"], 0.5)
    return Resolution(duration_value(count, unit), None, None, None, Basis.EXPLICIT, "DURATION")


UNIT_AND_A_HALF = Rule(
    "unit_and_a_half",
    re.compile(
        r"^((a|an|one)\s+(?P<unit>year|month|week|day|hour|minute)\s+and\s+a\s+half|"
        r"half\s+(a|an)\s+(?P<half>year|day|hour|minute))$"
    ),
    _unit_and_a_half,
    (
        Example("a minute and a half", EXAMPLE_DAY, "past", "PT1M30S"),
        Example("half an hour", EXAMPLE_DAY, "past", "PT30M"),
    ),
)


def _the_past_unit(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the past year' is a stretch of one year up to now (TimeML: P1Y), unlike 'last year'."""
    unit = groups["unit"]
    value = duration_value(1, unit)
    future = groups["rel"] in ("next", "coming", "following")
    if dct is None:
        return Resolution(value, None, None, unit, Basis.UNRESOLVED, "DURATION")
    other = shift(dct, unit, 1 if future else -1)
    start, end = (dct, other) if future else (other, dct)
    return Resolution(value, start, end, unit, Basis.RELATIVE, "DURATION")


THE_PAST_UNIT = Rule(
    "the_past_unit",
    re.compile(
        r"^the\s+(?P<rel>past|last|previous|next|coming|following)\s+(?P<unit>week|month|year|decade|century)$"
    ),
    _the_past_unit,
    (
        Example("the past year", EXAMPLE_DAY, "past", "P1Y"),
        Example("the past decade", EXAMPLE_DAY, "past", "P10Y"),
    ),
)


def _span(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the past two weeks', 'the coming weeks': a stretch of time that ends or starts now."""
    unit, count = groups["unit"], number(groups.get("num"))
    future = groups["rel"] in ("coming", "next", "following")
    if count is None:
        if groups.get("num") is not None or not groups.get("unit"):
            return None
        # "the coming weeks", "recent years": an open stretch from or up to now (TimeML: PXW).
        value = duration_value(None, unit)
        if dct is None:
            return Resolution(value, None, None, unit, Basis.UNRESOLVED, "DURATION")
        return Resolution(
            value, dct if future else None, None if future else dct, unit, Basis.RELATIVE, "DURATION"
        )
    value = duration_value(count, unit)
    granularity = "day" if unit in ("hour", "minute", "second") else unit
    if dct is None:
        return Resolution(value, None, None, granularity, Basis.UNRESOLVED, "DURATION")
    other = shift(dct, unit, count if future else -count)
    start, end = (dct, other) if future else (other, dct)
    return Resolution(value, start, end, granularity, Basis.RELATIVE, "DURATION")


SPAN = Rule(
    "span",
    re.compile(
        rf"^(the\s+)?(?P<rel>past|last|previous|coming|next|recent|following)\s+({NUM_RE}\s+)?"
        rf"{UNIT_RE}$"
    ),
    _span,
    (
        Example("the coming weeks", EXAMPLE_DAY, "future", "PXW"),
        Example("recent years", EXAMPLE_DAY, "past", "PXY"),
        Example("the past two weeks", EXAMPLE_DAY, "past", "P2W"),
        Example("the past 24 hours", EXAMPLE_DAY, "past", "PT24H"),
        Example("the last twenty four hours", EXAMPLE_DAY, "past", "PT24H"),
    ),
)


def _duration(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    unit = groups.get("unit") or groups.get("plural") or "century"
    if _counts_a_year(groups):
        return None
    return Resolution(
        duration_value(number(groups.get("num")), unit), None, None, None, Basis.EXPLICIT, "DURATION"
    )


DURATION = Rule(
    "duration",
    re.compile(
        r"^(about\s+|nearly\s+|almost\s+|over\s+|more than\s+)?((the|its)\s+)?"
        r"((first|latest|final|initial|full)\s+)?"
        rf"({NUM_RE}\s+((trading|business|working|calendar)\s+)?{UNIT_RE}|"
        r"(the\s+|(?P<many>many|several|few|a few|some)\s+)?"
        r"(?P<plural>second|minute|hour|day|week|month|year|decade|quarter)s|centuries)(\s+long)?$"
    ),
    _duration,
    (
        Example("eight trading days", EXAMPLE_DAY, "past", "P8D"),
        Example("the first two years", EXAMPLE_DAY, "past", "P2Y"),
        Example("months", EXAMPLE_DAY, "past", "PXM"),
    ),
)
