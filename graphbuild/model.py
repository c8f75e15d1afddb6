"""The small typed records that the pipeline stages pass to each other.

ingest -> :class:`RawArticle`; clean -> :class:`Article`; nlp/time/entities/events ->
:class:`ArticleAnalysis`; merge -> :class:`Entity` and :class:`Event`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date


class Basis:
    """How a date was resolved. The strings are written to the outputs as they are."""

    EXPLICIT = "explicit"
    RELATIVE = "relative to publication date"
    RELATIVE_INFERRED = "relative to inferred publication date"
    # "a year earlier", "the next day", "that year": resolved against the date mentioned before it.
    INHERITED = "relative to an earlier date in the text"
    # A happening told as past or as said, with no date of its own: its report says only that it
    # had happened by the day the report was published, not that it happened on that day.
    PUBLICATION = "on or before publication date"
    # "Henderson said ..." in a story of June 4 about a press conference on June 1: a past
    # report with no date of its own takes the day of the article's first dated event, when
    # that day falls in the week before publication.
    STORY_DAY = "day of the article's story"
    # "In 2004, Airbus sold more planes, sparking questions whether Boeing had lost its grip":
    # an event with no date of its own takes the nearest earlier date of its sentence; a past
    # one with none there, the last day, week or month of its paragraph's earlier sentences.
    SENTENCE = "a date in its sentence or its paragraph"
    INFERRED_PUBLICATION = "on or before inferred publication date"
    UNRESOLVED = "unresolved"


class PublishedBasis:
    """How an article's publication date was found."""

    METADATA = "metadata"
    HTML_METADATA = "html metadata"
    BYLINE = "byline"
    INFERRED = "inferred from other articles"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class RawArticle:
    """One input record as read from disk, before cleaning."""

    path: str
    text: str
    format: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    # Text of the page that HTML extraction left out (navigation, comments): kept for the audit.
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why."""

    path: str
    reason: str
    # The language of an article skipped for it (by name: SkippedRecords adds fields by position).
    language: str | None = field(default=None, kw_only=True)

    @property
    def count(self) -> int:
        """How many inputs this stands for: one, or the records a :class:`SkippedRecords` holds."""
        return 1


@dataclass(frozen=True, eq=False)
class SkippedRecords(Skipped):
    """Many skipped records of one file as one item: ``path`` is the file and ``reason`` a
    summary (how many, why, the first few), so warnings stay short. :meth:`records` gives
    each one back as a :class:`Skipped` (``articles.jsonl`` lists them all); they are kept as
    numbers, so millions of bad records cost megabytes, not gigabytes.
    """

    # Each record is path + marker + number ("feed.jsonl#L12"), skipped for reasons[reason_of[i]].
    marker: str = "#"
    numbers: array = field(default_factory=lambda: array("Q"), repr=False)
    reason_of: array = field(default_factory=lambda: array("I"), repr=False)
    reasons: tuple[str, ...] = field(default=(), repr=False)

    @property
    def count(self) -> int:
        return len(self.numbers)

    def records(self) -> Iterator[Skipped]:
        for number, reason in zip(self.numbers, self.reason_of, strict=True):
            yield Skipped(f"{self.path}{self.marker}{number}", self.reasons[reason])


@dataclass(frozen=True)
class DroppedLine:
    """A line that cleaning removed, where it stood in the input and why it went."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class DateEvidence:
    """Where in an article's text its publication date was read, and what stood around it."""

    text: str  # the line the date was read from
    line: int | None  # its line number in the input (None for text extracted from HTML)
    from_top: int  # how many lines of the input's text stand above it
    before: str | None  # the line above it
    after: str | None  # the line below it


@dataclass
class Article:
    """A cleaned article: its body text and trustworthy metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_basis: str = PublishedBasis.UNKNOWN
    # Set when the date was read from the text (a byline), not from metadata.
    published_evidence: DateEvidence | None = None
    author: str | None = None
    dropped_lines: list[DroppedLine] = field(default_factory=list)
    format: str = "txt"
    warnings: list[str] = field(default_factory=list)
    # A near-identical copy (a wire story reprinted, a page saved twice) names the article it copies.
    duplicate_of: str | None = None
    similarity: float | None = None
    # The language it is written in (ISO 639-1), as detected before parsing.
    language: str | None = None

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class DateValue:
    """A normalised time expression: TIMEX3 value, interval, granularity and basis."""

    value: str | None
    start: date | None
    end: date | None
    granularity: str | None
    basis: str
    text: str | None = None
    type: str = "DATE"

    @property
    def is_resolved(self) -> bool:
        return self.start is not None

    def can_overlap(self, other: DateValue) -> bool:
        """Whether the two dates may tell the same time: an unresolved one may be any, an
        interval with no end ("soon") runs on, and a date taken from a report's publication
        (:data:`REPORT_BOUNDS`) says only "by then".

        >>> day = DateValue("2023-02-03", date(2023, 2, 3), date(2023, 2, 3), "day", "explicit")
        >>> soon = DateValue("FUTURE_REF", date(2023, 2, 1), None, None, "relative")
        >>> by_report = DateValue("2023-02-05", date(2023, 2, 5), date(2023, 2, 5), "day", Basis.PUBLICATION)
        >>> day.can_overlap(soon), soon.can_overlap(UNDATED), day.can_overlap(by_report)
        (True, True, True)
        """
        if not self.is_resolved or not other.is_resolved:
            return True
        return self._earliest <= (other.end or date.max) and other._earliest <= (self.end or date.max)

    @property
    def _earliest(self) -> date:
        return date.min if self.basis in REPORT_BOUNDS else self.start


# Bases of dates that bound a happening from above only: the day its report was published.
REPORT_BOUNDS = frozenset({Basis.PUBLICATION, Basis.INFERRED_PUBLICATION})


UNDATED = DateValue(None, None, None, None, Basis.UNRESOLVED)


@dataclass(frozen=True)
class TimeMention:
    """A time expression found in an article, with what is needed to resolve it again."""

    text: str
    start: int
    end: int
    # Which way from publication the date points, from its clause's verb (``timex.date_tense``:
    # past, future, nearest, present, none); not a verb tense like :attr:`EventMention.tense`.
    tense: str
    date: DateValue


@dataclass(frozen=True)
class EntityMention:
    """A name in an article: its surface text, corrected type and position."""

    text: str
    type: str
    start: int
    end: int
    sentence: int
    # What decided the type when it is not spaCy's own label, e.g. "gazetteer: a place name".
    evidence: str | None = None
    # For a place found in the gazetteer: its key ("geo:703448") and why that namesake.
    place: str | None = None
    basis: str | None = None


@dataclass(frozen=True)
class Source:
    """Where an event was reported: the article and the sentence, with character offsets."""

    article: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Role:
    """A participant of an event mention: an index into the article's entity mentions.

    ``content`` marks entities that are spoken about in reported speech, as opposed to the
    circumstances of the statement.
    """

    mention: int
    role: str
    content: bool = False


@dataclass
class EventMention:
    """One event as one article reports it."""

    article: str
    trigger: str
    lemma: str
    type: str
    label: str
    modality: str
    tense: str
    roles: list[Role]
    source: Source
    time: TimeMention | None
    date: DateValue
    keywords: frozenset[str]
    quote: str | None = None
    # Who said it, for an event told in reported speech ("Ford said its sales rose").
    speaker: str | None = None
    # Where the trigger word is in the article text.
    trigger_start: int | None = None
    # The noun a light verb carries ("made its maiden flight", "filed for bankruptcy"): the
    # happening the event names.
    noun_start: int | None = None
    # The article's other words for this happening ("the arrest" after "police arrested"): where
    # each stands (character offset) and its lemma.
    coreferent: tuple[tuple[int, str], ...] = ()


@dataclass
class ArticleAnalysis:
    """Everything the per-article stages found in one article."""

    article: Article
    entities: list[EntityMention]
    times: list[TimeMention]
    events: list[EventMention]
    # Why the stages failed on this article, if they did; it is then skipped, not lost.
    error: str | None = None
    # Why it was not analysed, when that is no failure ("not English (ru): no pipeline for it").
    skipped: str | None = None
    # The language it is written in (ISO 639-1), as detected before parsing.
    language: str | None = None


@dataclass
class Entity:
    """One real-world thing, with all the names and mentions that refer to it."""

    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    articles: list[str]
    lat: float | None = None
    lon: float | None = None
    # Why a place has these coordinates (which namesake and why), and what corrected its type.
    basis: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Participant:
    entity: str
    name: str
    type: str
    role: str


@dataclass(frozen=True)
class EventSource:
    """A source of a merged event: the article's metadata, the sentence and its own date."""

    article: str
    title: str | None
    url: str | None
    published: date | None
    sentence: str
    start: int
    end: int
    date: DateValue
    outlet: str | None = None
    # The article this one copies (a wire story reprinted), if any.
    copy_of: str | None = None


@dataclass
class Event:
    """One happening, merged across all the articles that report it."""

    id: str
    label: str
    type: str
    trigger: str
    date: DateValue
    participants: list[Participant]
    places: list[str]
    sources: list[EventSource]
    modality: str
    quote: str | None = None
    # Who said it, for an event told in reported speech ("Ford said its sales rose").
    speaker: str | None = None
    date_conflict: bool = False
    outlets: list[str] = field(default_factory=list)
    # Distinct stories among the sources joined at merge.CORROBORATION_CONFIDENCE or above:
    # copies of one wire story count once, weakly merged sources not at all.
    independent_sources: int = 1
    # How surely its sources are one happening: the weakest average link that joined them
    # (see graphbuild.merge), 1.0 for a single mention.
    confidence: float = 1.0
    # Where the triggers of the mentions merged into it stand, and their other words for it
    # (``EventMention.coreferent``): (article id, character offset).
    triggers: list[tuple[str, int | None]] = field(default_factory=list)
