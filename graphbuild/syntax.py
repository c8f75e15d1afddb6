"""How a verb is inflected: one reading of a verb group (the verb, its auxiliaries, their tags).

The time stage asks which way from publication an undated "Friday" points, the event stage
asks an event's tense and modality; both read the verb the same way, here, and decide what the
reading means where they use it.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(
...     Vocab(),
...     words=["Kyiv", "has", "retaken", "Kherson"],
...     tags=["NNP", "VBZ", "VBN", "NNP"],
...     deps=["nsubj", "aux", "ROOT", "dobj"],
...     heads=[2, 2, 2, 2],
...     lemmas=["Kyiv", "have", "retake", "Kherson"],
... )
>>> group = read_verb(doc[2])
>>> group.perfect, group.present, group.past, group.finite
(True, True, False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["VerbGroup", "read_verb"]

_AUXILIARY_DEPS = ("aux", "auxpass")
_FUTURE = frozenset(("will", "shall", "'ll"))


@dataclass(frozen=True)
class VerbGroup:
    """A verb with its auxiliaries (its ``aux`` and ``auxpass`` children)."""

    # The verb's own fine-grained tag: "VBD" (past), "VBN" (participle), "VBZ", "VB"...
    tag: str
    # The auxiliaries' lemmas, lower case: {"have"}, {"will", "be"}, {"to"}.
    auxiliaries: frozenset[str]
    # The auxiliaries as written, lower case: {"has"}, {"'ll", "be"}, {"could"}.
    auxiliary_words: frozenset[str]
    # The verb or an auxiliary is a past form: "said", "was flown", "had undergone", "did not sell".
    past: bool
    # The verb or an auxiliary is a present form: "produces", "are encircling", "has captured".
    present: bool
    # A modal auxiliary's lemma ("will", "could", "must"), if there is one.
    modal: str | None
    # "was flown", "is scheduled": the subject is what the verb happens to.
    passive: bool

    @property
    def perfect(self) -> bool:
        """'has captured', 'had undergone': a participle after "have"."""
        return self.tag == "VBN" and "have" in self.auxiliaries

    @property
    def future(self) -> bool:
        """'will meet', 'shall decide', "'ll announce"."""
        return bool(self.auxiliaries & _FUTURE)

    @property
    def finite(self) -> bool:
        """Whether the group carries a tense or a modal ("said", "has", "will"), unlike a bare
        participle or infinitive ("saying", "to attend")."""
        return self.past or self.present or self.modal is not None


def read_verb(verb: Token) -> VerbGroup:
    """The verb group of ``verb``: its tag and those of its auxiliaries."""
    auxiliaries = [child for child in verb.children if child.dep_ in _AUXILIARY_DEPS]
    tags = [verb.tag_, *(child.tag_ for child in auxiliaries)]
    return VerbGroup(
        tag=verb.tag_,
        auxiliaries=frozenset(child.lemma_.lower() for child in auxiliaries),
        auxiliary_words=frozenset(child.lower_ for child in auxiliaries),
        past="VBD" in tags,
        present="VBZ" in tags or "VBP" in tags,
        modal=next((child.lemma_.lower() for child in auxiliaries if child.tag_ == "MD"), None),
        passive=any(child.dep_ == "auxpass" for child in auxiliaries),
    )
