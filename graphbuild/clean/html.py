"""What to keep of the text an HTML extractor chose as the article."""

from __future__ import annotations

import re

from graphbuild.clean.dump import trailing_prompt
from graphbuild.clean.lines import Line, dropped, is_dateline, section_header
from graphbuild.model import DroppedLine

# What is page furniture even inside the part of a page an extractor chose as the article.
_REPEATED_PARAGRAPH_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’')]?$")
# Captions are not among them: an extractor keeps a caption only inside the article.
FURNITURE = frozenset(
    ("markup", "rule", "image", "timestamp", "cta", "widget", "legal", "consent", "browser", "related")
)


def extracted_body(
    lines: list[Line], furniture: frozenset[str] = FURNITURE
) -> tuple[list[Line], list[DroppedLine]]:
    """Judge the text an HTML extractor kept: list items, table rows and short paragraphs are
    the story's; only ``furniture`` and a second copy of the body go. Above the first
    paragraph, credits are furniture too ("Staff and agencies"), but not a dateline set in
    capitals as they are ("BAAR, SWITZERLAND")."""
    copies = _second_copies(lines)
    kept, out = [], []
    for index, line in enumerate(lines):
        if index in copies:
            out.append(dropped(line, "repeated"))
        elif line.kind in furniture and not (line.kind == "credit" and is_dateline(line)):
            out.append(dropped(line, line.kind))
        else:
            kept.append(line)
    return kept, out


def _second_copies(lines: list[Line]) -> set[int]:
    """The paragraphs of a body said twice (a print or a mobile copy on the same page): a
    paragraph of prose said before, next to another such paragraph. One line said twice on its
    own is a row of a table or a list, which repeats within a story and is kept."""
    seen: set[str] = set()
    repeated = []
    for line in lines:
        key = line.text.casefold()
        long = line.words >= _REPEATED_PARAGRAPH_WORDS and bool(_SENTENCE_END.search(line.text))
        repeated.append(long and key in seen)
        seen.add(key)
    paired = [False, *repeated, False]
    return {index for index, copy in enumerate(repeated) if copy and (paired[index] or paired[index + 2])}


# The extractor sets out the items of a list with a dash: the steps of a deal or a how-to
# ("- Sign up for the bundle with the same e-mail") are the story's, however they speak.
_LIST_ITEM = re.compile(r"^- \S")


def after_story(lines: list[Line]) -> tuple[list[Line], list[DroppedLine]]:
    """The body without its last lines while they prompt the reader (subscribe, follow, send
    us your view) or open what follows a story (its comments, related stories): an extractor
    keeps them when the page sets them in the article's element."""
    end = len(lines)
    while (
        end
        and not _LIST_ITEM.match(lines[end - 1].text)
        and (trailing_prompt(lines, end - 1) or section_header(lines[end - 1]))
    ):
        end -= 1
    out = [
        dropped(line, section_header(line) or ("cta" if trailing_prompt(lines, index) else line.kind))
        for index, line in enumerate(lines[end:], start=end)
    ]
    return lines[:end], out
