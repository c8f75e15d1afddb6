"""Rules for sets, what recurs: "daily", "every week", "each Thursday", "Tuesday nights" (TIMEX3 SET)."""

from __future__ import annotations

import re
from datetime import date

from graphbuild.model import Basis
from graphbuild.timex.resolution import EXAMPLE_DAY, Example, Groups, Resolution, Rule
from graphbuild.timex.words import DAY_PARTS, MONTH_RE, MONTHS, SETS, UNITS, WEEKDAY_RE, WEEKDAYS

__all__ = ["EVERY_NAMED", "EVERY_UNIT", "FREQUENCY", "PLURAL_WEEKDAY"]


def _frequency(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return Resolution(SETS[groups["word"]], None, None, None, Basis.EXPLICIT, "SET")


FREQUENCY = Rule(
    "frequency",
    re.compile(rf"^(?P<word>{'|'.join(SETS)})$"),
    _frequency,
    (Example("daily", EXAMPLE_DAY, "past", "P1D"), Example("quarterly", EXAMPLE_DAY, "past", "P3M")),
)


def _every_unit(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    return Resolution(f"P1{UNITS[groups['unit']]}", None, None, None, Basis.EXPLICIT, "SET")


EVERY_UNIT = Rule(
    "every_unit",
    re.compile(r"^(every|each|per)\s+(?P<unit>day|week|month|year)$"),
    _every_unit,
    (Example("every day", EXAMPLE_DAY, "past", "P1D"), Example("per year", EXAMPLE_DAY, "past", "P1Y")),
)


def _set_of_named(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'each Thursday' (XXXX-WXX-4), 'Tuesdays', 'every July' (XXXX-07): every such day or month."""
    if groups.get("weekday"):
        value = f"XXXX-WXX-{WEEKDAYS[groups['weekday']] + 1}"
        if groups.get("parts"):
            value += f"T{DAY_PARTS[groups['parts'][:-1]]}"
    else:
        value = f"XXXX-{MONTHS[groups['month']]:02d}"
    return Resolution(value, None, None, None, Basis.EXPLICIT, "SET")


EVERY_NAMED = Rule(
    "every_named",
    re.compile(rf"^(every|each)\s+({WEEKDAY_RE}|{MONTH_RE})$"),
    _set_of_named,
    (
        Example("each Thursday", EXAMPLE_DAY, "past", "XXXX-WXX-4"),
        Example("every July", EXAMPLE_DAY, "past", "XXXX-07"),
    ),
)
PLURAL_WEEKDAY = Rule(
    "plural_weekday",
    re.compile(rf"^{WEEKDAY_RE}(s|\s+(?P<parts>mornings|afternoons|evenings|nights))$"),
    _set_of_named,
    (
        Example("Tuesdays", EXAMPLE_DAY, "past", "XXXX-WXX-2"),
        Example("Tuesday nights", EXAMPLE_DAY, "past", "XXXX-WXX-2TNI"),
    ),
)
