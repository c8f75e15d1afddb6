"""The time stage: find time expressions and normalise them against the publication date.

News is written relative to its own date, so every expression is resolved against the
document creation time (``dct``) and the tense of the clause it sits in. The result says
what the expression means (a TIMEX3 value and an interval with its granularity) and how
that was decided (the basis). Without a publication date, relative expressions stay
unresolved: they are never resolved against today's date.

One module per question: :mod:`~graphbuild.timex.extents` (where the expressions are),
:mod:`~graphbuild.timex.direction` (which way a date points, from its verb),
:mod:`~graphbuild.timex.rules` (the rule table: text to value, with the rules by kind in
:mod:`~graphbuild.timex.dates`, :mod:`~graphbuild.timex.years`, :mod:`~graphbuild.timex.relative`,
:mod:`~graphbuild.timex.durations`, :mod:`~graphbuild.timex.times`, :mod:`~graphbuild.timex.sets`),
:mod:`~graphbuild.timex.chains` (dates that point from an earlier one),
:mod:`~graphbuild.timex.calendar` (period arithmetic) and :mod:`~graphbuild.timex.words` (the
word lists).

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

from typing import TYPE_CHECKING

from graphbuild.model import Basis, DateValue, TimeMention
from graphbuild.timex.calendar import interval, timex_value
from graphbuild.timex.chains import can_anchor, day_in_sentence, inherit, names_the_year_before, on_other_day
from graphbuild.timex.direction import date_tense
from graphbuild.timex.extents import candidates, normalised_parts
from graphbuild.timex.rules import normalise

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Span

__all__ = ["date_tense", "find_times", "inherit", "interval", "normalise", "timex_value"]


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
    for start, end in candidates(doc):
        whole = doc[start:end]
        day = day_in_sentence(whole, dct)
        inherited = inherit(whole.text, anchor, period)
        parts = [(whole, inherited)] if inherited else normalised_parts(whole, dct)
        for span, value in parts:
            tense = date_tense(span.root)
            value = inherit(span.text, anchor, period) or value
            if day is not None and value.type == "TIME" and value.basis == Basis.RELATIVE:
                value = on_other_day(value, day)
            mentions.append(TimeMention(span.text, span.start_char, span.end_char, tense, value))
            # Chains ("a year earlier ... the year-earlier period") point from the same date, and
            # "the year-ago quarter" resolved from publication is no date being reported on.
            if not can_anchor(value) or value.basis == Basis.INHERITED or names_the_year_before(span.text):
                continue
            anchor = value
            if value.granularity in ("quarter", "month") and (dct is None or value.end < dct):
                period = value
    return mentions
