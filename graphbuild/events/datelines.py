"""A dateline: where a report was filed, at the start of its first lines ("CLEVELAND —",
"WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -"), before the sentence's first word. An
acronym's aside ("NATO — the alliance — said") is none. It names the place of the report, not
someone or somewhere that takes part in the events the sentence tells, so its names are no
participants and no part of a label.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
<...>
>>> doc = nlp("NEW YORK, N.Y. (AP) — Lawmakers met.")
>>> [doc[i].text for i in sorted(dateline_tokens(next(doc.sents)))]
['NEW', 'YORK', ',', 'N.Y.', '(', 'AP', ')', '—']
"""

from __future__ import annotations

import re

from spacy.tokens import Span

__all__ = ["dateline_tokens"]

# A place in capitals, perhaps a region or state after a comma, perhaps a day ("Nov. 3"),
# perhaps an agency in brackets, then a dash and the story's first capital.
_DATELINE = re.compile(
    r"\s*[A-Z]{2,}[A-Z'’.\- ]*"
    r"(?:\s*,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?"
    r"(?:\s*,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z.\- ]{1,30}\))?"
    r"\s*(?:—|–|--|-)\s+(?=[A-Z“\"'‘])"
)
# A dateline opens the story: it stands in the first lines of the text.
_OPENING = 500


def dateline_tokens(sentence: Span) -> set[int]:
    """Token indices of the dateline that opens ``sentence``, if the sentence opens a line."""
    text = sentence.doc.text
    # Back over the blanks before the sentence only: this runs for every subject looked up,
    # and a record's text may be one long line.
    line_start = sentence.start_char
    while line_start and text[line_start - 1] != "\n" and text[line_start - 1].isspace():
        line_start -= 1
    if line_start > _OPENING or (line_start and text[line_start - 1] != "\n"):
        return set()
    found = _DATELINE.match(sentence.text)
    if found is None:
        return set()
    end = sentence.start_char + found.end()
    return {token.i for token in sentence if token.idx < end}
