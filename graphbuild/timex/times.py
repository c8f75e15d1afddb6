"""Rules for times of day: clock times ("10:35 a.m.", "noon Thursday", "18:00 UTC") and parts of
the day ("this morning", "Thursday evening", "tonight"), on the day named beside them or on the
publication day (TIMEX3 TIME).
"""

from __future__ import annotations

import re
from datetime import date

from graphbuild.timex.dates import named_weekday
from graphbuild.timex.resolution import (
    EXAMPLE_DAY,
    REPORT_DAY,
    Example,
    Groups,
    Resolution,
    Rule,
    relative_day,
)
from graphbuild.timex.words import DAY_PARTS, DAY_WORDS, WEEKDAY_NAMES, WEEKDAYS

__all__ = ["CLOCK", "PART_OF_DAY", "TONIGHT"]


def _on_day(groups: Groups, dct: date | None, tense: str) -> Resolution:
    """The day a time of day belongs to: DCT, or a day named beside it, and how that was found."""
    word = groups.get("day")
    if word in WEEKDAYS:
        return named_weekday({"weekday": word}, dct, tense)
    return relative_day(dct, {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word or "", 0))


def _clock(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    """'10:35 a.m.', 'noon Thursday', '10 p.m. Wednesday': a time on the day named, else on DCT."""
    groups = {**groups, "day": groups.get("day") or groups.get("day_after")}
    if groups.get("named"):
        # TimeML writes midnight as the end of the day it closes: T24:00.
        hour, minute = (24 if groups["named"] == "midnight" else 12), 0
    else:
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        ampm = (groups.get("ampm") or "").replace(".", "").replace(" ", "")
        if not groups.get("minute") and not ampm:
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
    day = _on_day(groups, dct, tense)
    zone = "Z" if (groups.get("tz") or "") in ("utc", "gmt", "z") and not groups.get("offset") else ""
    return Resolution(
        f"{day.value}T{hour:02d}:{minute:02d}{zone}", day.start, day.start, "day", day.basis, "TIME"
    )


CLOCK = Rule(
    "clock",
    re.compile(
        rf"^((?P<day>{DAY_WORDS}),?\s+(at\s+)?)?"
        r"((?P<hour>\d{1,2})([:.](?P<minute>\d\d))?\s*(?P<ampm>[ap]\.?\s?m\.?)?|(?P<named>noon|midday|midnight))"
        r"(\s*\(?(?P<tz>utc|gmt|z|[a-z]{2,4})?(\s?(?P<offset>[+-]\d{1,2}))?\)?)?"
        rf"(,?\s+(on\s+)?(?P<day_after>{DAY_WORDS}))?$"
    ),
    _clock,
    (
        Example("10:35 a.m.", EXAMPLE_DAY, "past", "2023-02-03T10:35"),
        Example("noon Thursday", REPORT_DAY, "past", "1989-10-26T12:00"),
        Example("9 a.m. Tuesday", REPORT_DAY, "present", "1989-10-31T09:00"),
        Example("18:00 UTC", EXAMPLE_DAY, "past", "2023-02-03T18:00Z"),
        Example("midnight", EXAMPLE_DAY, "past", "2023-02-03T24:00"),
    ),
)


def _part_of_day(groups: Groups, dct: date | None, tense: str) -> Resolution | None:
    if groups["part"] == "tonight":
        groups = {"day": None, "part": "night"}
    if groups.get("day") in ("early", "late", "early on", "late on"):
        groups = {**groups, "day": None}
    day = _on_day(groups, dct, tense)
    return Resolution(
        f"{day.value}T{DAY_PARTS[groups['part']]}", day.start, day.start, "day", day.basis, "TIME"
    )


TONIGHT = Rule(
    "tonight",
    re.compile(r"^(?P<part>tonight)$"),
    _part_of_day,
    (Example("tonight", EXAMPLE_DAY, "future", "2023-02-03TNI"),),
)
PART_OF_DAY = Rule(
    "part_of_day",
    re.compile(
        rf"^(?P<day>this|yesterday|tomorrow|last|early|late|late on|early on|{WEEKDAY_NAMES})?"
        r"\s*(?P<part>morning|afternoon|evening|night)$"
    ),
    _part_of_day,
    (
        Example("this morning", EXAMPLE_DAY, "past", "2023-02-03TMO"),
        Example("Thursday evening", EXAMPLE_DAY, "past", "2023-02-02TEV"),
        Example("last night", EXAMPLE_DAY, "past", "2023-02-02TNI"),
    ),
)
