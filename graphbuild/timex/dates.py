"""Rules for days and months named by calendar words: "Feb. 3, 2023", "Dec. 7", "Friday",
"June last year", "the week of March 6", "Thanksgiving Day" (TIMEX3 DATE).

A name without its year ("Dec. 7", "Friday", "December") is placed by the tense of its
clause: a past clause takes the last one up to publication, a future clause the next one, and
otherwise the nearest (see :mod:`graphbuild.timex.direction`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from graphbuild.model import Basis
from graphbuild.timex.calendar import HOLIDAYS
from graphbuild.timex.resolution import (
    EXAMPLE_DAY,
    REPORT_DAY,
    Example,
    Groups,
    Resolution,
    Rule,
    calendar_day,
    period,
    relative_day,
    unresolved_period,
)
from graphbuild.timex.words import (
    DAY_RE,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_OFFSET,
    YEAR_RE,
)

__all__ = [
    "DAY_MONTH",
    "DAY_MONTH_YEAR",
    "HOLIDAY",
    "ISO",
    "MONTH",
    "MONTH_DAY",
    "MONTH_DAY_RANGE",
    "MONTH_DAY_YEAR",
    "MONTH_YEAR",
    "WEEKDAY",
    "WEEKDAY_DAY_MONTH",
    "WEEKDAY_MONTH_DAY",
    "WEEK_NUMBER",
    "WEEK_OF",
    "named_weekday",
    "which_occurrence",
]


def which_occurrence(rel: str | None, tense: str) -> str:
    """'past', 'future', 'this' or 'nearest': which occurrence a bare name refers to."""
    if rel in ("last", "past", "this past", "previous"):
        return "past"
    if rel in ("next", "coming", "this coming", "following"):
        return "future"
    if rel == "this":
        return "this"
    return {"past": "past", "future": "future"}.get(tense, "nearest")


def _year_of_month(month: int, dct: date) -> int:
    """The year of a month named without one and without a tense: within 7 months back or 4 ahead.

    In TimeBank, such months lie behind publication about twice as often as ahead of it.
    """
    offset = month - dct.month
    if offset > 4:
        return dct.year - 1
    if offset < -7:
        return dct.year + 1
    return dct.year


def _iso(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return calendar_day(int(groups["year"]), int(groups["month"]), int(groups["day"]), Basis.EXPLICIT)


ISO = Rule(
    "iso",
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$"),
    _iso,
    (Example("2023-02-03", None, "past", "2023-02-03"),),
)


def _month_day_year(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return calendar_day(int(groups["year"]), MONTHS[groups["month"]], int(groups["day"]), Basis.EXPLICIT)


MONTH_DAY_YEAR = Rule(
    "month_day_year",
    re.compile(rf"^(the\s+)?{MONTH_RE}\s+{DAY_RE},?\s+{YEAR_RE}$"),
    _month_day_year,
    (
        Example("Aug. 10, 1988", EXAMPLE_DAY, "past", "1988-08-10"),
        Example("Nov. 8, 2005", None, "past", "2005-11-08"),
    ),
)
DAY_MONTH_YEAR = Rule(
    "day_month_year",
    re.compile(rf"^{DAY_RE}\s+(of\s+)?{MONTH_RE},?\s+{YEAR_RE}$"),
    _month_day_year,
    (Example("24 February 2022", EXAMPLE_DAY, "past", "2022-02-24"),),
)


def _month_year(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'January 1998', and 'June last year' counted from publication."""
    month = MONTHS[groups["month"]]
    if groups.get("year"):
        return period(date(int(groups["year"]), month, 1), "month", Basis.EXPLICIT)
    if dct is None:
        return Resolution(f"XXXX-{month:02d}", None, None, "month", Basis.UNRESOLVED)
    year = dct.year + YEAR_OFFSET[groups["yrel"]]
    return period(date(year, month, 1), "month", Basis.RELATIVE)


MONTH_YEAR = Rule(
    "month_year",
    re.compile(rf"^{MONTH_RE},?\s+(of\s+)?({YEAR_RE}|(?P<yrel>this|last|next)\s+year)$"),
    _month_year,
    (
        Example("January 1998", EXAMPLE_DAY, "past", "1998-01"),
        Example("June last year", EXAMPLE_DAY, "past", "2022-06"),
        Example("January this year", EXAMPLE_DAY, "past", "2023-01"),
    ),
)


def _weekday_month_day(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'Monday, Oct. 26': without a year, the year near publication in which that day is a Monday."""
    if groups.get("year"):
        return _month_day_year(groups, dct, tense)
    month, day, weekday = MONTHS[groups["month"]], int(groups["day"]), WEEKDAYS[groups["weekday"]]
    if dct is not None:
        for year in (dct.year, dct.year - 1, dct.year + 1):
            try:
                if date(year, month, day).weekday() == weekday:
                    return calendar_day(year, month, day, Basis.RELATIVE)
            except ValueError:
                return None
    return _month_day(groups, dct, tense)


WEEKDAY_MONTH_DAY = Rule(
    "weekday_month_day",
    re.compile(rf"^{WEEKDAY_RE}\.?,?\s+{MONTH_RE}\s+{DAY_RE}(,?\s+{YEAR_RE})?$"),
    _weekday_month_day,
    (Example("Sunday, Jan. 7", REPORT_DAY, "present", "1990-01-07"),),
)
# The day before the month, as British and European news writes it.
WEEKDAY_DAY_MONTH = Rule(
    "weekday_day_month",
    re.compile(rf"^{WEEKDAY_RE}\.?,?\s+{DAY_RE}\s+(of\s+)?{MONTH_RE}(,?\s+{YEAR_RE})?$"),
    _weekday_month_day,
    (
        Example("Wednesday 05 May 2010", None, "past", "2010-05-05"),
        Example("Sunday 7 January", REPORT_DAY, "present", "1990-01-07"),
    ),
)


def _month_day_range(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'April 24 and 25', 'Feb. 3-4': the first day's value, the interval over both."""
    first = _month_day_year(groups, dct, tense) if groups.get("year") else _month_day(groups, dct, tense)
    if first is None or first.start is None:
        return first
    try:
        last = first.start.replace(day=int(groups["day2"]))
    except ValueError:
        return None
    if last <= first.start:
        return None
    return Resolution(first.value, first.start, last, "day", first.basis, first.kind)


MONTH_DAY_RANGE = Rule(
    "month_day_range",
    re.compile(
        rf"^{MONTH_RE}\s+{DAY_RE}\s*(and|-|–|to|through)\s*(?P<day2>\d{{1,2}})(st|nd|rd|th)?"
        rf"(,?\s+{YEAR_RE})?$"
    ),
    _month_day_range,
    (
        Example("April 24 and 25", REPORT_DAY, "future", "1990-04-24"),
        Example("Feb. 3-4", EXAMPLE_DAY, "past", "2023-02-03"),
    ),
)


def _week_of(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'the week of March 6': the week that holds that day."""
    day = _month_day_year(groups, dct, tense) if groups.get("year") else _month_day(groups, dct, tense)
    if day is None or day.start is None:
        return None if day is None else unresolved_period("week")
    return period(day.start, "week", day.basis)


WEEK_OF = Rule(
    "week_of",
    re.compile(rf"^(the\s+)?week\s+of\s+{MONTH_RE}\s+{DAY_RE}(,?\s+{YEAR_RE})?$"),
    _week_of,
    (Example("the week of March 6", REPORT_DAY, "past", "1989-W10"),),
)


def _week_number(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'Week 13' (of a season, a schedule, a trial): a week counted from a start the text
    does not give, never the ISO week of the year nor the week of publication."""
    return unresolved_period("week")


WEEK_NUMBER = Rule(
    "week_number",
    re.compile(r"^(the\s+)?week\s+(no\.?\s*)?\d{1,2}(\s+of\s+(the|this|last|next)\s+\w+)?$"),
    _week_number,
    (
        Example("Week 13", EXAMPLE_DAY, "past", "XXXX-WXX"),
        Example("week 2 of the season", None, "future", "XXXX-WXX"),
    ),
)


def _month_day(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    month, day = MONTHS[groups["month"]], int(groups["day"])
    if dct is None:
        return (
            Resolution(f"XXXX-{month:02d}-{day:02d}", None, None, "day", Basis.UNRESOLVED)
            if day <= 31
            else None
        )
    # News dates without a year: the last such day before publication, unless the clause is future.
    direction = which_occurrence(groups.get("rel"), tense)
    if direction == "this":
        direction = which_occurrence(None, tense)  # "this Oct. 23" goes by the clause
    year = dct.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    # A future day only days before publication ("ordered to return the child by Jan. 14" in a
    # story dated Jan. 15) is this year's: the story was written before it was dated.
    if direction == "future" and candidate < dct - timedelta(days=14):
        year += 1
    elif direction == "past" and candidate > dct:
        year -= 1
    elif direction not in ("past", "future"):
        year = _year_of_month(month, dct)
    return calendar_day(year, month, day, Basis.RELATIVE)


MONTH_DAY = Rule(
    "month_day",
    re.compile(rf"^(the\s+)?(?P<rel>last|this|next|this past|this coming)?\s*{MONTH_RE}\s+{DAY_RE}$"),
    _month_day,
    (
        Example("Feb. 24", EXAMPLE_DAY, "past", "2022-02-24"),
        Example("Dec. 7", date(1989, 10, 27), "none", "1989-12-07"),
        Example("Jan. 14", date(2000, 1, 15), "future", "2000-01-14"),
        Example("last Oct. 23", REPORT_DAY, "past", "1989-10-23"),
    ),
)
DAY_MONTH = Rule(
    "day_month",
    re.compile(rf"^{DAY_RE}\s+(of\s+)?{MONTH_RE}$"),
    _month_day,
    (Example("24 February", EXAMPLE_DAY, "past", "2022-02-24"),),
)


def named_weekday(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'Friday', 'last Friday', 'this Friday': the day of that name the tense points to."""
    if dct is None:
        return Resolution("XXXX-XX-XX", None, None, "day", Basis.UNRESOLVED)
    target = WEEKDAYS[groups["weekday"]]
    rel = groups.get("rel")
    back = (dct.weekday() - target) % 7
    forward = (target - dct.weekday()) % 7
    direction = which_occurrence(rel, tense)
    if direction == "this":
        offset = target - dct.weekday()
    elif rel in ("last", "next"):
        # "last Friday" said on a Friday is a week ago; "next Friday" is a week ahead.
        offset = -(back or 7) if rel == "last" else (forward or 7)
    elif direction == "past" or tense == "none":
        # Without a verb ("Thursday's close"), a weekday in the news is almost always gone by.
        offset = -back
    elif direction == "future":
        offset = forward
    else:
        offset = -back if back <= forward else forward
    return relative_day(dct, offset)


WEEKDAY = Rule(
    "weekday",
    re.compile(
        r"^(?P<rel>last|this|next|this past|this coming|past|coming)?\s*"
        + WEEKDAY_RE
        + r"\.?(\s+(morning|afternoon|evening|night))?$"
    ),
    named_weekday,
    (
        Example("Friday", EXAMPLE_DAY, "past", "2023-02-03"),
        Example("last Friday", EXAMPLE_DAY, "past", "2023-01-27"),
        Example("Tuesday", date(1989, 10, 27), "past", "1989-10-24"),
        Example("Thursday", REPORT_DAY, "none", "1989-10-26"),
        Example("Wednesday", REPORT_DAY, "present", "1989-11-01"),
    ),
)


def _month(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    month = MONTHS[groups["month"]]
    if dct is None:
        return Resolution(f"XXXX-{month:02d}", None, None, "month", Basis.UNRESOLVED)
    year = dct.year
    direction = which_occurrence(groups.get("rel"), tense)
    if direction == "past" and month > dct.month or groups.get("rel") == "last" and month == dct.month:
        year -= 1
    elif direction == "future" and month < dct.month or groups.get("rel") == "next" and month == dct.month:
        year += 1
    elif direction == "nearest":
        year = _year_of_month(month, dct)
    return period(date(year, month, 1), "month", Basis.RELATIVE)


MONTH = Rule(
    "month",
    re.compile(rf"^(?P<rel>last|this|next|this past|past|coming)?\s*{MONTH_RE}$"),
    _month,
    (
        Example("December", REPORT_DAY, "past", "1988-12"),
        Example("August", REPORT_DAY, "future", "1990-08"),
        Example("January", REPORT_DAY, "nearest", "1990-01"),
    ),
)


def _holiday(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'Thanksgiving Day', 'last Christmas': the holiday's day in the year the tense points to."""
    day_in = HOLIDAYS[groups["holiday"]]
    if dct is None:
        return Resolution("XXXX-XX-XX", None, None, "day", Basis.UNRESOLVED)
    direction = which_occurrence(groups.get("rel"), tense)
    this_year = day_in(dct.year)
    if direction == "past":
        day = this_year if this_year <= dct else day_in(dct.year - 1)
    elif direction == "future":
        day = this_year if this_year >= dct else day_in(dct.year + 1)
    else:
        day = day_in(_year_of_month(this_year.month, dct))
    return Resolution(day.isoformat(), day, day, "day", Basis.RELATIVE)


_HOLIDAY_NAMES = "|".join(sorted((re.escape(name) for name in HOLIDAYS), key=len, reverse=True))
HOLIDAY = Rule(
    "holiday",
    re.compile(
        r"^(the\s+)?(?P<rel>last|this|next|this past|this coming)?\s*(?P<holiday>" + _HOLIDAY_NAMES + ")$"
    ),
    _holiday,
    (
        Example("Thanksgiving Day", date(2000, 1, 7), "past", "1999-11-25"),
        Example("Christmas Eve", date(2000, 1, 7), "past", "1999-12-24"),
        Example("next Easter", EXAMPLE_DAY, "past", "2023-04-09"),
    ),
)
