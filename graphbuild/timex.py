"""The time stage: find time expressions and normalise them against the publication date.

News is written relative to its own date, so every expression is resolved against the
document creation time (``dct``) and the tense of the clause it sits in. The result says
what the expression means (a TIMEX3 value and an interval with its granularity) and how
that was decided (the basis). Without a publication date, relative expressions stay
unresolved: they are never resolved against today's date.

>>> from datetime import date
>>> normalise("Friday", date(2023, 2, 3), "past").value
'2023-02-03'
>>> last_year = normalise("last year", date(2023, 2, 3), "past")
>>> last_year.value, str(last_year.start), str(last_year.end), last_year.granularity
('2022', '2022-01-01', '2022-12-31', 'year')
>>> normalise("last week", None, "past").basis
'unresolved'
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

import dateparser
from dateparser.date import DateDataParser
from dateutil.easter import easter
from spacy.tokens import Doc, Span, Token

from graphbuild.model import Basis, DateValue, TimeMention

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)} | {
    name.lower(): i for i, name in enumerate(calendar.day_abbr)
}
_MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
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
_NUMBERS = {
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
_UNITS = {
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
_SEASONS = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "fall": ("FA", 9),
    "autumn": ("FA", 9),
    "winter": ("WI", 12),
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>\d{1,2})(st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(1[5-9]|20)\d\d)"
_WEEKDAY_NAMES = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WEEKDAY_RE = rf"(?P<weekday>{_WEEKDAY_NAMES})"
_NUMBER_WORDS = "|".join(sorted(_NUMBERS, key=len, reverse=True))
# "5 1/2 hours", "two and a half years": a half is counted in the next smaller unit.
_NUM_RE = rf"(?P<num>(\d+(\.\d+)?|{_NUMBER_WORDS})(\s+1/2|\s+and\s+a\s+half)?)"
_UNIT_RE = r"(?P<unit>" + "|".join(_UNITS) + r")s?"
_DAY_WORDS = f"yesterday|today|tomorrow|{_WEEKDAY_NAMES}"
# "last year's", "this year", "next year": years from publication.
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
_CLOCK_RE = (
    rf"^((?P<day>{_DAY_WORDS}),?\s+(at\s+)?)?"
    r"((?P<hour>\d{1,2})([:.](?P<minute>\d\d))?\s*(?P<ampm>[ap]\.?\s?m\.?)?|(?P<named>noon|midday|midnight))"
    r"(\s*\(?(?P<tz>utc|gmt|z|[a-z]{2,4})?(\s?(?P<offset>[+-]\d{1,2}))?\)?)?"
    rf"(,?\s+(on\s+)?(?P<day_after>{_DAY_WORDS}))?$"
)
_CLOCK = re.compile(_CLOCK_RE)
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` of a month; n = -1 for the last one."""
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]
    return days[n if n < 0 else n - 1]


# Holidays news names without a date, by the day they fall on in a given year.
_HOLIDAYS = {
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
_HOLIDAY_NAMES = "|".join(sorted((re.escape(name) for name in _HOLIDAYS), key=len, reverse=True))

_PATTERNS = [
    ("clock", _CLOCK),
    ("tonight", re.compile(r"^(?P<part>tonight)$")),
    (
        "part_of_day",
        re.compile(
            rf"^(?P<day>this|yesterday|tomorrow|last|early|late|late on|early on|{_WEEKDAY_NAMES})?"
            r"\s*(?P<part>morning|afternoon|evening|night)$"
        ),
    ),
    (
        "compound_duration",
        re.compile(
            rf"^((a|an|the)\s+)?{_NUM_RE}[\s-]{_UNIT_RE}(-|\s)?(long|old)?"
            r"(\s+(period|history|term|span|stretch|stint|run|programme|program|plan|contract))?$"
        ),
    ),
    (
        "unit_and_a_half",
        re.compile(
            r"^((a|an|one)\s+(?P<unit>year|month|week|day|hour|minute)\s+and\s+a\s+half|"
            r"half\s+(a|an)\s+(?P<half>year|day|hour|minute))$"
        ),
    ),
    (
        "unit_ago",
        re.compile(
            r"^(the\s+)?(?P<unit>year|month|week|quarter)[\s-](ago|earlier)(\s+(?P<of>quarter|period|month|year))?$"
        ),
    ),
    (
        "the_past_unit",
        re.compile(
            r"^the\s+(?P<rel>past|last|previous|next|coming|following)\s+(?P<unit>week|month|year|decade|century)$"
        ),
    ),
    ("iso", re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$")),
    (
        "spelled_year",
        re.compile(
            r"^(the\s+year\s+)?(?P<century>nineteen|twenty)\s+(hundred\s+(and\s+)?)?(?P<rest>[a-z-]+)$"
        ),
    ),
    ("two_thousand", re.compile(r"^(the\s+year\s+)?two\s+thousand(\s+and)?(\s+(?P<rest>[a-z-]+))?$")),
    (
        "spelled_decade",
        re.compile(
            r"^the\s+(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$"
        ),
    ),
    ("month_day_year", re.compile(rf"^(the\s+)?{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}$")),
    ("day_month_year", re.compile(rf"^{_DAY_RE}\s+(of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}$")),
    ("month_year", re.compile(rf"^{_MONTH_RE},?\s+(of\s+)?({_YEAR_RE}|(?P<yrel>this|last|next)\s+year)$")),
    (
        "weekday_month_day",
        re.compile(rf"^{_WEEKDAY_RE}\.?,?\s+{_MONTH_RE}\s+{_DAY_RE}(,?\s+{_YEAR_RE})?$"),
    ),
    (
        "month_day_range",
        re.compile(
            rf"^{_MONTH_RE}\s+{_DAY_RE}\s*(and|-|–|to|through)\s*(?P<day2>\d{{1,2}})(st|nd|rd|th)?"
            rf"(,?\s+{_YEAR_RE})?$"
        ),
    ),
    ("week_of", re.compile(rf"^(the\s+)?week\s+of\s+{_MONTH_RE}\s+{_DAY_RE}(,?\s+{_YEAR_RE})?$")),
    (
        "month_day",
        re.compile(rf"^(the\s+)?(?P<rel>last|this|next|this past|this coming)?\s*{_MONTH_RE}\s+{_DAY_RE}$"),
    ),
    ("day_month", re.compile(rf"^{_DAY_RE}\s+(of\s+)?{_MONTH_RE}$")),
    ("year", re.compile(rf"^(the\s+)?(year\s+|fiscal\s+)?{_YEAR_RE}('s|\s+period)?$")),
    ("decade", re.compile(r"^(the\s+)?(?P<decade>(1[5-9]|20)\d)0'?s$")),
    ("decade_short", re.compile(r"^(the\s+)?'(?P<decade>\d)0s$")),
    (
        "quarter",
        re.compile(
            r"^(the\s+)?(?P<rel>last|this|next|previous|coming)?\s*(?P<year_before>(1[5-9]|20)\d\d\s+)?"
            r"((?P<yrel_before>last|this|next)\s+year\s*'s\s+)?"
            r"(?P<year_ago>year[\s-](ago|earlier)\s+)?(fiscal([\s-]year)?[\s-])?"
            r"((?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|q(?P<q>[1-4]))"
            rf"(,?\s+(of\s+)?({_YEAR_RE}|(?P<yrel>last|this|next)\s+year))?$"
        ),
    ),
    (
        "half",
        re.compile(
            rf"^(the\s+)?(?P<which>first|second|last|latter)\s+half\s+of\s+({_YEAR_RE}|(?P<yrel>last|this|next)\s+year)$"
        ),
    ),
    (
        "season",
        re.compile(
            r"^(the\s+)?(?P<rel>last|this|next|past|coming)?\s*(?P<season>spring|summer|fall|autumn|"
            rf"winter)(\s+(of\s+)?{_YEAR_RE})?$"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"^(?P<rel>last|this|next|this past|this coming|past|coming)?\s*"
            + _WEEKDAY_RE
            + r"\.?(\s+(morning|afternoon|evening|night))?$"
        ),
    ),
    ("month", re.compile(rf"^(?P<rel>last|this|next|this past|past|coming)?\s*{_MONTH_RE}$")),
    (
        "relative_unit",
        re.compile(
            r"^(the\s+)?(?P<rel>last|this|next|past|previous|coming|following|current|this past)\s+"
            r"(?P<unit>week|weekend|month|year|decade|century|quarter)$"
        ),
    ),
    ("the_weekend", re.compile(r"^the\s+weekend$")),
    ("ago", re.compile(rf"^{_NUM_RE}\s+{_UNIT_RE}(\s+or\s+so)?\s+(ago|earlier|before)$")),
    ("from_now", re.compile(rf"^(in\s+)?{_NUM_RE}\s+{_UNIT_RE}\s+(from now|later|hence)$")),
    (
        "span",
        re.compile(
            rf"^(the\s+)?(?P<rel>past|last|previous|coming|next|recent|following)\s+({_NUM_RE}\s+)?"
            rf"{_UNIT_RE}$"
        ),
    ),
    (
        "duration",
        re.compile(
            r"^(about\s+|nearly\s+|almost\s+|over\s+|more than\s+)?((the|its)\s+)?"
            r"((first|latest|final|initial|full)\s+)?"
            rf"({_NUM_RE}\s+((trading|business|working|calendar)\s+)?{_UNIT_RE}|"
            r"(the\s+|(?P<many>many|several|few|a few|some)\s+)?"
            r"(?P<plural>second|minute|hour|day|week|month|year|decade|quarter)s|centuries)(\s+long)?$"
        ),
    ),
    (
        "unit_of_now",
        re.compile(
            r"^(the\s+)?(?P<rel>latest|most recent|current|same|fiscal|full|calendar)?\s*"
            r"(?P<unit>quarter|year|month|week)$"
            r"|^(the\s+)?(?P<latest>latest|most recent)\s+period$"
        ),
    ),
    ("set", re.compile(r"^(every|each|per)\s+(?P<unit>day|week|month|year)$")),
    (
        "set_of_named",
        re.compile(rf"^(every|each)\s+({_WEEKDAY_RE}|{_MONTH_RE})$"),
    ),
    ("set_of_named", re.compile(rf"^{_WEEKDAY_RE}(s|\s+(?P<parts>mornings|afternoons|evenings|nights))$")),
    (
        "holiday",
        re.compile(
            r"^(the\s+)?(?P<rel>last|this|next|this past|this coming)?\s*(?P<holiday>" + _HOLIDAY_NAMES + ")$"
        ),
    ),
]


_WORDS = {
    "today": ("day", 0),
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    "the day before yesterday": ("day", -2),
    "the day after tomorrow": ("day", 2),
}
_REFS = {
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
_SETS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "annual": "P1Y",
    "yearly": "P1Y",
    "quarterly": "P3M",
}
_MODIFIERS = re.compile(
    r"^(early|mid|late|the end of|the beginning of|the start of|the middle of|end of|"
    r"beginning of|start of|earlier|later|around|about|as early as|at least|since|until|by|"
    r"before|after|on|in|during|from|through|over|for|within)(\s+|-(?=\d))",
    re.I,
)


def find_times(doc: Doc | Span, dct: date | None) -> list[TimeMention]:
    """The normalised time expressions of a parsed text, in text order.

    spaCy's DATE and TIME entities, with their edges repaired to TimeML's extents, plus what
    spaCy misses: "now", "currently", "recently", "two-year", "third-quarter", "year-ago".
    An entity that does not normalise whole ("between 1994 and 1997", "the quarter ended
    Sept. 30") yields the parts that do. "A year earlier", "the next day" and "that year" are
    resolved against the date mentioned before them, with that basis.
    """
    mentions: list[TimeMention] = []
    anchor: DateValue | None = None
    # The last quarter or month that had ended, for "the year-ago quarter" after "the quarter ended
    # Sept. 30": the year-ago period is that quarter's, not the day's.
    period: DateValue | None = None
    for start, end in _candidates(doc):
        whole = doc[start:end]
        day = _day_in_sentence(whole, dct)
        inherited = inherit(whole.text, anchor, period)
        parts = [(whole, inherited)] if inherited else _normalised_parts(whole, dct)
        for span, value in parts:
            tense = date_tense(span.root)
            value = inherit(span.text, anchor, period) or value
            if day is not None and value.type == "TIME" and value.basis == Basis.RELATIVE:
                value = _on_other_day(value, day)
            mentions.append(TimeMention(span.text, span.start_char, span.end_char, tense, value))
            # Chains ("a year earlier ... the year-earlier period") point from the same date, and
            # "the year-ago quarter" resolved from publication is no date being reported on.
            year_before = _YEAR_BEFORE.match(_strip(span.text))
            if not _can_anchor(value) or value.basis == Basis.INHERITED or year_before:
                continue
            anchor = value
            if value.granularity in ("quarter", "month") and (dct is None or value.end < dct):
                period = value
    return mentions


def _day_in_sentence(span: Span, dct: date | None) -> DateValue | None:
    """The day named elsewhere in the sentence of a clock time ("flew Tuesday ... at 18:00 UTC")."""
    clock = _CLOCK.match(_strip(span.text))
    if dct is None or not clock or clock["day"] or clock["day_after"]:
        return None
    if not span.doc.has_annotation("SENT_START"):
        return None
    for ent in span.sent.ents:
        if ent.label_ == "DATE" and not (ent.start < span.end and span.start < ent.end):
            value = normalise(ent.text, dct, date_tense(ent.root))
            if value.granularity == "day" and value.start is not None:
                return value
    return None


def _on_other_day(time: DateValue, day: DateValue) -> DateValue:
    clock = time.value.split("T", 1)[1]
    value = f"{day.start.isoformat()}T{clock}"
    return DateValue(value, day.start, day.start, "day", day.basis, time.text, "TIME")


_ANCHOR_GRANULARITIES = frozenset(("day", "week", "month", "quarter", "year"))


def _can_anchor(value: DateValue) -> bool:
    return value.type == "DATE" and value.start is not None and value.granularity in _ANCHOR_GRANULARITIES


_SHIFTED = re.compile(
    rf"^{_NUM_RE}\s+(?P<unit>day|week|month|year|quarter)s?\s+(?P<way>earlier|before|later|after|on|ago)$"
)
_SAME = re.compile(r"^(that|the same|the very same)\s+(?P<unit>day|week|month|year|quarter|period)$")
_NEXT = re.compile(
    r"^the\s+((?P<way>next|following|previous|preceding)\s+(?P<unit>day|week|month|year)|"
    r"(?P<unit2>day|week)\s+(?P<way2>before|after))$"
)
_PART_OF_THAT_DAY = re.compile(r"^(the|that)\s+(?P<part>morning|afternoon|evening|night)$")
_YEAR_OF = re.compile(rf"^(the\s+)?{_YEAR_RE}\s+(period|quarter|month|first|second|third|fourth)$")
_YEAR_BEFORE = re.compile(
    r"^((the|a)\s+)?year[\s-](ago|earlier)(\s+(quarter|period|months?))?$|"
    r"^the\s+((same|corresponding|comparable|year-ago)\s+)?(period|quarter|month)\s+"
    r"(a year (ago|earlier)|last year)$|"
    r"^last\s+year\s*'s\s+(period|quarter)$"
)


def inherit(text: str, anchor: DateValue | None, period: DateValue | None = None) -> DateValue | None:
    """Resolve an expression that points from an earlier date in the text, or None.

    ``period`` is the last quarter or month reported on, which "the 1988 period" and "the
    year-ago quarter" point from when the last date is a day.

    >>> earlier = normalise("the third quarter", date(1989, 10, 27))
    >>> inherit("a year earlier", earlier).value
    '1988-Q3'
    >>> inherit("three days later", normalise("Nov. 8, 2005", None)).value
    '2005-11-11'
    """
    if anchor is None or anchor.start is None:
        return None
    try:
        return _inherit(_strip(text), text, anchor, period)
    except (ValueError, OverflowError):
        return None  # "3000 years earlier": outside the calendar of Python's dates


def _inherit(cleaned: str, text: str, anchor: DateValue, period: DateValue | None) -> DateValue | None:
    granularity = anchor.granularity
    if (part := _PART_OF_THAT_DAY.match(cleaned)) and granularity == "day":
        # "dashed Friday. Dealers placed buy orders in the morning": Friday morning.
        value = f"{anchor.start.isoformat()}T{_PART_OF_DAY[part['part']]}"
        return DateValue(value, anchor.start, anchor.start, "day", Basis.INHERITED, text, "TIME")
    reported = period or anchor
    if (year_of := _YEAR_OF.match(cleaned)) and reported.granularity in ("quarter", "month"):
        # "the 1988 period", after "the third quarter": that quarter of 1988.
        return _inherited(reported.start.replace(year=int(year_of["year"])), reported.granularity, text)
    if _YEAR_BEFORE.match(cleaned) and reported.granularity in ("quarter", "month"):
        return _inherited(_shift(reported.start, "year", -1), reported.granularity, text)
    if shifted := _SHIFTED.match(cleaned):
        count, unit, way = _number(shifted["num"]), shifted["unit"], shifted["way"]
        if count is None or (way == "ago" and not (unit == "year" and granularity == "quarter")):
            return None
        sign = 1 if way in ("later", "after", "on") else -1
        keep = unit == "year" and granularity in ("quarter", "month")
        if _finer(unit, granularity):
            return None
        return _inherited(_shift(anchor.start, unit, sign * count), granularity if keep else unit, text)
    if same := _SAME.match(cleaned):
        unit = same["unit"] if same["unit"] != "period" else granularity
        return None if _finer(unit, granularity) else _inherited(anchor.start, unit, text)
    if step := _NEXT.match(cleaned):
        unit, way = step["unit"] or step["unit2"], step["way"] or step["way2"]
        sign = 1 if way in ("next", "following", "after") else -1
        if _finer(unit, granularity):
            return None
        return _inherited(_shift(anchor.start, unit, sign), unit, text)
    return None


_FINENESS = ("day", "week", "month", "quarter", "year")


def _finer(unit: str, granularity: str) -> bool:
    """Whether ``unit`` is finer than the anchor's: "that day" after "in 1987" names no day."""
    if granularity not in _FINENESS:
        return True
    return unit in _FINENESS and _FINENESS.index(unit) < _FINENESS.index(granularity)


def _inherited(value: date, granularity: str, text: str) -> DateValue:
    start, end = interval(value, granularity)
    return DateValue(timex_value(value, granularity), start, end, granularity, Basis.INHERITED, text, "DATE")


_CONNECTORS = frozenset(("to", "through", "and", "or", "ended", "ending", "until", "-", "–", ",", "&"))


_FISCAL_YEAR = re.compile(r"^(the\s+)?(fiscal\s+|financial\s+)?year$")


def _normalised_parts(span: Span, dct: date | None) -> list[tuple[Span, DateValue]]:
    if _FISCAL_YEAR.match(span.text.lower()) and _next_word(span) in ("ended", "ending"):
        # "the year ended March 31" is the twelve months up to that day, not a calendar year.
        return [(span, DateValue("P1Y", None, None, "year", Basis.EXPLICIT, span.text, "DURATION"))]
    value = normalise(span.text, dct, date_tense(span.root))
    if value.value is not None:
        return [(span, value)]
    parts, start = [], 0
    for index, token in enumerate([*span, None]):
        if token is None or token.lower_ in _CONNECTORS and not _joins_words(token):
            if index > start:
                parts.append(span[start:index])
            start = index + 1
    if len(parts) > 1:
        return [found for part in parts for found in _normalised_parts(part, dct)]
    return _longest_normalised(span, dct)


def _next_word(span: Span) -> str | None:
    return span.doc[span.end].lower_ if span.end < len(span.doc) else None


def _joins_words(token: Token) -> bool:
    """A hyphen inside a compound ("year-ago"), not between two dates ("1994 - 1997")."""
    return token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_


def _longest_normalised(span: Span, dct: date | None) -> list[tuple[Span, DateValue]]:
    """The longest stretch of ``span`` that normalises, for entities with words around the date."""
    for length in range(min(len(span), 6) - 1, 0, -1):
        for first in range(len(span) - length + 1):
            part = span[first : first + length]
            if part[0].is_stop and part[0].lower_ not in _INSIDE_LEFT | {"a", "an"} or part[-1].is_punct:
                continue
            value = normalise(part.text, dct, date_tense(part.root))
            if value.value is not None:
                return [(part, value)]
    return []


# Words TimeML leaves outside a time expression's extent: "about 10:35 a.m." is "10:35 a.m.".
_OUTSIDE = frozenset(
    ("about", "approximately", "around", "nearly", "almost", "just", "some", "roughly", "only")
    + ("over", "under", "within", "for", "since", "until", "till", "by", "before", "after", "during")
    + ("from", "through", "throughout", "at", "on", "in", "of", "to", "than", "more", "less", "least")
    + ("up", "as", "barely", "long", "most")
)
# Words spaCy sometimes leaves out that belong to the expression: "this year", "the past week".
_INSIDE_LEFT = frozenset(
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
_REFERENCE_WORDS = frozenset(["now", "currently", "recently", "nowadays", "lately"])
# Frequency adjectives name a kind of thing ("quarterly results", "annual meeting"), not a time:
# neither TimeBank nor MEANTIME marks most of them.
_NOT_TIMES = frozenset(["quarterly", "annual", "annually"])
_DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


def _candidates(doc: Doc | Span) -> list[tuple[int, int]]:
    """Token spans of time expressions, sorted and non-overlapping."""
    offset = doc.start if isinstance(doc, Span) else 0
    tokens = doc.doc if isinstance(doc, Span) else doc
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") or ent.label_ == "EVENT" and _strip(ent.text) in _HOLIDAYS:
            span = _repair(tokens, ent.start, ent.end)
            if span:
                found.append(span)
    taken = {i for start, end in found for i in range(start, end)}
    for start, end in _missed(doc):
        if not any(i in taken for i in range(start + offset, end + offset)):
            found.append((start + offset, end + offset))
    found.sort()
    # A repaired span can swallow the next entity ("Thursday" + "night" as "Thursday night").
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
        # spaCy splits "9 a.m. Tuesday" and "noon Saturday" into a TIME and a DATE: one expression.
        if (
            len(kept) > 1
            and kept[-2][1] == kept[-1][0]
            and _is_clock_on_day(tokens[kept[-2][0] : kept[-1][1]])
        ):
            kept[-2:] = [(kept[-2][0], kept[-1][1])]
    return [(start - offset, end - offset) for start, end in kept]


def _is_clock_on_day(span: Span) -> bool:
    match = _CLOCK.match(_strip(span.text))
    return match is not None and bool(match["day"] or match["day_after"])


def _repair(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim words TimeML leaves out and take back determiners spaCy dropped."""
    while start < end and (doc[start].lower_ in _OUTSIDE or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].is_punct and doc[end - 1].text not in (".",) or doc[end - 1].lower_ == "'s"
    ):
        end -= 1
    if start >= end:
        return None
    while start > 0 and doc[start - 1].lower_ in _INSIDE_LEFT and doc[start - 1].sent == doc[start].sent:
        start -= 1
    # "the two-year plan": the article belongs to the noun the expression modifies.
    # So does "an" in "an Aug. 10, 1988, agreement".
    followed_by_noun = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
    before_month = start + 1 < end and _strip(doc[start + 1].text) in _MONTHS
    if (
        doc[start].lower_ in ("the", "a", "an")
        and followed_by_noun
        or doc[start].lower_ in ("a", "an")
        and before_month
    ):
        start += 1
    text = doc[start:end].text.lower()
    if text in _NOT_TIMES or re.fullmatch(r"\d{1,2}", text) or re.search(r"\bold$", text):
        return None
    # "the 1988 second quarter", "the 1989 period": spaCy sometimes stops before the unit.
    if end < len(doc) and doc[end].lower_ == "quarter" and doc[end - 1].lower_ in _ORDINALS:
        end += 1
    elif (
        start > 0
        and end < len(doc)
        and doc[start - 1].lower_ == "the"
        and doc[end].lower_ in ("period", "quarter")
        and re.fullmatch(_YEAR_RE, doc[start:end].text)
    ):
        start, end = start - 1, end + 1
    elif (
        end < len(doc)
        and doc[end].lower_ in ("period", "quarter")
        and re.search(r"year-(ago|earlier)$", text)
    ):
        end += 1
    # "Thursday evening": spaCy often stops before the part of the day.
    if (
        end < len(doc)
        and doc[end].lower_.removesuffix("s") in _PART_OF_DAY
        and doc[end].sent == doc[start].sent
    ):
        end += 1
    return start, end


def _missed(doc: Doc | Span) -> list[tuple[int, int]]:
    """What spaCy does not tag: reference adverbs and hyphenated durations or quarters."""
    spans = []
    tokens = list(doc)
    for index, token in enumerate(tokens):
        lower = token.lower_
        if _is_reference(token) or (lower in _FREQUENCY_ADVERBS and token.pos_ == "ADV"):
            spans.append((index, index + 1))
        elif (
            lower in ("future", "past")
            and index
            and tokens[index - 1].lower_ == "the"
            and token.pos_ == "NOUN"
        ):
            spans.append((index - 1, index + 1))
        elif (
            lower in ("every", "each")
            and index + 1 < len(tokens)
            and (tokens[index + 1].lower_ in _SET_UNITS or tokens[index + 1].lower_.rstrip(".") in _NAMED)
        ):
            spans.append((index, index + 2))
        elif (
            lower == "1/2"
            and 0 < index < len(tokens) - 1
            and tokens[index - 1].like_num
            and tokens[index + 1].lower_.rstrip("s") in _DURATION_UNITS
        ):
            # "5 1/2 hours", which spaCy takes for a number.
            spans.append((index - 1, index + 2))
        elif _LATEST_PERIOD.match(" ".join(t.lower_ for t in tokens[index : index + 4])):
            # "the latest period" of an earnings report, which spaCy does not see as a date.
            length = 4 if tokens[index + 1].lower_ == "most" else 3
            spans.append((index, index + length))
        elif lower == "-" and 0 < index < len(tokens) - 1 and _is_hyphenated_time(tokens, index):
            spans.append((index - 1, index + 2))
    return spans


_SET_UNITS = frozenset(["day", "week", "month", "year"])
_NAMED = frozenset(calendar.day_name[i].lower() for i in range(7)) | frozenset(
    calendar.month_name[i].lower() for i in range(1, 13)
)
_LATEST_PERIOD = re.compile(r"^the (latest|most recent) (period|quarter)\b")
_FREQUENCY_ADVERBS = frozenset(["daily", "hourly", "weekly", "monthly", "nightly"])


def _is_reference(token: Token) -> bool:
    if token.lower_ in ("current", "recent"):
        return token.pos_ == "ADJ"
    return token.lower_ in _REFERENCE_WORDS and token.pos_ in ("ADV", "ADJ")


def _is_hyphenated_time(tokens: list[Token], hyphen: int) -> bool:
    """'two-year' (not 'two-year-old'), 'third-quarter', 'year-ago', around the hyphen at ``hyphen``."""
    left, right = tokens[hyphen - 1].lower_, tokens[hyphen + 1].lower_.rstrip("s")
    if right in _DURATION_UNITS and (tokens[hyphen - 1].like_num or left in _NUMBERS):
        after = tokens[hyphen + 2 : hyphen + 4]
        return not any(token.lower_ == "old" for token in after)
    if right == "quarter":
        return left in _ORDINALS
    return left in ("year", "month", "week", "quarter") and right in ("ago", "earlier")


_MODALS = frozenset(("will", "shall", "'ll", "would", "may", "might", "should", "to"))
_OPEN_ENDS = frozenset(("to", "until", "till", "through", "for", "by"))


def date_tense(token: Token) -> str:
    """Which way from publication an undated "Dec. 7" or "Friday" at ``token`` points.

    - 'past' or 'future', from the verb of the clause the date sits in;
    - 'nearest' after "until", "through" and the like, which name an end point on either side;
    - 'present' for a present-tense verb ("meet Monday", "is scheduled for Tuesday");
    - 'none' when no verb governs it ("Thursday's close"): a weekday is then the last one.

    Only the clause the date sits in counts: in "said the offer will expire Nov. 6" or
    "declared a dividend payable Dec. 7", the date is not in the past of "said".
    """
    if any(ancestor.lemma_.lower() == "anniversary" for ancestor in token.ancestors):
        return "past"
    preposition = token.head.lower_ if token.dep_ == "pobj" else None
    if preposition == "since":
        return "past"
    node, through_noun = token, False
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        through_noun = through_noun or node.pos_ in ("NOUN", "PROPN", "ADJ")
    tense = _verb_tense(node) if node.pos_ in ("VERB", "AUX") else "none"
    # "extended its offer to Nov. 20", "loans through January": an end point on either side,
    # unless the verb is a future one ("will double its flights by August").
    if preposition in _OPEN_ENDS:
        return "future" if tense == "future" else "nearest"
    if through_noun:
        # "will be named for a mission in December" takes the future of the verb the noun depends
        # on; "Thursday's close" and "a June agreement" name a thing already there.
        modifier = token.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod")
        return "future" if tense == "future" and not modifier else "none"
    return tense


def _verb_tense(verb: Token) -> str:
    auxes = {child.lemma_.lower() for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxes & _MODALS == {"to"} and _is_past(verb.head) and verb.head.i != verb.i:
        # "celebrations to mark its entry into NATO on Friday", "extended their offers to acquire
        # the firm Friday": an infinitive under a past verb may lie on either side of publication.
        return "nearest"
    if auxes & _MODALS or (verb.tag_ == "VB" and "go" in auxes):
        return "future"
    # "has announced", "plans announced in January", and "the phone Apple released in June" (a
    # participle with a subject of its own and no auxiliary is a simple past tagged wrong).
    participle_past = verb.tag_ == "VBN" and (
        "have" in auxes
        or not auxes
        and (verb.dep_ == "acl" or any(child.dep_ == "nsubj" for child in verb.children))
    )
    if _is_past(verb) or participle_past:
        # What is set or scheduled may come either side of publication ("a summit set for April");
        # "is scheduled" is no past at all.
        return "nearest" if verb.lemma_.lower() in _SCHEDULING else "past"
    return "present"


_SCHEDULING = frozenset(("set", "schedule", "slate", "due", "reschedule", "postpone"))


def _is_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))


def normalise(text: str, dct: date | None, tense: str = "past") -> DateValue:
    """Normalise one time expression given the publication date and the clause's tense."""
    cleaned = _strip(text)
    resolved = _resolve(cleaned, dct, tense)
    if resolved is None:
        return DateValue(None, None, None, None, Basis.UNRESOLVED, text)
    value, start, end, granularity, basis, kind = resolved
    return DateValue(value, start, end, granularity, basis, text, kind)


def _strip(text: str) -> str:
    cleaned = " ".join(text.lower().replace("’", "'").split()).strip(" ,.")
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = _MODIFIERS.sub("", cleaned)
    return cleaned


def _resolve(text: str, dct: date | None, tense: str):
    if text in _WORDS:
        _, offset = _WORDS[text]
        return _relative_day(dct, offset)
    for ref, words in _REFS.items():
        if text in words:
            return (
                ref,
                dct if ref != "PAST_REF" else None,
                dct if ref == "PAST_REF" else None,
                None,
                Basis.RELATIVE if dct else Basis.UNRESOLVED,
                "DATE",
            )
    if text in _SETS:
        return _SETS[text], None, None, None, Basis.EXPLICIT, "SET"
    for name, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                result = _HANDLERS[name](match.groupdict(), dct, tense)
            except (ValueError, OverflowError):
                # "3000 years ago", "in 9,000 years": outside the calendar of Python's dates.
                result = None
            if result is not None:
                return result
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
    rest = _NUMBERS.get(match["rest"])
    # "twenty four" is a number; "nineteen ninety-four" and "nineteen hundred and five" are years.
    if rest is None or not 0 < rest < 100 or rest < 10 and "hundred" not in match[0]:
        return match[0]
    return str((1900 if match[1] == "nineteen" else 2000) + rest)


def _relative_day(dct: date | None, offset: int):
    if dct is None:
        return "XXXX-XX-XX", None, None, "day", Basis.UNRESOLVED, "DATE"
    day = dct + timedelta(days=offset)
    return day.isoformat(), day, day, "day", Basis.RELATIVE, "DATE"


def _day(year, month, day, basis):
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat(), value, value, "day", basis, "DATE"


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


def _period(value: date, granularity: str, basis: str, kind: str = "DATE"):
    start, end = interval(value, granularity)
    return timex_value(value, granularity), start, end, granularity, basis, kind


def _shift(value: date, unit: str, amount: float) -> date:
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


def _direction(rel: str | None, tense: str) -> str:
    """'past', 'future' or 'nearest': which occurrence a bare name refers to."""
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


def _iso(groups, dct, tense):
    return _day(int(groups["year"]), int(groups["month"]), int(groups["day"]), Basis.EXPLICIT)


def _month_day_year(groups, dct, tense):
    return _day(int(groups["year"]), _MONTHS[groups["month"]], int(groups["day"]), Basis.EXPLICIT)


def _month_year(groups, dct, tense):
    """'January 1998', and 'June last year' counted from publication."""
    month = _MONTHS[groups["month"]]
    if groups.get("year"):
        return _period(date(int(groups["year"]), month, 1), "month", Basis.EXPLICIT)
    if dct is None:
        return f"XXXX-{month:02d}", None, None, "month", Basis.UNRESOLVED, "DATE"
    year = dct.year + _YEAR_OFFSET[groups["yrel"]]
    return _period(date(year, month, 1), "month", Basis.RELATIVE)


def _month_day(groups, dct, tense):
    month, day = _MONTHS[groups["month"]], int(groups["day"])
    if dct is None:
        return (
            (f"XXXX-{month:02d}-{day:02d}", None, None, "day", Basis.UNRESOLVED, "DATE")
            if day <= 31
            else None
        )
    # News dates without a year: the last such day before publication, unless the clause is future.
    direction = _direction(groups.get("rel"), tense)
    if direction == "this":
        direction = _direction(None, tense)  # "this Oct. 23" goes by the clause
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
    return _day(year, month, day, Basis.RELATIVE)


def _holiday(groups, dct, tense):
    """'Thanksgiving Day', 'last Christmas': the holiday's day in the year the tense points to."""
    day_in = _HOLIDAYS[groups["holiday"]]
    if dct is None:
        return "XXXX-XX-XX", None, None, "day", Basis.UNRESOLVED, "DATE"
    direction = _direction(groups.get("rel"), tense)
    this_year = day_in(dct.year)
    if direction == "past":
        day = this_year if this_year <= dct else day_in(dct.year - 1)
    elif direction == "future":
        day = this_year if this_year >= dct else day_in(dct.year + 1)
    else:
        day = day_in(_year_of_month(this_year.month, dct))
    return day.isoformat(), day, day, "day", Basis.RELATIVE, "DATE"


def _week_of(groups, dct, tense):
    """'the week of March 6': the week that holds that day."""
    day = _month_day_year(groups, dct, tense) if groups.get("year") else _month_day(groups, dct, tense)
    if day is None or day[1] is None:
        return None if day is None else _unresolved_period("week")
    return _period(day[1], "week", day[4])


def _weekday_month_day(groups, dct, tense):
    """'Monday, Oct. 26': without a year, the year near publication in which that day is a Monday."""
    if groups.get("year"):
        return _month_day_year(groups, dct, tense)
    month, day, weekday = _MONTHS[groups["month"]], int(groups["day"]), _WEEKDAYS[groups["weekday"]]
    if dct is not None:
        for year in (dct.year, dct.year - 1, dct.year + 1):
            try:
                if date(year, month, day).weekday() == weekday:
                    return _day(year, month, day, Basis.RELATIVE)
            except ValueError:
                return None
    return _month_day(groups, dct, tense)


def _month_day_range(groups, dct, tense):
    """'April 24 and 25', 'Feb. 3-4': the first day's value, the interval over both."""
    first = _month_day_year(groups, dct, tense) if groups.get("year") else _month_day(groups, dct, tense)
    if first is None or first[1] is None:
        return first
    try:
        last = first[1].replace(day=int(groups["day2"]))
    except ValueError:
        return None
    if last <= first[1]:
        return None
    value, start, _, _, basis, kind = first
    return value, start, last, "day", basis, kind


def _year(groups, dct, tense):
    return _period(date(int(groups["year"]), 1, 1), "year", Basis.EXPLICIT)


def _decade(groups, dct, tense):
    return _period(date(int(groups["decade"]) * 10, 1, 1), "decade", Basis.EXPLICIT)


def _decade_short(groups, dct, tense):
    if dct is None:
        return f"XX{groups['decade']}X", None, None, "decade", Basis.UNRESOLVED, "DATE"
    century = dct.year // 100 * 100
    year = century + int(groups["decade"]) * 10
    if year > dct.year:
        year -= 100
    return _period(date(year, 1, 1), "decade", Basis.RELATIVE)


def _quarter(groups, dct, tense):
    number = int(groups["q"]) if groups.get("q") else _ORDINALS[groups["ord"]]
    if groups.get("year") or groups.get("year_before"):
        year = int(groups.get("year") or groups["year_before"])
        return _period(date(year, 3 * number - 2, 1), "quarter", Basis.EXPLICIT)
    if (yrel := groups.get("yrel") or groups.get("yrel_before")) and dct is not None:
        year = dct.year + _YEAR_OFFSET[yrel]
        return _period(date(year, 3 * number - 2, 1), "quarter", Basis.RELATIVE)
    if groups.get("year_ago"):
        # "the year-ago third quarter": that quarter, a year before the one now being reported.
        value, start, *_ = _quarter({**groups, "year_ago": None}, dct, tense)
        if start is None:
            return value, None, None, "quarter", Basis.UNRESOLVED, "DATE"
        return _period(_shift(start, "year", -1), "quarter", Basis.RELATIVE)
    if dct is None:
        return f"XXXX-Q{number}", None, None, "quarter", Basis.UNRESOLVED, "DATE"
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
    return _period(date(year, 3 * number - 2, 1), "quarter", Basis.RELATIVE)


def _half(groups, dct, tense):
    """'the second half of 1989': TIMEX3 1989-H2."""
    if groups.get("year"):
        year, basis = int(groups["year"]), Basis.EXPLICIT
    elif dct is None:
        return None
    else:
        year, basis = dct.year + _YEAR_OFFSET[groups["yrel"]], Basis.RELATIVE
    half = 1 if groups["which"] == "first" else 2
    start = date(year, 6 * half - 5, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return f"{year}-H{half}", start, end, "half", basis, "DATE"


def _season(groups, dct, tense):
    code, first_month = _SEASONS[groups["season"]]
    if groups.get("year"):
        year = int(groups["year"])
        basis = Basis.EXPLICIT
    elif dct is None:
        return f"XXXX-{code}", None, None, "season", Basis.UNRESOLVED, "DATE"
    else:
        year = dct.year
        basis = Basis.RELATIVE
        direction = _direction(groups.get("rel"), tense)
        if direction == "past" and (year, first_month) > (dct.year, dct.month):
            year -= 1
        elif direction == "future" and (year, first_month + 2) < (dct.year, dct.month):
            year += 1
    start = date(year, first_month, 1)
    last = _shift(start, "month", 2)
    end = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    return f"{year}-{code}", start, end, "season", basis, "DATE"


def _weekday(groups, dct, tense):
    if dct is None:
        return "XXXX-XX-XX", None, None, "day", Basis.UNRESOLVED, "DATE"
    target = _WEEKDAYS[groups["weekday"]]
    rel = groups.get("rel")
    back = (dct.weekday() - target) % 7
    forward = (target - dct.weekday()) % 7
    direction = _direction(rel, tense)
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
    return _relative_day(dct, offset)


def _month(groups, dct, tense):
    month = _MONTHS[groups["month"]]
    if dct is None:
        return f"XXXX-{month:02d}", None, None, "month", Basis.UNRESOLVED, "DATE"
    year = dct.year
    direction = _direction(groups.get("rel"), tense)
    if direction == "past" and month > dct.month or groups.get("rel") == "last" and month == dct.month:
        year -= 1
    elif direction == "future" and month < dct.month or groups.get("rel") == "next" and month == dct.month:
        year += 1
    elif direction == "nearest":
        year = _year_of_month(month, dct)
    return _period(date(year, month, 1), "month", Basis.RELATIVE)


def _the_weekend(groups, dct, tense):
    """'the weekend': the one just gone in a past clause, else the coming or current one."""
    rel = "past" if tense == "past" and dct and dct.weekday() < 5 else None
    return _relative_unit({"unit": "weekend", "rel": rel}, dct, tense)


def _relative_unit(groups, dct, tense):
    unit = groups["unit"]
    granularity = "week" if unit == "weekend" else unit
    if dct is None:
        return _unresolved_period(granularity)
    amount = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }.get(groups["rel"], 0)
    anchor = _shift(dct, unit, amount)
    if unit == "weekend":
        saturday = interval(anchor, "week")[0] + timedelta(days=5)
        value = timex_value(anchor, "week") + "-WE"
        return value, saturday, saturday + timedelta(days=1), "week", Basis.RELATIVE, "DATE"
    return _period(anchor, granularity, Basis.RELATIVE)


def _unresolved_period(granularity: str):
    value = {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "year": "XXXX",
        "decade": "XXX",
        "century": "XX",
    }.get(granularity, "XXXX")
    return value, None, None, granularity, Basis.UNRESOLVED, "DATE"


def _count(groups) -> int | float | None:
    return _number(groups.get("num"))


def _ago(groups, dct, tense, sign=-1):
    unit, count = groups["unit"], _count(groups)
    if unit in ("hour", "minute"):
        return None
    if count is None:
        # "several years ago" is some time in the past, of no stated length.
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        basis = Basis.RELATIVE if dct else Basis.UNRESOLVED
        return ref, None if sign < 0 else dct, dct if sign < 0 else None, None, basis, "DATE"
    if dct is None:
        return _unresolved_period(unit)
    return _period(_shift(dct, unit, sign * count), unit, Basis.RELATIVE)


def _from_now(groups, dct, tense):
    return _ago(groups, dct, tense, sign=1)


def _span(groups, dct, tense):
    """'the past two weeks', 'the coming weeks': a stretch of time that ends or starts now."""
    unit, count = groups["unit"], _count(groups)
    future = groups["rel"] in ("coming", "next", "following")
    if count is None:
        if groups.get("num") is not None or not groups.get("unit"):
            return None
        # "the coming weeks", "recent years": an open stretch from or up to now (TimeML: PXW).
        value = _duration_value(None, unit)
        if dct is None:
            return value, None, None, unit, Basis.UNRESOLVED, "DURATION"
        return value, dct if future else None, None if future else dct, unit, Basis.RELATIVE, "DURATION"
    value = _duration_value(count, unit)
    granularity = "day" if unit in ("hour", "minute", "second") else unit
    if dct is None:
        return value, None, None, granularity, Basis.UNRESOLVED, "DURATION"
    other = _shift(dct, unit, count if future else -count)
    start, end = (dct, other) if future else (other, dct)
    return value, start, end, granularity, Basis.RELATIVE, "DURATION"


# A fraction of a unit is written in the next smaller one: 2.5 years is P2Y6M, 5.5 hours PT5H30M.
_SMALLER = {"year": (12, "M"), "day": (24, "H"), "hour": (60, "M"), "minute": (60, "S")}


def _duration_value(count: float | None, unit: str) -> str:
    if unit == "quarter":
        return _duration_value(None if count is None else count * 3, "month")
    # TimeBank counts decades and centuries in years: "two decades" is P20Y.
    if unit in ("decade", "century") and count is not None:
        return _duration_value(count * (10 if unit == "decade" else 100), "year")
    code = _UNITS[unit]
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


def _duration(groups, dct, tense):
    unit = groups.get("unit") or groups.get("plural") or "century"
    if _counts_a_year(groups):
        return None
    return _duration_value(_count(groups), unit), None, None, None, Basis.EXPLICIT, "DURATION"


def _unit_of_now(groups, dct, tense):
    """'the quarter', 'the year': in news, the period being reported on, by the publication date.

    A quarter is reported after it ends, so a bare "the quarter" is the last one before publication.
    """
    # "the latest period" in an earnings report is the quarter just reported.
    unit = groups["unit"] or "quarter"
    if dct is None:
        return _unresolved_period(unit)
    anchor = _shift(dct, "quarter", -1) if unit == "quarter" and groups.get("rel") != "current" else dct
    return _period(anchor, unit, Basis.RELATIVE)


def _set(groups, dct, tense):
    return f"P1{_UNITS[groups['unit']]}", None, None, None, Basis.EXPLICIT, "SET"


def _set_of_named(groups, dct, tense):
    """'each Thursday' (XXXX-WXX-4), 'Tuesdays', 'every July' (XXXX-07): every such day or month."""
    if groups.get("weekday"):
        value = f"XXXX-WXX-{_WEEKDAYS[groups['weekday']] + 1}"
        if groups.get("parts"):
            value += f"T{_PART_OF_DAY[groups['parts'][:-1]]}"
    else:
        value = f"XXXX-{_MONTHS[groups['month']]:02d}"
    return value, None, None, None, Basis.EXPLICIT, "SET"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7}
_DECADE_WORDS |= {"eighties": 8, "nineties": 9}


def _spelled_year(groups, dct, tense):
    """'nineteen ninety-seven', 'the year two thousand': years as broadcast transcripts spell them."""
    rest = _NUMBERS.get(groups["rest"]) if groups.get("rest") else 0
    if rest is None or not 0 <= rest < 100:
        return None
    century = {"nineteen": 1900, "twenty": 2000}.get(groups.get("century"), 2000)
    return _period(date(century + rest, 1, 1), "year", Basis.EXPLICIT)


def _spelled_decade(groups, dct, tense):
    """'the nineties': of the century before publication (the 1990s when unknown)."""
    century = (dct.year // 100 * 100) if dct else 1900
    year = century + 10 * _DECADE_WORDS[groups["decade"]]
    if dct and year > dct.year:
        year -= 100
    return _period(date(year, 1, 1), "decade", Basis.RELATIVE if dct else Basis.UNRESOLVED)


def _on_day(groups, dct, tense) -> tuple[str, date | None, str]:
    """The day a time of day belongs to: DCT, or a day named beside it, and how that was found."""
    word = groups.get("day")
    if dct is None:
        return "XXXX-XX-XX", None, Basis.UNRESOLVED
    if word in _WEEKDAYS:
        value, day, *_ = _weekday({"weekday": word}, dct, tense)
        return value, day, Basis.RELATIVE
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word or "", 0)
    day = dct + timedelta(days=offset)
    return day.isoformat(), day, Basis.RELATIVE


def _clock(groups, dct, tense):
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
    day, value, basis = _on_day(groups, dct, tense)
    zone = "Z" if (groups.get("tz") or "") in ("utc", "gmt", "z") and not groups.get("offset") else ""
    return f"{day}T{hour:02d}:{minute:02d}{zone}", value, value, "day", basis, "TIME"


def _part_of_day(groups, dct, tense):
    if groups["part"] == "tonight":
        groups = {"day": None, "part": "night"}
    if groups.get("day") in ("early", "late", "early on", "late on"):
        groups = {**groups, "day": None}
    day, value, basis = _on_day(groups, dct, tense)
    return f"{day}T{_PART_OF_DAY[groups['part']]}", value, value, "day", basis, "TIME"


def _counts_a_year(groups) -> bool:
    """'the 1988 quarter' is a quarter of 1988, not 1,988 quarters."""
    return re.fullmatch(r"(1[5-9]|20)\d\d", groups.get("num") or "") is not None


def _compound_duration(groups, dct, tense):
    if _counts_a_year(groups):
        return None
    count = _number(groups.get("num"))
    return _duration_value(count, groups["unit"]), None, None, None, Basis.EXPLICIT, "DURATION"


def _unit_and_a_half(groups, dct, tense):
    """'a minute and a half' (PT1M30S), 'half an hour' (PT30M)."""
    unit, count = (groups["unit"], 1.5) if groups.get("unit") else (groups["half"], 0.5)
    return _duration_value(count, unit), None, None, None, Basis.EXPLICIT, "DURATION"


def _unit_ago(groups, dct, tense):
    unit = groups["unit"]
    granularity = {"period": unit}.get(groups.get("of") or "", groups.get("of") or unit)
    if dct is None:
        return _unresolved_period(granularity)
    # "the year-ago quarter" with no quarter named before it: the one now being reported is the
    # last that has ended, so its year-ago twin is that one a year back.
    reported = _shift(dct, "quarter", -1) if granularity == "quarter" else dct
    return _period(_shift(reported, unit, -1), granularity, Basis.RELATIVE)


def _the_past_unit(groups, dct, tense):
    """'the past year' is a stretch of one year up to now (TimeML: P1Y), unlike 'last year'."""
    unit = groups["unit"]
    value = _duration_value(1, unit)
    future = groups["rel"] in ("next", "coming", "following")
    if dct is None:
        return value, None, None, unit, Basis.UNRESOLVED, "DURATION"
    other = _shift(dct, unit, 1 if future else -1)
    start, end = (dct, other) if future else (other, dct)
    return value, start, end, unit, Basis.RELATIVE, "DURATION"


_HALF = re.compile(r"\s+(1/2|and\s+a\s+half)$")


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    whole, half = _HALF.sub("", text), _HALF.search(text) is not None
    try:
        number = float(whole)
    except ValueError:
        number = _NUMBERS.get(whole)
        if number is None:
            return None
    number += 0.5 * half
    return int(number) if float(number).is_integer() else number


_HANDLERS = {
    "spelled_year": _spelled_year,
    "two_thousand": _spelled_year,
    "spelled_decade": _spelled_decade,
    "clock": _clock,
    "part_of_day": _part_of_day,
    "tonight": _part_of_day,
    "compound_duration": _compound_duration,
    "unit_and_a_half": _unit_and_a_half,
    "unit_ago": _unit_ago,
    "the_past_unit": _the_past_unit,
    "iso": _iso,
    "month_day_year": _month_day_year,
    "day_month_year": _month_day_year,
    "month_year": _month_year,
    "month_day": _month_day,
    "week_of": _week_of,
    "holiday": _holiday,
    "weekday_month_day": _weekday_month_day,
    "month_day_range": _month_day_range,
    "day_month": _month_day,
    "year": _year,
    "decade": _decade,
    "decade_short": _decade_short,
    "quarter": _quarter,
    "season": _season,
    "half": _half,
    "weekday": _weekday,
    "month": _month,
    "relative_unit": _relative_unit,
    "the_weekend": _the_weekend,
    "ago": _ago,
    "from_now": _from_now,
    "span": _span,
    "duration": _duration,
    "unit_of_now": _unit_of_now,
    "set": _set,
    "set_of_named": _set_of_named,
}

_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


_NAMES_A_DATE = re.compile(
    r"\b((1[5-9]|20)\d\d|" + "|".join(sorted([*_MONTHS, *_WEEKDAYS], key=len, reverse=True)) + r")\b"
)


def _fallback(text: str, dct: date | None, tense: str):
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
                return _period(parsed.date(), "year", Basis.EXPLICIT)
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
    basis = Basis.EXPLICIT if explicit else Basis.RELATIVE
    return _period(data.date_obj.date(), granularity, basis)
