"""When an event happened: the time expression attached to its predicate, else a date of its
sentence, else its report's date; then, across the article, the story's day and the date of
the verb a participle or infinitive hangs from.

>>> from datetime import date
>>> event_date(None, "past", date(2023, 2, 3), Basis.PUBLICATION).value
'2023-02-03'
>>> event_date(None, "future", date(2023, 2, 3), Basis.PUBLICATION).is_resolved
False
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from graphbuild.events.clauses import clause_tokens
from graphbuild.events.context import ArticleContext
from graphbuild.events.words import DEFERRING_VERBS, NOT_HAPPENING_HEADS, TYPE_OF
from graphbuild.model import UNDATED, Basis, DateValue, EventMention, TimeMention
from graphbuild.syntax import read_verb

__all__ = ["attached_time", "date_by_story_day", "date_nonfinite_by_head", "event_date", "sentence_date"]

_NO_DATE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
_NOT_HAPPENED = ("planned", "conditional", "negated")
_TOLD = ("asserted", "reported")
# A time that governs the narration of the sentences after it: a day, a week or a month (a year
# or a decade frames a background, "founded in 1990. It sold ...").
_NARRATION_GRANULARITIES = ("day", "week", "month")
# How a participle or infinitive hangs from the verb whose date it takes.
_NONFINITE_LINKS = ("advcl", "xcomp", "conj", "pcomp", "acl", "prep")
# The headline and the lead: the first sentences that tell an event.
_LEAD_SENTENCES = 2


def event_date(
    time: TimeMention | None, tense: str, published: date | None, published_basis: str
) -> DateValue:
    """The date of an event: its own time expression, else its report's date when the
    report says it has happened ("said", "has captured", "says")."""
    if time is not None:
        return time.date
    if tense in ("past", "perfect", "report") and published is not None:
        return DateValue(published.isoformat(), published, published, "day", published_basis)
    return UNDATED


def attached_time(
    context: ArticleContext, predicate: Token, own: set[int], copula: bool
) -> TimeMention | None:
    """The time expression of the predicate's own clause (its tokens ``own``); for an event
    noun whose verb says only when (``copula``), failing that, of the verb's clause."""
    time = _clause_time(context, predicate, own)
    if copula and time is None:
        head = predicate.head
        time = _clause_time(context, head, clause_tokens(head) - own)
    return time


def sentence_date(
    context: ArticleContext,
    sentence: Span,
    predicate: Token,
    time: TimeMention | None,
    content: set[int],
    tense: str,
    modality: str,
) -> DateValue:
    """The event's date: its own time's, else the nearest earlier date of its sentence, else
    its report's (:func:`event_date`).

    "applied days after Russia invaded last year": with an earlier date in its sentence, the
    report's date would be wrong here; the sentence's nearest such date is the better guess
    ("In 2004, Airbus sold more planes, sparking questions whether Boeing had lost its grip"),
    except for what is yet to happen. A later one ("before the end of the month") is a deadline.
    Dates of what was said ("said it posted a profit in the third quarter") date the words'
    content, not the saying. A past event with no date in its sentence is narrated in the time
    its paragraph set before it ("On Thursday, Nov. 14, Garrett tore off Rudolph's helmet. He
    then hit him with it."): it takes the nearest day or month of the paragraph's earlier
    sentences, not the day the article appeared. Not so what someone said: news reports
    statements on its own day ("met Burns on Dec. 21. Zelensky said ...").
    What lasted a stretch of its own ("worked there for a decade", "hired me for two years")
    gets no day from its paragraph or its report: it is left undated.
    """
    earlier_in_sentence = _earlier_dates(context, sentence, content) if time is None else []
    # "worked for Acme for a decade": what lasted a stretch did not happen on the report's day.
    if not earlier_in_sentence and time is None and _lasting(context, predicate):
        return UNDATED
    if not earlier_in_sentence and time is None and _narrated(predicate, tense, modality):
        narrated = _paragraph_date(context, sentence)
        if narrated is not None:
            return replace(narrated.date, basis=Basis.SENTENCE, text=narrated.text)
    if not earlier_in_sentence:
        return event_date(time, tense, context.published, context.published_basis)
    if tense == "future" or modality in ("planned", "conditional"):
        return UNDATED
    nearest = min(earlier_in_sentence, key=lambda other: (abs(other.start - predicate.idx), other.start))
    return replace(nearest.date, basis=Basis.SENTENCE, text=nearest.text)


def date_by_story_day(
    doc: Doc,
    events: list[EventMention],
    published: date | None,
    published_basis: str,
    times: list[TimeMention] | None = None,
) -> list[EventMention]:
    """Past reports dated only by publication take the story's day instead: the first day the
    article names in the week before publication ("Sunday was chosen ..." before "announced
    on Saturday"), or, without ``times``, the day of its first dated event; a perfect only in
    the headline and the lead (:func:`_on_story_day`)."""
    named = times if times is not None else [event.time for event in events if event.time is not None]
    story_day = next(
        (
            time.date.start
            for time in sorted(named, key=lambda time: time.start)
            if time.date.granularity == "day"
            and time.date.start is not None
            and time.date.start == time.date.end
            and published is not None
            and 0 < (published - time.date.start).days <= 7
        ),
        None,
    )
    if story_day is None:
        return events
    dated = DateValue(story_day.isoformat(), story_day, story_day, "day", Basis.STORY_DAY)
    triggers = [_trigger_span(doc, event) for event in events]
    lead = sorted({span.sent.start for span in triggers if span is not None})[:_LEAD_SENTENCES]
    for event, span in zip(events, triggers, strict=True):
        if event.time is None and event.date.basis == published_basis and _on_story_day(event, span, lead):
            event.date = dated
    return events


def _on_story_day(event: EventMention, span: Span | None, lead: list[int]) -> bool:
    """A simple past is told of the story's day ("beat Chicago", "said"). A present perfect is
    so in the headline and the lead ("Two soldiers have been killed in a crash"), and elsewhere
    says only that it is done by then ("has won three in a row", "has worked with the likes
    of"); a pluperfect happened before ("had won all 15 meetings")."""
    if span is None:
        return event.tense == "past"
    if event.tense == "perfect":
        return span.sent.start in lead
    return event.tense == "past" and not read_verb(span.root).perfect


def _trigger_span(doc: Doc, event: EventMention) -> Span | None:
    if event.trigger_start is None:
        return None
    return doc.char_span(event.trigger_start, event.trigger_start + len(event.trigger))


def date_nonfinite_by_head(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """A participle or infinitive with no date of its own happens when its head verb does:
    "unveiled the products on Wednesday, saying ...", "flew to Paris to attend the show"."""
    spans = [(_trigger_span(doc, event), event) for event in events]
    by_token = {span.start: event for span, event in spans if span is not None}
    for index, event in by_token.items():
        verb = doc[index]
        # "plans to launch": what is planned or only possible has not happened when its head did.
        # A participle dated only by its report ("acknowledged on Friday ..., saying") is not.
        own_date = event.date.is_resolved and event.date.basis != Basis.PUBLICATION
        if event.time is not None or own_date or event.modality in _NOT_HAPPENED:
            continue
        if verb.pos_ == "NOUN":
            _date_object_noun(verb, event, by_token)
            continue
        # "produces", "are encircling", "said" have a tense of their own.
        if verb.pos_ != "VERB" or read_verb(verb).present or verb.tag_ == "VBD":
            continue
        # Up through what links them: "unveiled the device by walking on stage and taking it out".
        token = verb
        while token.dep_ in _NONFINITE_LINKS and token.head.i != token.i and token.head.i not in by_token:
            token = token.head
        head = by_token.get(token.head.i) if token.dep_ in _NONFINITE_LINKS else None
        if head is not None and head.date.is_resolved:
            event.date = head.date
    return events


def _date_object_noun(noun: Token, event: EventMention, by_token: dict[int, EventMention]) -> None:
    """What a verb does to an event noun happens when the verb does: "Aeroflot negotiated the
    purchase of 22 787s", "Boeing secured two orders". Not what it puts off, calls off or only
    wants ("delayed the tour", "plans an attack"), nor a noun the verb merely names."""
    head = by_token.get(noun.head.i) if noun.dep_ == "dobj" else None
    if head is None or not head.date.is_resolved or head.modality in _NOT_HAPPENED:
        return
    if noun.head.lemma_.lower() in DEFERRING_VERBS | NOT_HAPPENING_HEADS:
        return
    event.date = head.date


def _earlier_dates(context: ArticleContext, sentence: Span, content: set[int]) -> list[TimeMention]:
    """The dates of the sentence that end before publication, outside what it reports."""
    if context.published is None:
        return []
    found = []
    for position in context.times_in(sentence.start_char, sentence.end_char):
        other, span = context.times[position], context.time_spans[position]
        if (
            other.date.type == "DATE"
            and not (span is not None and span.root.i in content)
            and not _since(span)
            and other.date.end is not None
            and other.date.end < context.published
        ):
            found.append(other)
    return found


def _narrated(predicate: Token, tense: str, modality: str) -> bool:
    """A past happening told as such: not planned, hedged or negated, not a statement, and not
    a pluperfect ("had borrowed" happened before the paragraph's time)."""
    return (
        tense == "past"
        and modality in _TOLD
        and not read_verb(predicate).perfect
        and TYPE_OF.get(predicate.lemma_.lower()) != "statement"
    )


def _paragraph_date(context: ArticleContext, sentence: Span) -> TimeMention | None:
    """The last time expression of the earlier sentences of the sentence's paragraph (a line of
    the text) that dates a past stretch of a day, week or month, but for a pluperfect's."""
    if context.published is None:
        return None
    paragraph_start = context.doc.text.rfind("\n", 0, sentence.start_char) + 1
    found = None
    for position in context.times_in(paragraph_start, sentence.start_char):
        other, span = context.times[position], context.time_spans[position]
        if (
            other.date.type == "DATE"
            and other.date.granularity in _NARRATION_GRANULARITIES
            and not _since(span)
            and not _of_pluperfect(span)
            and other.date.end is not None
            and other.date.end < context.published
        ):
            found = other
    return found


def _lasting(context: ArticleContext, predicate: Token) -> bool:
    """Whether the predicate's own clause says how long it lasted: a bare length ("for two
    years", "for months")."""
    own = clause_tokens(predicate)
    for root in own & context.times_by_root.keys():
        for position in context.times_by_root[root]:
            time, span = context.times[position], context.time_spans[position]
            if time.date.type == "DURATION" and span is not None and span.root.head.lower_ == "for":
                return True
    return False


def _of_pluperfect(span: Span | None) -> bool:
    """'Boeing had announced the date on Saturday': the time of what happened before the
    story's time, which does not set when the story's next sentences happened."""
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    group = read_verb(verb)
    return group.perfect and group.past


def _clause_time(context: ArticleContext, predicate: Token, own: set[int]) -> TimeMention | None:
    """The time expression in the predicate's own clause: one that modifies the predicate
    itself ("Yesterday ... unveiled", "rose in February") before one inside a participant
    ("at this year's conference"), then the nearest."""
    candidates = []
    for root in sorted(own & context.times_by_root.keys()):
        for position in context.times_by_root[root]:
            time, span = context.times[position], context.time_spans[position]
            # A stretch counted from publication ("over the past two weeks") dates an event; a
            # bare length ("for two years") or a vague one ("in the coming weeks") does not.
            floating = time.date.type == "DURATION" and (
                time.date.basis == Basis.EXPLICIT or (time.date.value or "").startswith(("PX", "PTX"))
            )
            if time.date.type == "SET" or floating or time.date.value in _NO_DATE_VALUES:
                continue
            head = span.root.head
            direct = head.i == predicate.i or (head.dep_ == "prep" and head.head.i == predicate.i)
            if _since(span):
                continue
            candidates.append((not direct, abs(span.root.i - predicate.i), time.start, time))
    return min(candidates)[-1] if candidates else None


def _since(span: Span | None) -> bool:
    """'has posted its first annual loss since 1992': a stretch up to now, not when it happened."""
    return span is not None and span.root.head.lower_ == "since"
