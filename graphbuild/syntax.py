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

from graphbuild.lexicon import known_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FINITE_TAGS", "VerbGroup", "read_verb", "verb_lemma"]

# A finite verb or modal: a clause with a tense of its own.
FINITE_TAGS = frozenset(("MD", "VBD", "VBZ", "VBP"))

_AUXILIARY_DEPS = ("aux", "auxpass")
_FUTURE = frozenset(("will", "shall", "'ll"))
_COUNTERFACTUAL = frozenset(("would", "could", "should", "might", "may", "must"))
# The endings the lemmatiser strips, and the "e" it may strip with them: "hoping", "hopes" and
# "hoped" are read as "hop", whose own forms double the consonant ("hopping", "hopped").
_INFLECTIONS = {"VBG": "ing", "VBD": "ed", "VBN": "ed", "VBZ": "es"}
_VOWELS = frozenset("aeiou")


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
    def counterfactual(self) -> bool:
        """'would have objected', 'could have won': a modal perfect tells what did not happen."""
        return self.tag == "VBN" and "have" in self.auxiliaries and self.modal in _COUNTERFACTUAL

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


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, lower case, mended where the lemmatiser cut a silent "e": a stem of a
    consonant after one vowel keeps its "e" when the pipeline's index of verbs knows that word
    ("hoping", "hopes" -> "hope"; "hopping" -> "hop", "shipped" -> "ship" stay).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> vocab = Vocab()
    >>> from graphbuild.lexicon import VERB_INDEX
    >>> _ = vocab.lookups.add_table(VERB_INDEX, {"hope": True, "hop": True})
    >>> doc = Doc(vocab, words=["hoping", "hopping"], tags=["VBG", "VBG"], lemmas=["hop", "hop"])
    >>> verb_lemma(doc[0]), verb_lemma(doc[1])
    ('hope', 'hop')
    """
    lemma = verb.lemma_.lower()
    ending = _INFLECTIONS.get(verb.tag_)
    if ending is None or verb.text.lower() != lemma + ending:
        return lemma
    # "hopped" doubles the consonant of "hop": a single one after one vowel is "hope"'s.
    consonant, vowel, before = lemma[-1:], lemma[-2:-1], lemma[-3:-2]
    single = bool(before) and consonant not in _VOWELS and vowel in _VOWELS and before not in _VOWELS
    if ending != "es" and not single:
        return lemma
    return lemma + "e" if lemma + "e" in known_words(verb) else lemma
