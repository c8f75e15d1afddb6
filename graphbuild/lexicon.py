"""The word lists of a pipeline's lemmatizer (WordNet's, shipped with the pipeline), shared
through its vocabulary so that a parsed Doc reaches them (:func:`graphbuild.nlp.load` puts
them there): the verbs it knows, the irregular forms of verbs ("shot", "drank"), its nouns and
its adjectives. The events stage tells by them which nouns are made from verbs ("the attack")
and which "verbs" the parser misread ("her community rabbi"); the verb reading mends a cut
lemma by them ("hoping" is "hope"). Nothing here loads spaCy: the time stage reads verbs too.

>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> vocab = Vocab()
>>> _ = vocab.lookups.add_table(VERB_INDEX, {"hope": True})
>>> doc = Doc(vocab, words=["hope"])
>>> "hope" in known_words(doc[0]), "hope" in known_words(doc[0], NOUN_INDEX)
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ADJECTIVE_INDEX", "NOUN_INDEX", "VERB_FORMS", "VERB_INDEX", "known_words"]

VERB_INDEX = "graphbuild_verbs"
VERB_FORMS = "graphbuild_verb_forms"
NOUN_INDEX = "graphbuild_nouns"
ADJECTIVE_INDEX = "graphbuild_adjectives"


def known_words(token: Token, table: str = VERB_INDEX):
    """The words of the token's pipeline's ``table``, the verbs by default (empty when the
    pipeline ships no such list)."""
    lookups = token.vocab.lookups
    return lookups.get_table(table) if lookups.has_table(table) else frozenset()
