"""The words a page's head says in each language we clean, one module a language (as spaCy's
``lang/`` folders): the word that names a story's author ("By", "Von", "Por", "Oleh"), the
words of the line that dates it ("Published", "Veröffentlicht", "Publicado"), those that
mark a photo's caption ("Photo", "Foto", "Фото") and the headers that open a box of other
stories ("Leia também") or the readers' comments ("Kommentare"). Dates themselves are read by dateparser in
these languages (:data:`LANGUAGES`). Add a language by adding its module here.
"""

from __future__ import annotations

from graphbuild.clean.lang import da, de, en, es, fr, id, it, ja, ko, nl, pt, ru, sv

__all__ = ["BY_WORDS", "CAPTION_WORDS", "COMMENT_HEADERS", "DATED_WORDS", "LANGUAGES", "RELATED_HEADERS"]

_MODULES = {"en": en, "de": de, "fr": fr, "es": es, "pt": pt, "it": it, "nl": nl, "sv": sv, "da": da}
_MODULES |= {"ru": ru, "id": id, "ja": ja, "ko": ko}

# dateparser's codes, English first: most pages are in English.
LANGUAGES = tuple(_MODULES)


def _words(name: str) -> tuple[str, ...]:
    # Longest first, so that a pattern built from them tries "a cura di" before "di".
    words = {word for module in _MODULES.values() for word in getattr(module, name)}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


BY_WORDS = _words("BY")
DATED_WORDS = _words("DATED")
CAPTION_WORDS = _words("CAPTION")
RELATED_HEADERS = _words("RELATED")
COMMENT_HEADERS = _words("COMMENTS")
