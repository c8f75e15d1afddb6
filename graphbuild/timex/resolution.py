"""What a time rule is, and what it resolves an expression to.

A :class:`Rule` keeps together its pattern, its handler and examples of what it gives; a handler
turns the pattern's groups, the publication date and the clause's tense into a
:class:`Resolution`, or None when the match is no such expression after all. The helpers build
the resolutions most rules give: a period, a day, a day counted from publication, an unknown one.

>>> from datetime import date
>>> month = period(date(2023, 2, 3), "month", Basis.RELATIVE)
>>> month.value, str(month.start), str(month.end), month.granularity, month.kind
('2023-02', '2023-02-01', '2023-02-28', 'month', 'DATE')
>>> calendar_day(2023, 2, 30, Basis.EXPLICIT) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from graphbuild.model import Basis
from graphbuild.timex.calendar import interval, timex_value

__all__ = [
    "EXAMPLE_DAY",
    "REPORT_DAY",
    "Example",
    "Groups",
    "Handler",
    "Resolution",
    "Rule",
    "calendar_day",
    "period",
    "relative_day",
    "unresolved_period",
]

# Publication days of the examples: the seeds' (a Friday), and a TimeBank earnings report's (a Monday).
EXAMPLE_DAY = date(2023, 2, 3)
REPORT_DAY = date(1989, 10, 30)


@dataclass(frozen=True)
class Resolution:
    """What an expression means: a TIMEX3 value and type, its interval and granularity, the basis."""

    value: str
    start: date | None
    end: date | None
    granularity: str | None
    basis: str
    kind: str = "DATE"


@dataclass(frozen=True)
class Example:
    """``text``, published on ``dct`` in a clause of ``tense``, has the TIMEX3 ``value``."""

    text: str
    dct: date | None
    tense: str
    value: str


Groups = Mapping[str, str | None]
Handler = Callable[[Groups, date | None, str], Resolution | None]


@dataclass(frozen=True)
class Rule:
    """One kind of time expression: the pattern that finds it, the handler that resolves it, examples."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    examples: tuple[Example, ...]

    def apply(self, text: str, dct: date | None, tense: str) -> Resolution | None:
        """The resolution of ``text`` (already stripped) by this rule, or None if it does not apply."""
        match = self.pattern.match(text)
        if match is None:
            return None
        try:
            return self.handler(match.groupdict(), dct, tense)
        except (ValueError, OverflowError):
            # "3000 years ago", "in 9,000 years": outside the calendar of Python's dates.
            return None


def period(value: date, granularity: str, basis: str, kind: str = "DATE") -> Resolution:
    """The period of ``granularity`` that holds ``value``."""
    start, end = interval(value, granularity)
    return Resolution(timex_value(value, granularity), start, end, granularity, basis, kind)


def calendar_day(year: int, month: int, day: int, basis: str) -> Resolution | None:
    """That day, or None if the calendar has none ("Feb. 30")."""
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return Resolution(value.isoformat(), value, value, "day", basis)


def relative_day(dct: date | None, offset: int) -> Resolution:
    """The day ``offset`` days from publication; an unknown day without a publication date."""
    if dct is None:
        return Resolution("XXXX-XX-XX", None, None, "day", Basis.UNRESOLVED)
    value = dct + timedelta(days=offset)
    return Resolution(value.isoformat(), value, value, "day", Basis.RELATIVE)


_UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def unresolved_period(granularity: str) -> Resolution:
    """A period of ``granularity`` that cannot be placed without a publication date."""
    return Resolution(_UNKNOWN.get(granularity, "XXXX"), None, None, granularity, Basis.UNRESOLVED)
