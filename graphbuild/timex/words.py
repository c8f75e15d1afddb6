"""The words of time expressions, as data: numbers, months, weekdays, units, seasons, the words
around an expression that belong to it or not, and the regular-expression parts built from them.

Like a language's lexical attributes in spaCy, two small readers sit with the lists: :func:`number`
reads a count ("two and a half") and :func:`strip` gives the text the rules match.

>>> number("twenty-one"), number("5 1/2"), number("several")
(21, 5.5, None)
>>> strip("In early  March,")
'march'
"""

from __future__ import annotations

import calendar
import re

__all__ = [
    "CONNECTORS",
    "DAY_OFFSETS",
    "DAY_RE",
    "DAY_WORDS",
    "DECADE_WORDS",
    "DURATION_UNITS",
    "FREQUENCY_ADVERBS",
    "INSIDE_LEFT",
    "MONTHS",
    "MONTH_RE",
    "NAMED",
    "NOT_TIMES",
    "NUMBERS",
    "NUM_RE",
    "ORDINALS",
    "OUTSIDE",
    "DAY_PARTS",
    "REFERENCE_WORDS",
    "REFS",
    "SEASONS",
    "SETS",
    "SET_UNITS",
    "UNITS",
    "UNIT_RE",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "WEEKDAY_RE",
    "YEAR_OFFSET",
    "YEAR_RE",
    "number",
    "strip",
]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)} | {
    name.lower(): i for i, name in enumerate(calendar.day_abbr)
}
MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
# Weekdays and months by their full names only: "each Thursday", "every July".
NAMED = frozenset(calendar.day_name[i].lower() for i in range(7)) | frozenset(
    calendar.month_name[i].lower() for i in range(1, 13)
)
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# None: a count of no stated size ("several years ago").
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "hundred": 100,
    "a hundred": 100,
    **_TENS,
    **{
        f"{tens}{joint}{unit}": value + i
        for tens, value in _TENS.items()
        for joint in ("-", " ")
        for i, unit in enumerate(
            ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), start=1
        )
    },
    "a couple of": 2,
    "couple of": 2,
    "several": None,
    "few": None,
    "a few": None,
    "many": None,
    "some": None,
}
# TIMEX3 duration codes: "two weeks" is P2W, "thirty minutes" PT30M.
UNITS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "hour": "H",
    "minute": "M",
    "second": "S",
    "quarter": "Q",
}
DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
SET_UNITS = frozenset(["day", "week", "month", "year"])
# Season: its TIMEX3 code and first month.
SEASONS = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "fall": ("FA", 9),
    "autumn": ("FA", 9),
    "winter": ("WI", 12),
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Parts of the day and their TIMEX3 codes: "Thursday evening" is 2023-02-02TEV.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7}
DECADE_WORDS |= {"eighties": 8, "nineties": 9}
# "last year's", "this year", "next year": years from publication.
YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
# Days counted from publication.
DAY_OFFSETS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
# TIMEX3's vague references: what each stands for.
REFS = {
    "PAST_REF": (
        "recently",
        "lately",
        "the past",
        "previously",
        "formerly",
        "in the past",
        "recent",
        "earlier",
        "once",
    ),
    "PRESENT_REF": (
        "now",
        "currently",
        "at present",
        "these days",
        "nowadays",
        "present",
        "current",
        "right now",
        "at the moment",
        "the moment",
    ),
    "FUTURE_REF": ("soon", "the future", "in the future", "future", "shortly", "later"),
}
# Frequencies and the TIMEX3 SET value of each.
SETS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "annual": "P1Y",
    "yearly": "P1Y",
    "quarterly": "P3M",
}
FREQUENCY_ADVERBS = frozenset(["daily", "hourly", "weekly", "monthly", "nightly"])
# Frequency adjectives name a kind of thing ("quarterly results", "annual meeting"), not a time:
# neither TimeBank nor MEANTIME marks most of them.
NOT_TIMES = frozenset(["quarterly", "annual", "annually"])

# Words TimeML leaves outside a time expression's extent: "about 10:35 a.m." is "10:35 a.m.".
OUTSIDE = frozenset(
    ("about", "approximately", "around", "nearly", "almost", "just", "some", "roughly", "only")
    + ("over", "under", "within", "for", "since", "until", "till", "by", "before", "after", "during")
    + ("from", "through", "throughout", "at", "on", "in", "of", "to", "than", "more", "less", "least")
    + ("up", "as", "barely", "long", "most")
)
# Words spaCy sometimes leaves out that belong to the expression: "this year", "the past week".
INSIDE_LEFT = frozenset(
    [
        "this",
        "last",
        "next",
        "that",
        "the",
        "past",
        "coming",
        "previous",
        "following",
        "recent",
        "early",
        "late",
        "mid",
        "each",
        "every",
    ]
)
REFERENCE_WORDS = frozenset(["now", "currently", "recently", "nowadays", "lately"])
# Words between two dates of one entity: "between 1994 and 1997", "the quarter ended Sept. 30".
CONNECTORS = frozenset(("to", "through", "and", "or", "ended", "ending", "until", "-", "–", ",", "&"))
# Words before an expression that the rules match without: "early March" is March, "in 1987" 1987.
_MODIFIER_WORDS = (
    "early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
    "beginning of|start of|earlier|later|around|about|as early as|at least|since|until|by|"
    "before|after|on|in|during|from|through|over|for|within"
)

# The lists as regular-expression parts, longest alternative first.
MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY_RE = r"(?P<day>\d{1,2})(st|nd|rd|th)?"
YEAR_RE = r"(?P<year>(1[5-9]|20)\d\d)"
WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
WEEKDAY_RE = rf"(?P<weekday>{WEEKDAY_NAMES})"
_NUMBER_WORDS = "|".join(sorted(NUMBERS, key=len, reverse=True))
# "5 1/2 hours", "two and a half years": a half is counted in the next smaller unit.
NUM_RE = rf"(?P<num>(\d+(\.\d+)?|{_NUMBER_WORDS})(\s+1/2|\s+and\s+a\s+half)?)"
UNIT_RE = r"(?P<unit>" + "|".join(UNITS) + r")s?"
DAY_WORDS = f"yesterday|today|tomorrow|{WEEKDAY_NAMES}"

_MODIFIERS = re.compile(rf"^({_MODIFIER_WORDS})(\s+|-(?=\d))", re.I)
_HALF = re.compile(r"\s+(1/2|and\s+a\s+half)$")


def strip(text: str) -> str:
    """The text the rules match: lower case, single spaces, without modifiers ("early", "in")."""
    cleaned = " ".join(text.lower().replace("’", "'").split()).strip(" ,.")
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = _MODIFIERS.sub("", cleaned)
    return cleaned


def number(text: str | None) -> float | None:
    """The count a number or number word says, or None for "several" or no number."""
    if text is None:
        return None
    whole, half = _HALF.sub("", text), _HALF.search(text) is not None
    try:
        count = float(whole)
    except ValueError:
        count = NUMBERS.get(whole)
        if count is None:
            return None
    count += 0.5 * half
    return int(count) if float(count).is_integer() else count
