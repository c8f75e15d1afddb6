"""What stands above the article's body: its byline block and its title."""

from __future__ import annotations

import re

from graphbuild.clean.dates import DATED, find_date, says_byline
from graphbuild.clean.lang import CAPTION_WORDS
from graphbuild.clean.lines import Line, word_count

# Photo captions date the picture, not the article: "This March 28, 2017, file photo shows ...",
# "Foto: dpa, 12. März 2017".
_CAPTION = re.compile(
    rf"\b({'|'.join(map(re.escape, CAPTION_WORDS))})\b|\bin this\b|\bshows?\b|\((ap|afp|reuters|getty)\b",
    re.I,
)
# A byline stands near the top of the page or just above the body; never deeper.
_HEAD_LINES = 12
_ABOVE_BODY = 8
_BYLINE_WORDS = 16


def byline(head: list[Line]) -> list[int]:
    """Indexes of the byline block in the head ("By X" and/or the date line), or none.

    Of several byline-like lines, the block nearest the body is the article's: those above
    it are dated teasers of other stories.
    """
    window = set(range(min(_HEAD_LINES, len(head)))) | set(range(len(head) - _ABOVE_BODY, len(head)))
    candidates = [index for index in sorted(window) if index >= 0 and is_byline(head[index])]
    if not candidates:
        return []
    block = [candidates[-1]]
    while block[0] - 1 in candidates and len(block) < 3:
        block.insert(0, block[0] - 1)
    return block


# A standfirst or a quoted claim may stand above the byline, inside what reads as the run of prose.
_STANDFIRST_LINES = 3


# The line that dates the story says so ("Published ...", "Veröffentlicht ..."), or is a byline
# with a date. A byline's date comes with its time, or stands nearly alone; a sentence of the
# story that names a date ("The ferry sank on March 3, 2019.") says more around it.
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*([ap]\.?m\b|[A-Z]{2,4}\b)|\b\d{1,2}[:.]\d{2}\b", re.I)
_WORDS_BESIDE_DATE = 2


def body_start(lines: list[Line], first_prose: int, end: int) -> int:
    """Where a page's story starts: its first prose line, or, when the line that dates the
    story stands among the next few lines of prose, the first prose line after it (what was
    above is the head: a standfirst, a quoted claim). A byline without a date may stand under
    a photo inside the story."""
    prose = [index for index in range(first_prose, end) if lines[index].kind == "prose"]
    last = prose[_STANDFIRST_LINES] if len(prose) > _STANDFIRST_LINES else end - 1
    bylines = [index for index in range(first_prose, last + 1) if _dates_the_story(lines[index])]
    if not bylines:
        return first_prose
    return next((index for index in prose if index > bylines[-1]), first_prose)


def _dates_the_story(line: Line) -> bool:
    if not is_byline(line):
        return False
    found = find_date(line.text)
    if says_byline(line.text):
        return bool(found or DATED.match(line.text))
    beside = line.words - word_count(found.text) if found else line.words
    return bool(found) and (bool(_CLOCK_TIME.search(line.text)) or beside <= _WORDS_BESIDE_DATE)


def is_byline(line: Line) -> bool:
    if line.kind in ("ticker", "timestamp", "markup") or line.words > _BYLINE_WORDS:
        return False
    if _CAPTION.search(line.text):
        return False
    return says_byline(line.text) or find_date(line.text) is not None


def title(head: list[Line], byline: list[int], fmt: str) -> Line | None:
    """The head's title line: a markdown heading, else the headline-like line next to the byline."""
    if fmt == "md":
        heading = next((line for line in head if line.kind == "heading"), None)
        if heading:
            return heading
    candidates = head[: byline[0]] if byline else head
    titled = [line for line in candidates if line.kind in ("short", "sentence") and 3 <= line.words <= 25]
    if not titled:
        return None
    return titled[-1] if byline else titled[0]
