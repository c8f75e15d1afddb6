"""What to keep of the text an HTML extractor chose as the article."""

from __future__ import annotations

import re

from graphbuild.clean.lines import Line, dropped
from graphbuild.model import DroppedLine

# What is page furniture even inside the part of a page an extractor chose as the article.
_REPEATED_PARAGRAPH_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’')]?$")
# Captions are not among them: an extractor keeps a caption only inside the article.
FURNITURE = frozenset(
    ("markup", "rule", "image", "timestamp", "cta", "widget", "legal", "consent", "browser")
)


def extracted_body(
    lines: list[Line], furniture: frozenset[str] = FURNITURE
) -> tuple[list[Line], list[DroppedLine]]:
    """Judge the text an HTML extractor kept: list items, table rows and short paragraphs are
    the story's; only ``furniture`` and second copies of a paragraph go. Above the first
    paragraph, credits are furniture too ("Staff and agencies")."""
    kept, out = [], []
    seen: set[str] = set()
    for line in lines:
        key = line.text.casefold()
        # A paragraph of prose said twice is a page that holds its body twice (a print or
        # mobile copy); short lines recur in tables and lists, and are kept.
        if key in seen and line.words >= _REPEATED_PARAGRAPH_WORDS and _SENTENCE_END.search(line.text):
            out.append(dropped(line, "repeated"))
        elif line.kind in furniture:
            out.append(dropped(line, line.kind))
        else:
            kept.append(line)
        seen.add(key)
    return kept, out
