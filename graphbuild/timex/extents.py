"""Where time expressions are in a parse: spaCy's DATE and TIME entities with their edges repaired
to TimeML's extents, what spaCy misses, and the parts of an entity that hold several dates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.model import Basis, DateValue
from graphbuild.timex.calendar import HOLIDAYS
from graphbuild.timex.direction import date_tense
from graphbuild.timex.rules import normalise
from graphbuild.timex.times import CLOCK
from graphbuild.timex.words import (
    CONNECTORS,
    DAY_PARTS,
    DURATION_UNITS,
    FREQUENCY_ADVERBS,
    INSIDE_LEFT,
    MONTHS,
    NAMED,
    NOT_TIMES,
    NUMBERS,
    ORDINALS,
    OUTSIDE,
    REFERENCE_WORDS,
    SET_UNITS,
    YEAR_RE,
    strip,
)

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Span, Token

__all__ = ["candidates", "normalised_parts"]

_FISCAL_YEAR = re.compile(r"^(the\s+)?(fiscal\s+|financial\s+)?year$")
_LATEST_PERIOD = re.compile(r"^the (latest|most recent) (period|quarter)\b")


def candidates(doc: Doc | Span) -> list[tuple[int, int]]:
    """Token spans of time expressions, sorted and non-overlapping."""
    from spacy.tokens import Span

    offset = doc.start if isinstance(doc, Span) else 0
    tokens = doc.doc if isinstance(doc, Span) else doc
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") or ent.label_ == "EVENT" and strip(ent.text) in HOLIDAYS:
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
    match = CLOCK.pattern.match(strip(span.text))
    return match is not None and bool(match["day"] or match["day_after"])


def _repair(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim words TimeML leaves out and take back determiners spaCy dropped."""
    while start < end and (doc[start].lower_ in OUTSIDE or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].is_punct and doc[end - 1].text not in (".",) or doc[end - 1].lower_ == "'s"
    ):
        end -= 1
    if start >= end:
        return None
    while start > 0 and doc[start - 1].lower_ in INSIDE_LEFT and doc[start - 1].sent == doc[start].sent:
        start -= 1
    # "the two-year plan": the article belongs to the noun the expression modifies.
    # So does "an" in "an Aug. 10, 1988, agreement".
    followed_by_noun = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
    before_month = start + 1 < end and strip(doc[start + 1].text) in MONTHS
    if (
        doc[start].lower_ in ("the", "a", "an")
        and followed_by_noun
        or doc[start].lower_ in ("a", "an")
        and before_month
    ):
        start += 1
    text = doc[start:end].text.lower()
    if text in NOT_TIMES or re.fullmatch(r"\d{1,2}", text) or re.search(r"\bold$", text):
        return None
    # "the 1988 second quarter", "the 1989 period": spaCy sometimes stops before the unit.
    if end < len(doc) and doc[end].lower_ == "quarter" and doc[end - 1].lower_ in ORDINALS:
        end += 1
    elif (
        start > 0
        and end < len(doc)
        and doc[start - 1].lower_ == "the"
        and doc[end].lower_ in ("period", "quarter")
        and re.fullmatch(YEAR_RE, doc[start:end].text)
    ):
        start, end = start - 1, end + 1
    elif (
        end < len(doc)
        and doc[end].lower_ in ("period", "quarter")
        and re.search(r"year-(ago|earlier)$", text)
    ):
        end += 1
    # "Thursday evening": spaCy often stops before the part of the day.
    if end < len(doc) and doc[end].lower_.removesuffix("s") in DAY_PARTS and doc[end].sent == doc[start].sent:
        end += 1
    return start, end


def _missed(doc: Doc | Span) -> list[tuple[int, int]]:
    """What spaCy does not tag: reference adverbs and hyphenated durations or quarters."""
    spans = []
    tokens = list(doc)
    for index, token in enumerate(tokens):
        lower = token.lower_
        if _is_reference(token) or (lower in FREQUENCY_ADVERBS and token.pos_ == "ADV"):
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
            and (tokens[index + 1].lower_ in SET_UNITS or tokens[index + 1].lower_.rstrip(".") in NAMED)
        ):
            spans.append((index, index + 2))
        elif (
            lower == "1/2"
            and 0 < index < len(tokens) - 1
            and tokens[index - 1].like_num
            and tokens[index + 1].lower_.rstrip("s") in DURATION_UNITS
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


def _is_reference(token: Token) -> bool:
    if token.lower_ in ("current", "recent"):
        return token.pos_ == "ADJ"
    return token.lower_ in REFERENCE_WORDS and token.pos_ in ("ADV", "ADJ")


def _is_hyphenated_time(tokens: list[Token], hyphen: int) -> bool:
    """'two-year' (not 'two-year-old'), 'third-quarter', 'year-ago', around the hyphen at ``hyphen``."""
    left, right = tokens[hyphen - 1].lower_, tokens[hyphen + 1].lower_.rstrip("s")
    if right in DURATION_UNITS and (tokens[hyphen - 1].like_num or left in NUMBERS):
        after = tokens[hyphen + 2 : hyphen + 4]
        return not any(token.lower_ == "old" for token in after)
    if right == "quarter":
        return left in ORDINALS
    return left in ("year", "month", "week", "quarter") and right in ("ago", "earlier")


def normalised_parts(span: Span, dct: date | None) -> list[tuple[Span, DateValue]]:
    """``span`` with its value, or the parts of it that normalise ("between 1994 and 1997")."""
    if _FISCAL_YEAR.match(span.text.lower()) and _next_word(span) in ("ended", "ending"):
        # "the year ended March 31" is the twelve months up to that day, not a calendar year.
        return [(span, DateValue("P1Y", None, None, "year", Basis.EXPLICIT, span.text, "DURATION"))]
    value = normalise(span.text, dct, date_tense(span.root))
    if value.value is not None:
        return [(span, value)]
    parts, start = [], 0
    for index, token in enumerate([*span, None]):
        if token is None or token.lower_ in CONNECTORS and not _joins_words(token):
            if index > start:
                parts.append(span[start:index])
            start = index + 1
    if len(parts) > 1:
        return [found for part in parts for found in normalised_parts(part, dct)]
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
            if part[0].is_stop and part[0].lower_ not in INSIDE_LEFT | {"a", "an"} or part[-1].is_punct:
                continue
            value = normalise(part.text, dct, date_tense(part.root))
            if value.value is not None:
                return [(part, value)]
    return []
