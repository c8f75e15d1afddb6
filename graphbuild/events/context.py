"""What every event of one article is read against: the parse, the names, the times, the
publication date and who has been named so far."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

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
        return cls(doc, article, entities, by_root, times, published, published_basis, Salience(entities))
