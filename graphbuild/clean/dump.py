"""Where the article is in a page's text: the heaviest run of prose, cut of its feeds, tickers,
footers and what follows it (comments, related stories), each dropped line with its reason.

Inside the run, boxes of related links, galleries, photo captions, bylines, summaries and the
reader's prompts after the story go; the story's own short lines (subheadings, list items set
as paragraphs, the cells of a table) stay.
"""

from __future__ import annotations

import re

from graphbuild.clean.dates import says_byline
from graphbuild.clean.lang import BY_WORDS
from graphbuild.clean.lines import (
    FEED_MARKERS,
    RUN_KINDS,
    TICKER,
    Line,
    addresses_reader,
    dropped,
    is_capital_heading,
    is_caption_sized,
    is_list_item,
    is_photo_credit,
    is_prompt,
    section_header,
)
from graphbuild.model import DroppedLine

# The longest run of prose: each line counts its words less _RUN_COST, so that runs of short
# lines (menus, teasers, comment signatures) weigh against the text around them; furniture
# counts as the shortest line; a section header (comments, related stories) is a wall, unless
# it heads a box set inside the article.
_RUN_COST = 10
_WALL = -1000
# A short line that stands alone between blank lines is a part of the story (a subheading, a
# list item, a line of an interview) and costs the run almost nothing.
_OWN_PARAGRAPH_COST = 1
# A related-stories box inside the article holds a few links, after which the article's prose
# resumes: two paragraphs in a row. After the article, links and teasers follow the header.
_BOX_LINES = 4
_RESUMED = 2
# A teaser of another story is cut short ("Microsoft removes the safeguard hold for Windows..."),
# counts its comments ("Myles Garrett should expect a significant suspension (148)") or tags
# what it links to ("Wacaco Nanopresso Review: coffee anywhere [Video]").
_TEASER = re.compile(r"\w(\.\.\.|…)$|\(\d+\)$|\[(video|videos|audio|podcast|gallery|photos?)\]$", re.I)


def main_text(lines: list[Line]) -> tuple[int, int]:
    """``(start, end)`` of the page's longest run of prose, by the heaviest run of line weights."""
    best, best_start, best_end = 0, 0, len(lines)
    total, start = 0, 0
    box_end = -1
    table = _tables(lines)
    for index, line in enumerate(lines):
        if section_header(line) == "related" and (end := _box_end(lines, index)) is not None:
            box_end = end
        if index in table:
            # A table that a paragraph introduces says in cells what prose says in sentences:
            # each cell counts its words, and the table costs the run once, as a paragraph
            # would. Any other (standings, prices in a sidebar) is one interruption.
            weight = line.words - (_RUN_COST if index - 1 not in table else 0) if table[index] else 0
        elif _wall(lines, index):
            weight = _WALL
        elif index < box_end:
            # A box set in the article is one interruption, whatever its length.
            weight = -_RUN_COST if section_header(line) else 0
        elif line.kind in RUN_KINDS and not _TEASER.search(line.text):
            weight = line.words - _RUN_COST if line.kind != "short" else -_RUN_COST
        else:
            weight = -_RUN_COST
        if weight < 0 and line.alone and line.kind in ("short", "repeated", "sentence"):
            weight = -_OWN_PARAGRAPH_COST
        elif _in_gallery(lines, index):
            weight = 0
        if total <= 0:
            total, start = 0, index
        total += weight
        if total > best:
            best, best_start, best_end = total, start, index + 1
    if best <= 0:
        return 0, len(lines)
    return _extended(lines, best_start, -1), _extended(lines, best_end - 1, 1) + 1


# The buttons under a reader's comment, said under each comment of the page.
_COMMENT_ACTION = re.compile(r"^(reply|report( abuse)?|respond)( \(\d+\))?$", re.I)
# A comment is a few paragraphs under a signature of a few short lines (a name, a date).
_COMMENT_PARAGRAPHS = 3
_SIGNATURE_LINES = 3


def comments_start(lines: list[Line], start: int, end: int) -> int:
    """Where reader comments begin in the run ``[start, end)`` of a page that has no header
    for them: at the signature above the first comment whose button ("Reply") the page repeats
    under each one; ``end`` if there are none."""
    for index in range(start + 1, end):
        if lines[index].kind != "repeated" or not _COMMENT_ACTION.match(lines[index].text):
            continue
        top = index
        while (
            top > start and lines[top - 1].kind in ("prose", "sentence") and index - top < _COMMENT_PARAGRAPHS
        ):
            top -= 1
        if top == index:
            continue
        signature = top
        while (
            signature > start
            and lines[signature - 1].kind in ("short", "timestamp", "repeated")
            and top - signature < _SIGNATURE_LINES
        ):
            signature -= 1
        # Without a signature, the paragraphs above the button may be the story's own.
        return signature if signature < top else index
    return end


_GAP_LINES = 3


def _extended(lines: list[Line], edge: int, step: int) -> int:
    """The run's edge moved over prose that a few lines of furniture (an advert, a photo
    credit, a ticker) part from it; never over a section header or a teaser of another story."""
    index, gap = edge + step, 0
    while 0 <= index < len(lines) and gap <= _GAP_LINES and not _wall(lines, index):
        if _TEASER.search(lines[index].text):
            break
        if _is_paragraph(lines[index]):
            edge, gap = index, 0
        elif lines[index].kind not in ("ticker", "timestamp") and not _in_gallery(lines, index):
            # A ticker or a gallery set in the article is one interruption, whatever its
            # length; the body's feed rule drops a ticker.
            gap += 1
        index += step
    return edge


# A table in a page's text: one cell a line, the lines of a block one under the other, in rows
# of 3 or more cells whose shapes (a number or words) come again row after row, at least two
# numbers a row, and cells of a few words (a ranked list of headlines has longer). A block
# that repeats every line or every other (a menu, a numbered list) has no columns.
_CELL_NUMBER = re.compile(r"^[\W\d_]*\d[\W\d_]*$")
_TABLE_COLUMNS = 3
_MAX_COLUMNS = 12
_TABLE_ROWS = 3
_TABLE_REGULAR = 0.9
_ROW_NUMBERS = 2
_CELL_WORDS = 3


def _tables(lines: list[Line]) -> dict[int, bool]:
    """The indexes of the lines that are cells of a table, each with whether a paragraph right
    above the table introduces it."""
    cells: dict[int, bool] = {}
    blocks: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if blocks[-1] and not _touching(lines[blocks[-1][-1]], line):
            blocks.append([])
        blocks[-1].append(index)
    for block in blocks:
        if _table(lines, block):
            introduced = block[0] > 0 and lines[block[0] - 1].kind == "prose"
            cells.update(dict.fromkeys(block, introduced))
    return cells


def _table(lines: list[Line], block: list[int]) -> bool:
    numbers = [bool(_CELL_NUMBER.match(lines[i].text)) for i in block]
    if sum(lines[i].words for i in block) > _CELL_WORDS * len(block):
        return False
    for columns in range(1, _MAX_COLUMNS + 1):
        # Each row against the next, bar the first, which may be the table's header.
        pairs = range(columns, len(block) - columns)
        if len(pairs) < columns * (_TABLE_ROWS - 1):
            return False
        if sum(numbers[i] == numbers[i + columns] for i in pairs) >= _TABLE_REGULAR * len(pairs):
            rows = len(block) / columns
            many = sum(numbers) >= _TABLE_REGULAR * _ROW_NUMBERS * rows and not all(numbers)
            return columns >= _TABLE_COLUMNS and many
    return False


def _in_gallery(lines: list[Line], index: int) -> bool:
    """Whether the line is a photo credit next to another: the credits of a gallery."""
    return is_photo_credit(lines[index]) and any(
        0 <= other < len(lines) and is_photo_credit(lines[other]) for other in (index - 1, index + 1)
    )


def _wall(lines: list[Line], index: int) -> bool:
    """Whether the line opens a section that ends the article (comments, related stories)."""
    section = section_header(lines[index])
    return section == "comments" or (section == "related" and _box_end(lines, index) is None)


def _box_end(lines: list[Line], index: int) -> int | None:
    """Where the article resumes after a related-stories box headed at ``index``, if it does."""
    for end in range(index + 1, min(index + 2 + _BOX_LINES, len(lines))):
        if _is_paragraph(lines[end]):
            # After the box's links, one paragraph is the article's; a header right above a
            # paragraph may be a teaser's button ("Read more"), so two are needed there.
            needed = 1 if end > index + 1 else _RESUMED
            resumed = lines[end : end + needed]
            return end if len(resumed) == needed and all(map(_is_paragraph, resumed)) else None
    return None


def _is_paragraph(line: Line) -> bool:
    return line.kind == "prose" and not (TICKER.match(line.text) or _TEASER.search(line.text))


def body(
    lines: list[Line], keep_short: bool = False, page: list[Line] = ()
) -> tuple[list[Line], list[DroppedLine]]:
    """Split body lines into kept and dropped, cutting feeds and tickers with their headers;
    ``page`` is all the page's lines, where its credits show the width it cuts them to."""
    verdicts: list[str | None] = []  # None keeps the line; else the kind it was dropped as
    in_feed = False
    prose_run = 0
    box_end = -1
    table = _tables(lines)
    for index, line in enumerate(lines):
        if section_header(line) == "related" and (end := _box_end(lines, index)) is not None:
            box_end = end
        if index < box_end:
            verdicts.append("related")
            continue
        if index in table:
            verdicts.append(None)
            continue
        if not in_feed and _starts_feed(lines, index):
            in_feed = True
            prose_run = 0
        if in_feed:
            # A feed ends where the article's own prose clearly resumes: right after a one-line
            # ticker item, or after three prose lines with no more timestamps in sight.
            prose_run = prose_run + 1 if line.kind == "prose" else 0
            after_ticker = index > 0 and lines[index - 1].kind == "ticker"
            ends = line.kind == "prose" and (prose_run >= 3 or after_ticker)
            if not ends or _feed_continues(lines, index):
                verdicts.append("feed")
                continue
            in_feed = False
            if prose_run >= 3:
                # The two prose lines before this one were the article's too: take them back.
                verdicts[-2:] = [None, None]
        verdicts.append(None if line.kind in ("prose", "sentence") else line.kind)
    head = [line for line in page if lines and line.number is not None and line.number < lines[0].number]
    _drop_captions(lines, verdicts, head[-1] if head else None)
    _drop_bylines(lines, verdicts)
    if keep_short:
        _keep_inner_short_lines(lines, verdicts, {len(line.text) for line in page if line.kind == "credit"})
        _drop_summaries(lines, verdicts)
    _drop_trailing_prompts(lines, verdicts, _authors(head + lines))
    kept = [line for line, verdict in zip(lines, verdicts, strict=True) if verdict is None]
    out = [dropped(line, v) for line, v in zip(lines, verdicts, strict=True) if v is not None]
    return kept, out


def after_text(tail: list[Line], section: str = "after") -> list[DroppedLine]:
    """The lines after the article, each dropped as what its section header says it is
    (``section`` until the first header)."""
    out = []
    for line in tail:
        section = section_header(line) or section
        # A line's own furniture (a sign-up form, a credit) says more than its section does.
        # Past the article, timestamps and markup are the lines of a feed.
        own = line.kind not in RUN_KINDS and line.kind != "repeated"
        kind = "feed" if line.kind in FEED_MARKERS else line.kind
        out.append(dropped(line, kind if own else section))
    return out


_INNER_SHORT_RUN = 3
# Two short lines one under the other are a heading and its item; three are a menu's column.
_COLUMN_LINES = 3
# A line that ends in lower case may be cut off ("Ukrainian presidential press-ser"), or be a
# subheading in sentence case ("The bottom line").
_FRAGMENT = re.compile(r"^\w+( \w+)* [a-z][\w-]*$")


def _keep_inner_short_lines(lines: list[Line], verdicts: list[str | None], cut_widths: set[int]) -> None:
    """Inside the article's run of prose, a few short lines between kept paragraphs are its
    own (subheadings, list items, a quoted line), and so are any number of short lines that
    each stand alone as a paragraph; a longer run of short lines one under the other is a menu
    or a box. A lone fragment in lower case as long as a credit of the page is a credit cut
    at the page's width."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    for before, after in zip(kept, kept[1:], strict=False):
        gap = range(before + 1, after)
        text = lines[before + 1].text
        lone_fragment = len(gap) == 1 and _FRAGMENT.search(text) and len(text) in cut_widths
        # A line said again in a list ("See it now: Amazon" under each deal) is the list's.
        few_short = len(gap) <= _INNER_SHORT_RUN and all(
            (verdicts[i] in ("short", "repeated") and is_list_item(lines[i]))
            or (verdicts[i] == "credit" and is_capital_heading(lines[i]))
            for i in gap
        )
        # Short lines that each stand alone are the story's paragraphs, and so are fragments
        # of which no three stand one under the other (a heading over its first item).
        shorts = all(verdicts[i] in ("short", "repeated") for i in gap)
        fragments = all(is_list_item(lines[i]) for i in gap) and _no_column(lines, gap)
        own_paragraphs = shorts and (all(lines[i].alone for i in gap) or fragments)
        if gap and (few_short or own_paragraphs) and not lone_fragment:
            for index in gap:
                verdicts[index] = None


def _no_column(lines: list[Line], gap: range) -> bool:
    """Whether no run of the gap's lines stands one under the other, as a menu's do."""
    run = 0
    for index in gap:
        run = run + 1 if index > gap.start and _touching(lines[index - 1], lines[index]) else 1
        if run >= _COLUMN_LINES:
            return False
    return True


def _drop_captions(lines: list[Line], verdicts: list[str | None], before: Line | None) -> None:
    """A photo's caption stands right above its credit, in the same block (no blank line
    between), and may be doubled (shown short and in full); a paragraph above a credit has a
    blank line after it. Under a credit (``before`` is the line above the body), a caption
    says what is pictured."""
    for index, line in enumerate(lines):
        # Some pages set the credit first: the paragraph under it that says who or what is
        # pictured is its caption ("Alex Wong | Getty Images" over "Jane Doe, pictured in 2018, ...").
        credit = lines[index - 1] if index else before
        if (
            credit is not None
            and is_photo_credit(credit)
            and is_caption_sized(line)
            and _SHOWN.search(line.text)
        ):
            verdicts[index] = "caption"
    for index in range(1, len(lines)):
        caption = lines[index - 1]
        if not is_photo_credit(lines[index]) or not _touching(caption, lines[index]):
            continue
        # A doubled caption reads as a repeated line.
        if caption.kind in ("prose", "sentence", "repeated") and is_caption_sized(caption):
            verdicts[index - 1] = "caption"
            copy = lines[index - 2] if index > 1 else None
            if copy and _touching(copy, caption) and _same_start(copy, caption):
                verdicts[index - 2] = "caption"


_COPY_WORDS = 8
# What a caption says of its photo: "pictured", "seen here", "(left)".
_SHOWN = re.compile(r"\b(pictured|seen here|shown here)\b|\((left|right|centre|center|top|bottom)\)", re.I)


def _same_start(one: Line, other: Line) -> bool:
    return one.text.split()[:_COPY_WORDS] == other.text.split()[:_COPY_WORDS]


def _touching(above: Line, below: Line) -> bool:
    """Whether two lines are of one block: next to each other, with no blank line between."""
    return above.number is not None and below.number == above.number + 1


def _drop_bylines(lines: list[Line], verdicts: list[str | None]) -> None:
    """A fragment that reads "By ..." or "Updated ..." inside the body is a byline set below a
    photo or a standfirst, not a subheading of the story."""
    for index, line in enumerate(lines):
        if verdicts[index] == "short" and says_byline(line.text):
            verdicts[index] = "byline"


def _drop_trailing_prompts(lines: list[Line], verdicts: list[str | None], authors: set[str]) -> None:
    """The last kept lines, while they ask the reader to subscribe, follow or click (or tell
    what the prompt right above them offers), are the page's prompts after the story, not its
    last paragraphs; while they name the byline's author, whom the story above them never
    names, they are the author's bio."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    named = [{author for author in authors if _names(lines[index].text, author)} for index in kept]
    prompts = [trailing_prompt(lines, index) for index in kept]
    block = len(kept)
    while block and (prompts[block - 1] or named[block - 1]):
        block -= 1
    in_bio = set().union(*named[block:])
    if in_bio & set().union(*named[:block]):
        # The story names them too: they are in it, and the lines that name them its own.
        block = len(kept)
        while block and prompts[block - 1]:
            block -= 1
    for position in range(block, len(kept)):
        verdicts[kept[position]] = "cta" if prompts[position] else "bio"


def trailing_prompt(lines: list[Line], index: int) -> bool:
    """Whether a line after the story prompts the reader, or is the blurb of the prompt above
    it ("Sign up for e-mail newsletters" over "Get breaking news and the latest updates!"):
    a line that speaks to the reader too, as a story's paragraph under an advert rarely does."""
    line = lines[index]
    blurb = (
        index > 0 and is_prompt(lines[index - 1]) and line.words <= _BLURB_WORDS and addresses_reader(line)
    )
    return is_prompt(line) or blurb


_BLURB_WORDS = 40


# A byline's name: two to four capitalised words after the word that introduces it.
_BYLINE_NAME = re.compile(
    rf"^(?:{'|'.join(map(re.escape, BY_WORDS))})\s*:?\s+((?:[^\W\d_][\w'’.-]*\s+){{1,3}}[^\W\d_][\w'’-]*)",
    re.I,
)
_BYLINE_WORDS_MAX = 16


def _authors(lines: list[Line]) -> set[str]:
    """The names the page's bylines give, casefolded."""
    names = set()
    for line in lines:
        found = _BYLINE_NAME.match(line.text) if line.words <= _BYLINE_WORDS_MAX else None
        if not found:
            continue
        words = []
        for word in found.group(1).split():
            if not word[0].isupper():
                break
            words.append(word)
        if len(words) >= 2:
            names.add(" ".join(words).casefold())
    return names


def _names(text: str, author: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(author)}(?!\w)", text.casefold()) is not None


# A page's summary of the story (key points, a standfirst) stands among its first lines and
# says again what the story says: most of its word trigrams recur below. A quotation said
# twice is a pull quote, which the story keeps.
_SUMMARY_LINES = 3
_SUMMARY_SHARE = 0.6
_QUOTE_MARKS = "\"“‘'«„「"
_WORD = re.compile(r"\w+")


def _drop_summaries(lines: list[Line], verdicts: list[str | None]) -> None:
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    trigrams = {index: _trigrams(lines[index].text) for index in kept}
    for position, index in enumerate(kept[:_SUMMARY_LINES]):
        own = trigrams[index]
        if not own or lines[index].text[:1] in _QUOTE_MARKS:
            continue
        # What the summary says again stands further down, past the next paragraph: two
        # paragraphs in a row that say nearly the same are the story's own.
        below = set().union(*(trigrams[other] for other in kept[position + 2 :]))
        if len(own & below) >= _SUMMARY_SHARE * len(own):
            verdicts[index] = "summary"


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = [word.casefold() for word in _WORD.findall(text)]
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _starts_feed(lines: list[Line], index: int) -> bool:
    """A ticker run, or a header line followed by what only feeds have."""
    line = lines[index]
    after = lines[index + 1 : index + 4]
    if line.kind in ("ticker", "timestamp"):
        return sum(1 for other in after if other.kind in FEED_MARKERS) >= 1
    if line.kind not in ("short", "cta", "widget", "credit", "heading") or line.words > 5:
        return False
    if any(other.kind in FEED_MARKERS for other in after[:2]):
        return True
    return line.text.endswith(":") and len(after) >= 3 and all(o.kind != "prose" for o in after)


def _feed_continues(lines: list[Line], index: int) -> bool:
    return any(other.kind in FEED_MARKERS for other in lines[index + 1 : index + 4])
