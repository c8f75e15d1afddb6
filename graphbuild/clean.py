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

from graphbuild.model import Article, DroppedLine, PublishedBasis, RawArticle

# Why a line was dropped, as written to the audit files.
REASONS = {
    "markup": "markup",
    "rule": "horizontal rule",
    "image": "image",
    "timestamp": "timestamp",
    "ticker": "ticker line",
    "cta": "call to action (sign-up, share, advert)",
    "widget": "menu, share or navigation link",
    "credit": "photo or agency credit",
    "legal": "copyright notice",
    "repeated": "repeated line",
    "heading": "heading",
    "byline": "byline",
    "short": "fragment, not a sentence (menu, link or headline)",
    "head": "before the article body",
    "feed": "in a feed or ticker",
    "footer": "page footer after the article",
    "page": "outside the main text of the page",
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
# Photo and agency credits: "SERGEY DOLZHENKO/EPA-EFE/Shutter", "AFP via Getty Images", "With Post wires".
_CREDIT = re.compile(
    r"(\w/\w|\bvia\b|\b(images?|photos?|pictures?|shutterstock|wires?)$|^(photo|image|credit)s?\b)",
    re.I,
)
# Sign-offs such as "(Reporting by Hannah Lang; Editing by Lisa Shumaker)".
_SIGN_OFF = re.compile(
    r"^((additional|extra) )?(reporting|writing|editing|compiled|produced|translated)( and \w+)? by\b", re.I
)
_LEGAL = re.compile(
    r"^(©|\(c\)\s|copyright\s+(©\s*)?(19|20)\d\d)|all rights reserved|may not be (re)?published", re.I
)
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
_BY = re.compile(r"^(by|from|published|updated|posted)\b", re.I)
# A byline stands near the top of the page or just above the body; never deeper.
_HEAD_LINES = 12
_ABOVE_BODY = 8
_BYLINE_WORDS = 16
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
        return len(self.text.split())


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
    first_prose = next((i for i, line in enumerate(lines) if line.kind == "prose"), len(lines))
    head, body = lines[:first_prose], lines[first_prose:]

    byline = _byline(head)
    title_line = _title(head, byline, raw.format)
    title = raw.title or (title_line.text if title_line else None)
    kept, dropped_body = _body(body)
    dropped = [
        _dropped(line, "byline" if index in byline else _head_reason(line))
        for index, line in enumerate(head)
        if not (line is title_line and title == line.text)
    ]
    dropped += dropped_body + [DroppedLine(None, text, REASONS["page"]) for text in raw.removed]

    published, basis = _metadata_date(raw, warnings)
    if published is None and byline:
        published = next(filter(None, (_parse_date(head[i].text) for i in byline)), None)
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


# Scripts written without spaces (Japanese, Chinese): about two characters to a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _kind(text: str, count: int) -> str:
    words = len(text.split()) + len(_UNSPACED.findall(text)) // 2
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
    if (words >= 8 and terminal) or words >= 25:
        return "prose"
    if terminal and words >= 3:
        return "sentence"
    return "short"


def _byline(head: list[_Line]) -> list[int]:
    """Indexes of the byline block in the head ("By X" and/or the date line), or none."""
    window = set(range(min(_HEAD_LINES, len(head)))) | set(range(len(head) - _ABOVE_BODY, len(head)))
    for index in sorted(i for i in window if i >= 0):
        if _is_byline(head[index]):
            block = [index]
            while block[-1] + 1 < len(head) and len(block) < 3 and _is_byline(head[block[-1] + 1]):
                block.append(block[-1] + 1)
            return block
    return []


def _is_byline(line: _Line) -> bool:
    if line.kind in ("ticker", "timestamp", "markup") or line.words > _BYLINE_WORDS:
        return False
    return bool(_BY.match(line.text)) or bool(_DATE_WITH_YEAR.search(line.text))


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


def _body(lines: list[_Line]) -> tuple[list[_Line], list[DroppedLine]]:
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
    kept = [line for line, verdict in zip(lines, verdicts, strict=True) if verdict is None]
    dropped = [_dropped(line, v) for line, v in zip(lines, verdicts, strict=True) if v is not None]
    return kept, dropped


_FOOTER_GAP = 4


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
