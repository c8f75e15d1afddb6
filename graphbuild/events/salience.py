"""Who has been named so far in an article, and who of a kind is its protagonist.

"he said", "it announced" and "the company said" in a sentence that names nobody of that
kind refer to someone named in the sentences before it: the :class:`Salience` counter keeps,
sentence by sentence, how often each entity was named and how often as a subject.
"""

from __future__ import annotations

from graphbuild.events.words import ANTECEDENT_TYPES
from graphbuild.model import EntityMention

__all__ = ["Salience"]


class Salience:
    """The entity mentions named so far, for :meth:`get`: the latest mention of the entity of a
    kind named most often (the story's protagonist, not someone mentioned in passing), then most
    often as a subject, then the latest. "Steve Jobs" and "Jobs" count as one by their last word.

    >>> from graphbuild.model import EntityMention
    >>> named = Salience([EntityMention("Steve Jobs", "PERSON", 0, 10, 0),
    ...                   EntityMention("Tim Cook", "PERSON", 20, 28, 0),
    ...                   EntityMention("Jobs", "PERSON", 40, 44, 1)])
    >>> for index, subject in [(0, True), (1, False), (2, True)]:
    ...     named.add(index, subject)
    >>> named.get("PERSON"), named.get("ORG")
    (2, None)
    """

    def __init__(self, entities: list[EntityMention]):
        self.entities = entities
        # (last word, type) -> [times named, times a subject, latest mention index]
        self.counts: dict[tuple[str, str], list[int]] = {}

    def add(self, index: int, subject: bool) -> None:
        mention = self.entities[index]
        counts = self.counts.setdefault((mention.text.split()[-1].lower(), mention.type), [0, 0, index])
        counts[0] += 1
        counts[1] += subject
        counts[2] = max(counts[2], index)

    def get(self, kind: str) -> int | None:
        """The latest mention of the protagonist of a kind so far: the most named."""
        totals = self._totals(kind)
        return max(totals)[2] if totals else None

    def ranked(self, kind: str) -> list[int]:
        """The latest mention of each entity of a kind named so far, the protagonist first."""
        return [latest for _, _, latest in sorted(self._totals(kind), reverse=True)]

    def _totals(self, kind: str) -> list[list[int]]:
        """[times named, times a subject, latest mention] of each name of a kind so far."""
        types = ANTECEDENT_TYPES[kind]
        by_name: dict[str, list[int]] = {}
        for (name, kind_of), (named, subject, latest) in self.counts.items():
            if kind_of in types:
                total = by_name.setdefault(name, [0, 0, latest])
                total[0] += named
                total[1] += subject
                total[2] = max(total[2], latest)
        return list(by_name.values())
