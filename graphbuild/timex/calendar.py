"""Calendar arithmetic: the interval and TIMEX3 value of a period, shifts by a unit, the TIMEX3
value of a duration, and the day each holiday falls on.

>>> from datetime import date
>>> shift(date(2023, 3, 31), "month", -1), timex_value(date(2023, 2, 3), "year")
(datetime.date(2023, 2, 28), '2023')
>>> duration_value(2.5, "year"), duration_value(None, "week")
('P2Y6M', 'PXW')
>>> HOLIDAYS["thanksgiving"](1999)
datetime.date(1999, 11, 25)
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.easter import easter

from graphbuild.timex.words import UNITS

__all__ = ["HOLIDAYS", "duration_value", "interval", "shift", "timex_value"]


def interval(value: date, granularity: str) -> tuple[date, date]:
    """The first and last day of the ``granularity`` period that holds ``value``.

    >>> [str(d) for d in interval(date(2023, 2, 3), "week")]
    ['2023-01-30', '2023-02-05']
    """
    if granularity == "week":
        start = value - timedelta(days=value.weekday())
        return start, start + timedelta(days=6)
    if granularity == "month":
        return value.replace(day=1), value.replace(day=calendar.monthrange(value.year, value.month)[1])
    if granularity == "quarter":
        first = 3 * ((value.month - 1) // 3) + 1
        last = first + 2
        return date(value.year, first, 1), date(value.year, last, calendar.monthrange(value.year, last)[1])
    if granularity == "year":
        return date(value.year, 1, 1), date(value.year, 12, 31)
    if granularity == "decade":
        first = value.year - value.year % 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    if granularity == "century":
        first = value.year - value.year % 100
        return date(first, 1, 1), date(first + 99, 12, 31)
    return value, value


def timex_value(value: date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` that holds ``value``.

    >>> timex_value(date(2023, 2, 3), "week"), timex_value(date(2023, 2, 3), "quarter")
    ('2023-W05', '2023-Q1')
    """
    if granularity == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return f"{value.year}-{value.month:02d}"
    if granularity == "quarter":
        return f"{value.year}-Q{(value.month - 1) // 3 + 1}"
    if granularity == "year":
        return str(value.year)
    if granularity == "decade":
        return f"{value.year // 10}X"
    if granularity == "century":
        return f"{value.year // 100}XX"
    return value.isoformat()


def shift(value: date, unit: str, amount: float) -> date:
    """``value`` moved by ``amount`` units (rounded); a month's day is kept or clipped to its last."""
    amount = round(amount)
    if unit == "day":
        return value + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return value + timedelta(weeks=amount)
    if unit in ("hour", "minute", "second"):
        # "the past 36 hours" reaches back one whole day; the time of publication is unknown.
        return value + timedelta(days=int(timedelta(**{f"{unit}s": amount}) / timedelta(days=1)))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * amount
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(value.day, calendar.monthrange(year, month + 1)[1]))


# A fraction of a unit is written in the next smaller one: 2.5 years is P2Y6M, 5.5 hours PT5H30M.
_SMALLER = {"year": (12, "M"), "day": (24, "H"), "hour": (60, "M"), "minute": (60, "S")}


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 value of ``count`` units; with no count, a stretch of no stated length ("PXW")."""
    if unit == "quarter":
        return duration_value(None if count is None else count * 3, "month")
    # TimeBank counts decades and centuries in years: "two decades" is P20Y.
    if unit in ("decade", "century") and count is not None:
        return duration_value(count * (10 if unit == "decade" else 100), "year")
    code = UNITS[unit]
    timed = unit in ("hour", "minute", "second")
    if count is None:
        return f"P{'T' if timed else ''}X{code}"
    whole, fraction = divmod(count, 1)
    amount = f"{int(whole)}{code}" if whole else ""
    if fraction:
        if unit not in _SMALLER:
            return f"P{'T' if timed else ''}{count:g}{code}"
        factor, smaller = _SMALLER[unit]
        rest = f"{int(fraction * factor)}{smaller}"
        if unit == "day":
            return f"P{amount}T{rest}"
        amount += rest
    return f"P{'T' if timed else ''}{amount}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` of a month; n = -1 for the last one."""
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]
    return days[n if n < 0 else n - 1]


# Holidays news names without a date, by the day they fall on in a given year.
HOLIDAYS = {
    "christmas": lambda year: date(year, 12, 25),
    "christmas day": lambda year: date(year, 12, 25),
    "christmas eve": lambda year: date(year, 12, 24),
    "new year's day": lambda year: date(year, 1, 1),
    "new year's eve": lambda year: date(year, 12, 31),
    "valentine's day": lambda year: date(year, 2, 14),
    "halloween": lambda year: date(year, 10, 31),
    "independence day": lambda year: date(year, 7, 4),
    "bastille day": lambda year: date(year, 7, 14),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 3, 4),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "election day": lambda year: _nth_weekday(year, 11, 0, 1) + timedelta(days=1),
    "easter": easter,
    "easter sunday": easter,
}
