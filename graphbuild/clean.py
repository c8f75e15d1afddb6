"""Turn a raw record into a clean :class:`Article`: body text, title and publication date.

Scraped pages carry navigation, bylines, newsletter prompts, photo credits and unrelated
feeds or tickers. Lines are judged by their shape and their context (a ticker is a run of
short timestamped lines; a feed is everything its header introduces), so the same rules work
on pages no test has seen. Every dropped line is kept on the article, with its line number
and the reason, for audit.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

import dateparser

from graphbuild.model import Article, DateEvidence, DroppedLine, PublishedBasis, RawArticle

# Why a line was dropped, as written to the audit files.
REASONS = {
    "markup": "markup",
    "rule": "horizontal rule",
    "image": "image",
    "timestamp": "timestamp",
    "ticker": "ticker line",
    "cta": "call to action (sign-up, share, advert)",
    "widget": "menu, share or navigation link",
    "menu": "links of a menu in one line",
    "credit": "photo or agency credit",
    "legal": "copyright notice",
    "consent": "cookie, privacy or paywall notice",
    "caption": "photo caption",
    "repeated": "repeated line",
    "heading": "heading",
    "byline": "byline",
    "short": "fragment, not a sentence (menu, link or headline)",
    "head": "before the article body",
    "feed": "in a feed or ticker",
    "footer": "page footer after the article",
    "page": "outside the main text of the page",
    "after": "after the article's longest run of prose (related stories, page footer)",
    "comments": "reader comments",
    "related": "related or recommended stories",
}

# Non-breaking and other Unicode spaces: the tagger reads "away\xa0Bakhmut" as one odd token.
_UNICODE_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]")
_CLOCK = r"[\[(]?\d{1,2}[:.h]\d{2}(\s?[ap]\.?m\.?)?(\s[A-Z]{2,4})?[\])]?"
_TIMESTAMP = re.compile(
    rf"^({_CLOCK}|(updated\s+)?\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)"
    r"\s+ago|just now|yesterday)$",
    re.I,
)
_TICKER = re.compile(rf"^{_CLOCK}\s+\S", re.I)
_MARKUP = re.compile(r"^(<[!/?]?[a-z][^>]*>\s*)+$", re.I)
_RULE = re.compile(r"^[-*_=~#|\s]{3,}$")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]。！？」』）]$")
# Calls to action of sign-up forms, share bars and paywalls: judged on short lines only.
_CALL_TO_ACTION = re.compile(
    r"\b(subscribe|subscribed|sign(ing)? up|newsletter|e-?mail|indicates required|log ?in|"
    r"sign in|share (this|on)|follow us|read more|click here|advertisement|cookies?|"
    r"skip to|edit post|min read|audio is|listen to|download (the|our) app)\b",
    re.I,
)
# Share bars and menus name networks and actions; only on fragments, which are dropped anyway.
_WIDGET = re.compile(
    r"^(share|tweet|facebook|twitter|whatsapp|linkedin|email|print|copy link|reply|comments?|menu|"
    r"home|related( \w+)?|more news|most (read|popular|viewed)|trending( now)?|latest|editors'? picks|"
    r"live( updates)?|tags?|topics?)\b",
    re.I,
)
# Menus flattened into one line: "Home | News | Sport | Weather", "Ascom | Care · Ascom | ...".
_MENU_SEPARATOR = re.compile(r"\s[|·•»]\s")
_MENU_ITEMS = 3
# Photo and agency credits: "SERGEY DOLZHENKO/EPA-EFE/Shutter", "AFP via Getty Images", "With Post wires".
_CREDIT = re.compile(
    r"(\w/\w|\bvia\b|\b(images?|photos?|pictures?|shutterstock|wires?|agenc(y|ies))$|^(photo|image|credit)s?\b)",
    re.I,
)
# Sign-offs such as "(Reporting by Hannah Lang; Editing by Lisa Shumaker)".
_SIGN_OFF = re.compile(
    r"^((additional|extra) )?(reporting|writing|editing|compiled|produced|translated)( and \w+)? by\b", re.I
)
_LEGAL = re.compile(
    r"^(©|\(c\)\s|copyright\s+(©\s*)?(19|20)\d\d)|all rights reserved|may not be (re)?published", re.I
)
# Cookie banners, privacy settings and paywalls talk about the reader's browser and consent.
_COOKIE_CONTEXT = r"(website|site|browser|experience|consent|accept|settings|opt[- ]out|third[- ]party)"
_PAYWALL_CONTEXT = r"(to (continue|keep) reading|unlimited access|free articles?)"
_CONSENT = re.compile(rf"\bcookies?\b.*\b{_COOKIE_CONTEXT}\b|\b{_COOKIE_CONTEXT}\b.*\bcookies?\b", re.I)
_PAYWALL = re.compile(
    rf"\bsubscri(be|ption|ber)s?\b.*\b{_PAYWALL_CONTEXT}\b|\b{_PAYWALL_CONTEXT}\b.*\bsubscri(be|ption|ber)s?\b",
    re.I,
)
_PAYWALL_WORDS = 30
_CONSENT_WORDS = 150
_MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_DATE_WITH_YEAR = re.compile(
    rf"\b({_MONTHS}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d"
    rf"|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTHS},?\s+(19|20)\d\d"
    r"|(19|20)\d\d-\d\d-\d\d)\b",
    re.I,
)
# Headers that open what follows an article: reader comments, related or recommended stories.
_HEADER_WORDS = 8
_SECTION_HEADERS = {
    "comments": re.compile(
        r"^(\d+\s+)?(comments?|responses?|replies|reactions)\b|\bresponses? to\b|"
        r"^(leave|post|add|write) a (comment|reply)|^join the (discussion|conversation)|"
        r"^(show|view|load|read) (all )?(\d+ )?comments|\bsays:$",
        re.I,
    ),
    "related": re.compile(
        r"^(related|recommended|trending|popular|more)( \w+)?( stories| articles| news| posts| videos)?:?$|"
        r"^(you (may|might) (also )?like|read (next|more)|more from|more on|see also|don't miss|"
        r"most (read|popular|viewed|shared|commented)|also (read|on)|further reading|sponsored)\b",
        re.I,
    ),
}
# Photo captions date the picture, not the article: "This March 28, 2017, file photo shows ...".
_CAPTION = re.compile(
    r"\b(file )?(photo|picture|image|video)\b|\bin this\b|\bpictured\b|\bshows?\b|"
    r"\((ap|afp|reuters|getty)\b",
    re.I,
)
# A caption line: "This March 28, 2017, file photo shows ...", "In this photo taken ...", "(AP Photo/...)".
_PHOTO_CAPTION = re.compile(
    r"\b(file )?(photo|picture|image)\b.*\b(shows?|taken)\b|^in this\b.*\b(photo|picture|image)\b|"
    r"\((ap|afp|reuters|getty)( photo| images)?[/)]",
    re.I,
)
_CAPTION_WORDS = 40
_BY = re.compile(r"^(by|from|published|updated|posted)\b", re.I)
# A byline stands near the top of the page or just above the body; never deeper.
_HEAD_LINES = 12
_ABOVE_BODY = 8
_BYLINE_WORDS = 16
_SIDEBAR_LINES = 3
# "… [+1873 chars]": news APIs cut the text and say how much is missing.
_TRUNCATED = re.compile(r"\s*(…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")

# Markdown: images, headings, rules, quotes, list bullets, links and emphasis.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_PREFIX = re.compile(r"^\s*(>\s?)+|^\s*([-*+]|\d+[.)])\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")


@dataclass(frozen=True)
class _Line:
    number: int | None
    text: str
    kind: str  # a key of REASONS, or "prose"

    @property
    def words(self) -> int:
        return word_count(self.text)


# Chinese, Japanese and Korean scripts write words without spaces; about two characters a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CHARACTERS_PER_CJK_WORD = 2


def word_count(text: str) -> int:
    """Words in ``text``, counting runs of Chinese, Japanese or Korean script by their length.

    >>> word_count("Two words"), word_count("東京都は月曜日に発表した")
    (2, 6)
    """
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    spaced = len(_CJK.sub("", text).split())
    return spaced + -(-cjk // _CHARACTERS_PER_CJK_WORD)


def article_id(text: str) -> str:
    """A stable id from the content, so the same article gets the same id on every run."""
    return "art-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def clean(raw: RawArticle) -> Article:
    """Clean one raw record.

    >>> raw = RawArticle("a.txt", "Big news today\\n\\nThe minister said on Monday that talks will go on.\\n"
    ...                  "Subscribe to our newsletter", "txt")
    >>> article = clean(raw)
    >>> article.title, article.text
    ('Big news today', 'The minister said on Monday that talks will go on.')
    >>> [(line.line, line.text) for line in article.dropped_lines]
    [(4, 'Subscribe to our newsletter')]
    """
    warnings = list(raw.warnings)
    lines = _lines(raw, warnings)
    # A text file may hold a whole page: the article is its longest run of prose. An HTML
    # extractor, or the text field of a record, has already chosen the article.
    start, end = _main_text(lines) if raw.format in _PAGE_FORMATS else (0, len(lines))
    first_prose = next((i for i in range(start, end) if lines[i].kind == "prose"), end)
    head, body, tail = lines[:first_prose], lines[first_prose:end], lines[end:]

    byline = _byline(head)
    title_line = _title(head, byline, raw.format)
    title = raw.title or (title_line.text if title_line else None)
    if raw.format == "html":
        kept, dropped_body = _extracted_body(body)
    else:
        kept, dropped_body = _body(body, keep_short=raw.format in _PAGE_FORMATS)
    if raw.format == "html":
        # The extractor already chose the body: its head lines are the story's, bar the byline.
        dropped = [_dropped(head[index], "byline") for index in byline]
        above = [line for index, line in enumerate(head) if index not in byline]
        kept_head, dropped_head = _extracted_body(above, _FURNITURE | {"credit"})
        kept = kept_head + kept
        dropped += dropped_head
    else:
        dropped = [
            _dropped(line, "byline" if index in byline else _head_reason(line))
            for index, line in enumerate(head)
            if not (line is title_line and title == line.text)
        ]
    dropped += dropped_body + _after_text(tail)
    dropped += [DroppedLine(None, text, REASONS["page"]) for text in raw.removed]

    published, basis = _metadata_date(raw, warnings)
    evidence = None
    if published is None and byline:
        published, evidence = _byline_date(lines, head, byline)
        basis = PublishedBasis.BYLINE if published else PublishedBasis.UNKNOWN

    return Article(
        id=article_id(raw.text),
        path=raw.path,
        text="\n\n".join(line.text for line in kept),
        title=title,
        url=raw.url,
        outlet=raw.outlet,
        published=published,
        published_basis=basis,
        published_evidence=evidence,
        author=raw.author,
        dropped_lines=dropped,
        format=raw.format,
        warnings=warnings,
    )


def _lines(raw: RawArticle, warnings: list[str]) -> list[_Line]:
    """The non-empty lines of the record, numbered from 1, with a first judgement of each."""
    text = _UNICODE_SPACE.sub(" ", raw.text.replace("\r\n", "\n").replace("\r", "\n"))
    numbered = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = " ".join(line.split())
        if truncated := _TRUNCATED.search(line):
            warnings.append(f"text cut short by the source ({truncated.group(0).strip()})")
            line = line[: truncated.start()]
        hint = None
        if raw.format == "md":
            line, hint = _plain_markdown(line)
        if line:
            numbered.append((number, line, hint))
    counts = Counter(line.casefold() for _, line, _ in numbered)
    # Line numbers of extracted HTML text would point nowhere in the page.
    keep_numbers = raw.format != "html"
    return [
        _Line(number if keep_numbers else None, line, hint or _kind(line, counts[line.casefold()]))
        for number, line, hint in numbered
    ]


def _plain_markdown(line: str) -> tuple[str, str | None]:
    if _MD_IMAGE.fullmatch(line.strip()):
        return line, "image"
    if heading := _MD_HEADING.match(line):
        return _MD_EMPHASIS.sub("", heading.group(1)), "heading"
    line = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line)))
    return " ".join(_MD_PREFIX.sub("", line).split()), None


def _kind(text: str, count: int) -> str:
    words = word_count(text)
    terminal = bool(_TERMINAL.search(text))
    bare = text[1:-1].strip() if text[:1] in "([" and text[-1:] in ")]" else text
    if _MARKUP.match(text):
        return "markup"
    if _RULE.match(text):
        return "rule"
    if _TIMESTAMP.match(text):
        return "timestamp"
    if _TICKER.match(text) and not (terminal and words >= 8):
        return "ticker"
    if words <= 40 and _LEGAL.search(text):
        return "legal"
    if words <= _CAPTION_WORDS and _PHOTO_CAPTION.search(text):
        return "caption"
    if (words <= _CONSENT_WORDS and _CONSENT.search(text)) or (
        words <= _PAYWALL_WORDS and _PAYWALL.search(text)
    ):
        return "consent"
    if words <= 12 and _CALL_TO_ACTION.search(text):
        return "cta"
    if words <= 14 and _SIGN_OFF.match(bare):
        return "credit"
    shouting = text.isupper() and words > 1
    if words <= 8 and (not terminal or bare != text) and (_CREDIT.search(bare) or shouting):
        return "credit"
    if count > 1 and words < 12:
        return "repeated"
    if words <= 5 and not terminal and _WIDGET.match(text):
        return "widget"
    if len(_MENU_SEPARATOR.findall(text)) >= _MENU_ITEMS:
        return "menu"
    if (words >= 8 and terminal) or words >= 25:
        return "prose"
    if terminal and words >= 3:
        return "sentence"
    return "short"


def _byline(head: list[_Line]) -> list[int]:
    """Indexes of the byline block in the head ("By X" and/or the date line), or none.

    Of several byline-like lines, the block nearest the body is the article's: those above
    it are dated teasers of other stories.
    """
    window = set(range(min(_HEAD_LINES, len(head)))) | set(range(len(head) - _ABOVE_BODY, len(head)))
    candidates = [index for index in sorted(window) if index >= 0 and _is_byline(head[index])]
    if not candidates:
        return []
    block = [candidates[-1]]
    while block[0] - 1 in candidates and len(block) < 3:
        block.insert(0, block[0] - 1)
    return block


def _is_byline(line: _Line) -> bool:
    if line.kind in ("ticker", "timestamp", "markup") or line.words > _BYLINE_WORDS:
        return False
    if _CAPTION.search(line.text):
        return False
    return bool(_BY.match(line.text)) or bool(_DATE_WITH_YEAR.search(line.text))


def _byline_date(
    lines: list[_Line], head: list[_Line], byline: list[int]
) -> tuple[date | None, DateEvidence | None]:
    """The publication date of the byline, with where it stood; none from a sidebar.

    A date a few lines below a related-stories header belongs to another story; a head that holds
    several different dates is a list of dated teasers, where only a line that says it is
    the byline ("Published ...", "By ...") is believed.
    """
    first = byline[0]
    if any(_section_header(line) == "related" for line in head[max(0, first - _SIDEBAR_LINES) : first]):
        return None, None
    dates = {_parse_date(line.text) for line in head if _DATE_WITH_YEAR.search(line.text)} - {None}
    for index in byline:
        line = head[index]
        found = _parse_date(line.text)
        if found is None or (len(dates) > 1 and not _BY.match(line.text)):
            continue
        position = lines.index(line)
        evidence = DateEvidence(
            line.text,
            line.number,
            position,
            lines[position - 1].text if position else None,
            lines[position + 1].text if position + 1 < len(lines) else None,
        )
        return found, evidence
    return None, None


def _title(head: list[_Line], byline: list[int], fmt: str) -> _Line | None:
    if fmt == "md":
        heading = next((line for line in head if line.kind == "heading"), None)
        if heading:
            return heading
    candidates = head[: byline[0]] if byline else head
    titled = [line for line in candidates if line.kind in ("short", "sentence") and 3 <= line.words <= 25]
    if not titled:
        return None
    return titled[-1] if byline else titled[0]


def _head_reason(line: _Line) -> str:
    return "head" if line.kind in ("short", "sentence", "prose") else line.kind


def _dropped(line: _Line, kind: str) -> DroppedLine:
    return DroppedLine(line.number, line.text, REASONS.get(kind, kind))


def _body(lines: list[_Line], keep_short: bool = False) -> tuple[list[_Line], list[DroppedLine]]:
    """Split body lines into kept and dropped, cutting feeds and tickers with their headers."""
    verdicts: list[str | None] = []  # None keeps the line; else the kind it was dropped as
    in_feed = False
    prose_run = 0
    for index, line in enumerate(lines):
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
    _drop_footer(verdicts)
    if keep_short:
        _keep_inner_short_lines(lines, verdicts)
    kept = [line for line, verdict in zip(lines, verdicts, strict=True) if verdict is None]
    dropped = [_dropped(line, v) for line, v in zip(lines, verdicts, strict=True) if v is not None]
    return kept, dropped


# What is page furniture even inside the part of a page an extractor chose as the article.
_REPEATED_PARAGRAPH_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’')]?$")
# Captions are not among them: an extractor keeps a caption only inside the article.
_FURNITURE = frozenset(("markup", "rule", "image", "timestamp", "cta", "widget", "legal", "consent"))


def _extracted_body(
    lines: list[_Line], furniture: frozenset[str] = _FURNITURE
) -> tuple[list[_Line], list[DroppedLine]]:
    """Judge the text an HTML extractor kept: list items, table rows and short paragraphs are
    the story's; only ``furniture`` and second copies of a paragraph go. Above the first
    paragraph, credits are furniture too ("Staff and agencies")."""
    kept, dropped = [], []
    seen: set[str] = set()
    for line in lines:
        key = line.text.casefold()
        # A paragraph of prose said twice is a page that holds its body twice (a print or
        # mobile copy); short lines recur in tables and lists, and are kept.
        if key in seen and line.words >= _REPEATED_PARAGRAPH_WORDS and _SENTENCE_END.search(line.text):
            dropped.append(_dropped(line, "repeated"))
        elif line.kind in furniture:
            dropped.append(_dropped(line, line.kind))
        else:
            kept.append(line)
        seen.add(key)
    return kept, dropped


# The longest run of prose: each line counts its words less _RUN_COST, so that runs of short
# lines (menus, teasers, comment signatures) weigh against the text around them; furniture
# counts as the shortest line; a section header (comments, related stories) is a wall.
_RUN_COST = 10
_PAGE_FORMATS = ("txt", "md")
_WALL = -1000
_RUN_KINDS = ("prose", "sentence", "short", "heading")
# A teaser of another story is cut short ("Microsoft removes the safeguard hold for Windows...")
# or counts its comments ("Myles Garrett should expect a significant suspension (148)").
_TEASER = re.compile(r"\w(\.\.\.|…)$|\(\d+\)$")


def _main_text(lines: list[_Line]) -> tuple[int, int]:
    """``(start, end)`` of the page's longest run of prose, by the heaviest run of line weights."""
    best, best_start, best_end = 0, 0, len(lines)
    total, start = 0, 0
    for index, line in enumerate(lines):
        if _section_header(line):
            weight = _WALL
        elif line.kind in _RUN_KINDS and not _TEASER.search(line.text):
            weight = line.words - _RUN_COST if line.kind != "short" else -_RUN_COST
        else:
            weight = -_RUN_COST
        if total <= 0:
            total, start = 0, index
        total += weight
        if total > best:
            best, best_start, best_end = total, start, index + 1
    if best <= 0:
        return 0, len(lines)
    return _extended(lines, best_start, -1), _extended(lines, best_end - 1, 1) + 1


_GAP_LINES = 3


def _extended(lines: list[_Line], edge: int, step: int) -> int:
    """The run's edge moved over prose that a few lines of furniture (an advert, a photo
    credit, a ticker) part from it; never over a section header."""
    index, gap = edge + step, 0
    while 0 <= index < len(lines) and gap <= _GAP_LINES and not _section_header(lines[index]):
        text = lines[index].text
        if lines[index].kind == "prose" and not (_TICKER.match(text) or _TEASER.search(text)):
            edge, gap = index, 0
        elif lines[index].kind not in ("ticker", "timestamp"):
            # A ticker set in the article is one interruption, whatever its length; the
            # body's feed rule drops it.
            gap += 1
        index += step
    return edge


def _section_header(line: _Line) -> str | None:
    """``comments`` or ``related`` for a short line that opens such a section, else None."""
    if line.words > _HEADER_WORDS:
        return None
    for section, pattern in _SECTION_HEADERS.items():
        if pattern.search(line.text):
            return section
    return None


def _after_text(tail: list[_Line]) -> list[DroppedLine]:
    """The lines after the article, each dropped as what its section header says it is."""
    dropped, section = [], "after"
    for line in tail:
        section = _section_header(line) or section
        # A line's own furniture (a sign-up form, a credit) says more than its section does.
        # Past the article, timestamps and markup are the lines of a feed.
        own = line.kind not in _RUN_KINDS and line.kind != "repeated"
        kind = "feed" if line.kind in _FEED_MARKERS else line.kind
        dropped.append(_dropped(line, kind if own else section))
    return dropped


_FOOTER_GAP = 4
_INNER_SHORT_RUN = 3
# A lone line cut off in lower case ("Ukrainian presidential press-ser") is a credit or a
# caption cut short, not a subheading.
_FRAGMENT = re.compile(r"^\w+( \w+)* [a-z][\w-]*$")


def _keep_inner_short_lines(lines: list[_Line], verdicts: list[str | None]) -> None:
    """Inside the article's run of prose, a few short lines between kept paragraphs are its
    own (subheadings, list items, a quoted line); a longer run of them is a menu or a box,
    and a lone fragment in lower case is a cut credit."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    for before, after in zip(kept, kept[1:], strict=False):
        gap = range(before + 1, after)
        lone_fragment = len(gap) == 1 and _FRAGMENT.search(lines[before + 1].text)
        if (
            0 < len(gap) <= _INNER_SHORT_RUN
            and all(verdicts[i] == "short" for i in gap)
            and not lone_fragment
        ):
            for index in gap:
                verdicts[index] = None


def _drop_footer(verdicts: list[str | None]) -> None:
    """A lone paragraph after a run of page furniture at the very end is the page's, not the story's."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    if len(kept) < 2:
        return
    last, before = kept[-1], kept[-2]
    gap = verdicts[before + 1 : last]
    if len(gap) >= _FOOTER_GAP and "feed" not in gap:
        verdicts[last] = "footer"


_FEED_MARKERS = ("timestamp", "ticker", "markup")


def _starts_feed(lines: list[_Line], index: int) -> bool:
    """A ticker run, or a header line followed by what only feeds have."""
    line = lines[index]
    after = lines[index + 1 : index + 4]
    if line.kind in ("ticker", "timestamp"):
        return sum(1 for other in after if other.kind in _FEED_MARKERS) >= 1
    if line.kind not in ("short", "cta", "widget", "credit", "heading") or line.words > 5:
        return False
    if any(other.kind in _FEED_MARKERS for other in after[:2]):
        return True
    return line.text.endswith(":") and len(after) >= 3 and all(o.kind != "prose" for o in after)


def _feed_continues(lines: list[_Line], index: int) -> bool:
    return any(other.kind in _FEED_MARKERS for other in lines[index + 1 : index + 4])


def _metadata_date(raw: RawArticle, warnings: list[str]) -> tuple[date | None, str]:
    if raw.published:
        parsed = _parse_date(raw.published)
        if parsed:
            basis = PublishedBasis.HTML_METADATA if raw.format == "html" else PublishedBasis.METADATA
            return parsed, basis
        warnings.append(f"publication date {raw.published!r} in the metadata is not a date; ignored")
    return None, PublishedBasis.UNKNOWN


def _parse_date(text: str) -> date | None:
    """A full calendar date in ``text`` (ISO first, which is fast), or None."""
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        pass
    found = _DATE_WITH_YEAR.search(text)
    parsed = dateparser.parse(
        found.group(0) if found else text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None
