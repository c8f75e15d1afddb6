"""What every event of one article is read against: the parse, the names, the times, the
publication date and who has been named so far."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from graphbuild.events.gender import person_genders
from graphbuild.events.salience import Salience
from graphbuild.model import EntityMention, TimeMention

__all__ = ["ArticleContext"]


@dataclass(frozen=True)
class ArticleContext:
    """One parsed article with its entity and time mentions, fixed while its events are read
    (only the :class:`Salience` counter grows, sentence by sentence)."""

    doc: Doc
    article: str
    entities: list[EntityMention]
    # The token index of each entity mention's root -> the mention's index in ``entities``.
    by_root: dict[int, int]
    times: list[TimeMention]
    published: date | None
    published_basis: str
    salience: Salience
    # The gender of each person mention whose gender the text tells, by index in ``entities``
    # (see :mod:`graphbuild.events.gender`).
    genders: dict[int, str] = field(default_factory=dict, repr=False)
    # Indexes, so that a sentence or a clause looks at its own names and times, not at all of the
    # article's: reading a long article costs linear time, not its length times its mentions.
    # Each time expression's span (or None), by position in ``times``.
    time_spans: list[Span | None] = field(default_factory=list, repr=False)
    # The token index of a time expression's root -> the positions of its times in ``times``.
    times_by_root: dict[int, list[int]] = field(default_factory=dict, repr=False)
    # ``by_root``'s roots sorted, with their positions in ``by_root``'s order, and the times'
    # start characters sorted, with their positions in ``times``.
    _roots: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _time_starts: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def names_in(self, sentence: Span) -> list[tuple[int, int]]:
        """The (root token, entity mention) pairs of ``by_root`` inside ``sentence``, in
        ``by_root``'s order."""
        low = bisect_left(self._roots, (sentence.start, -1))
        high = bisect_left(self._roots, (sentence.end, -1))
        roots = [root for root, _ in sorted(self._roots[low:high], key=lambda item: item[1])]
        return [(root, self.by_root[root]) for root in roots]

    def times_in(self, start_char: int, end_char: int) -> list[int]:
        """The positions in ``times`` of the time expressions that start in [start_char,
        end_char), in ``times``' order."""
        low = bisect_left(self._time_starts, (start_char, -1))
        high = bisect_left(self._time_starts, (end_char, -1))
        return sorted(position for _, position in self._time_starts[low:high])

    @classmethod
    def of(
        cls,
        doc: Doc,
        article: str,
        entities: list[EntityMention],
        times: list[TimeMention],
        published: date | None,
        published_basis: str,
    ) -> ArticleContext:
        by_root = {}
        for index, mention in enumerate(entities):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                by_root[span.root.i] = index
        time_spans = [doc.char_span(time.start, time.end, alignment_mode="expand") for time in times]
        times_by_root: dict[int, list[int]] = {}
        for position, span in enumerate(time_spans):
            if span is not None:
                times_by_root.setdefault(span.root.i, []).append(position)
        return cls(
            doc,
            article,
            entities,
            by_root,
            times,
            published,
            published_basis,
            Salience(entities),
            person_genders(doc, entities),
            time_spans,
            times_by_root,
            sorted((root, rank) for rank, root in enumerate(by_root)),
            sorted((time.start, position) for position, time in enumerate(times)),
        )
