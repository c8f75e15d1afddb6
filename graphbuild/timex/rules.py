"""The rule table and :func:`normalise`: one time expression, as text, to a TIMEX3 value.

:data:`RULES` holds every rule in precedence order: the first whose pattern matches the stripped
text and whose handler gives a value decides. Each rule keeps its examples (``rule.examples``),
which ``tests/test_time_rules.py`` checks. What no rule decides is tried again with spelled years
written as digits ("January nineteen ninety-seven"), then asked of dateparser.

To add a rule: write its handler and :class:`~graphbuild.timex.resolution.Rule` (pattern, handler,
examples) in the module of its kind (:mod:`~graphbuild.timex.dates`, :mod:`~graphbuild.timex.years`,
:mod:`~graphbuild.timex.relative`, :mod:`~graphbuild.timex.durations`,
:mod:`~graphbuild.timex.times`, :mod:`~graphbuild.timex.sets`), and put it in :data:`RULES`
before any rule that would take its examples.

>>> from datetime import date
>>> normalise("Friday", date(2023, 2, 3), "past").value
'2023-02-03'
>>> normalise("January nineteen ninety-seven", date(2023, 2, 3)).value
'1997-01'
>>> normalise("the 5th of March 2021", date(2023, 2, 3)).value  # by dateparser
'2021-03-05'
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser
from dateparser.date import DateDataParser

from graphbuild.model import Basis, DateValue
from graphbuild.timex import dates, durations, relative, sets, times, years
from graphbuild.timex.resolution import Resolution, Rule, period
from graphbuild.timex.words import MONTHS, NUMBERS, WEEKDAYS, strip

__all__ = ["RULES", "normalise"]

RULES: tuple[Rule, ...] = (
    relative.DAY_WORD,
    relative.REFERENCE,
    sets.FREQUENCY,
    times.CLOCK,
    times.TONIGHT,
    times.PART_OF_DAY,
    durations.COMPOUND_DURATION,
    durations.UNIT_AND_A_HALF,
    relative.UNIT_AGO,
    durations.THE_PAST_UNIT,
    dates.ISO,
    years.SPELLED_YEAR,
    years.TWO_THOUSAND,
    years.SPELLED_DECADE,
    dates.MONTH_DAY_YEAR,
    dates.DAY_MONTH_YEAR,
    dates.MONTH_YEAR,
    dates.WEEKDAY_MONTH_DAY,
    dates.WEEKDAY_DAY_MONTH,
    dates.MONTH_DAY_RANGE,
    dates.WEEK_OF,
    dates.WEEK_NUMBER,
    dates.MONTH_DAY,
    dates.DAY_MONTH,
    years.YEAR,
    years.DECADE,
    years.DECADE_SHORT,
    years.QUARTER,
    years.HALF,
    years.SEASON,
    dates.WEEKDAY,
    dates.MONTH,
    relative.RELATIVE_UNIT,
    relative.THE_WEEKEND,
    relative.AGO,
    relative.FROM_NOW,
    durations.SPAN,
    durations.DURATION,
    relative.UNIT_OF_NOW,
    sets.EVERY_UNIT,
    sets.EVERY_NAMED,
    sets.PLURAL_WEEKDAY,
    dates.HOLIDAY,
)


def normalise(text: str, dct: date | None, tense: str = "past") -> DateValue:
    """Normalise one time expression given the publication date and the clause's tense."""
    resolved = _resolve(strip(text), dct, tense)
    if resolved is None:
        return DateValue(None, None, None, None, Basis.UNRESOLVED, text)
    return DateValue(
        resolved.value,
        resolved.start,
        resolved.end,
        resolved.granularity,
        resolved.basis,
        text,
        resolved.kind,
    )


def _resolve(text: str, dct: date | None, tense: str) -> Resolution | None:
    """The resolution of stripped ``text`` by the first rule that gives one, else by dateparser."""
    for rule in RULES:
        resolved = rule.apply(text, dct, tense)
        if resolved is not None:
            return resolved
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four": broadcast
    # transcripts spell years inside longer expressions.
    digits = _SPELLED_YEAR.sub(_year_digits, text)
    if digits != text:
        return _resolve(digits, dct, tense)
    return _fallback(text, dct, tense)


_SPELLED_YEAR = re.compile(
    r"\b(nineteen|twenty)\s+(hundred\s+(and\s+)?)?(?P<rest>[a-z]+(-[a-z]+)?)\b(?!\s+(hour|minute|day|week|month|year))"
)


def _year_digits(match: re.Match) -> str:
    rest = NUMBERS.get(match["rest"])
    # "twenty four" is a number; "nineteen ninety-four" and "nineteen hundred and five" are years.
    if rest is None or not 0 < rest < 100 or rest < 10 and "hundred" not in match[0]:
        return match[0]
    return str((1900 if match[1] == "nineteen" else 2000) + rest)


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_NAMES_A_DATE = re.compile(
    r"\b((1[5-9]|20)\d\d|" + "|".join(sorted([*MONTHS, *WEEKDAYS], key=len, reverse=True)) + r")\b"
)


def _fallback(text: str, dct: date | None, tense: str) -> Resolution | None:
    """dateparser, on the expression alone (never on raw text), for what the rules do not cover.

    Only for text that names a year, a month or a weekday: on anything else ("six", "27-year")
    dateparser invents dates.
    """
    if not _NAMES_A_DATE.search(text):
        return None
    if dct is None or not re.search(r"[a-z0-9]", text):
        if dct is None and re.search(r"\b(19|20)\d\d\b", text):
            parsed = dateparser.parse(text, languages=["en"])
            if parsed is not None:
                return period(parsed.date(), "year", Basis.EXPLICIT)
        return None
    settings = {
        "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day),
        "PREFER_DATES_FROM": "future" if tense == "future" else "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    granularity = _PERIODS.get(data.period, "day")
    named_years = {int(year) for year in re.findall(r"\b((?:1[5-9]|20)\d\d)\b", text)}
    explicit = bool(named_years)
    # dateparser reads a stray number as a year ("April 24 and 25" as 1925) and counts back from
    # others ("1988 days"): the year must be one the text names, or near publication.
    year = data.date_obj.year
    if year not in named_years if explicit else abs(year - dct.year) > 1:
        return None
    return period(data.date_obj.date(), granularity, Basis.EXPLICIT if explicit else Basis.RELATIVE)
