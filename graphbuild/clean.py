"""Turn a raw record into a clean :class:`Article`: body text, title and publication date.

Scraped pages carry navigation, bylines, newsletter prompts, photo credits and unrelated
feeds or tickers. Lines are judged by their shape and their context (a ticker is a run of
short timestamped lines; a feed is everything its header introduces), so the same rules work
on pages no test has seen. Every dropped line is kept on the article for audit.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

import dateparser

from graphbuild.model import Article, PublishedBasis, RawArticle

# Non-breaking and other Unicode spaces: the tagger reads "away\xa0Bakhmut" as one odd token.
_UNICODE_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]")
_TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?$", re.I)
_TICKER = re.compile(r"^\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?\s+\S", re.I)
_MARKUP = re.compile(r"^(<[!/?]?[a-z][^>]*>\s*)+$", re.I)
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]$")
# Calls to action of sign-up forms, share bars and paywalls: vocabulary, judged on short lines only.
_CALL_TO_ACTION = re.compile(
    r"\b(subscribe|subscribed|sign(ing)? up|newsletter|e-?mail|indicates required|log ?in|"
    r"sign in|share (this|on)|follow us|read more|click here|advertisement|cookies?|"
    r"skip to|edit post|min read|audio is|listen to|download (the|our) app)\b",
    re.I,
)
# Photo and agency credits: "SERGEY DOLZHENKO/EPA-EFE/Shutter", "AFP via Getty Images", "With Post wires".
_CREDIT = re.compile(
    r"(\w/\w|\bvia\b|\b(images?|photos?|pictures?|shutterstock|wires?)$|^(photo|image|credit)s?\b)",
    re.I,
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
_BYLINE = re.compile(r"^(by|published|updated|posted)\b", re.I)
# How many lines from the top a byline may stand: a date deeper in the body is not the byline.
_HEAD_LINES = 12


@dataclass(frozen=True)
class _Line:
    text: str
    kind: str  # prose, short, markup, timestamp, ticker, cta, credit, repeated

    @property
    def words(self) -> int:
        return len(self.text.split())


def article_id(text: str) -> str:
    """A stable id from the content, so the same article gets the same id on every run."""
    return "art-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def clean(raw: RawArticle) -> Article:
    """Clean one raw record.

    >>> raw = RawArticle("a.txt", "Big news\\n\\nThe minister said on Monday that talks will go on.\\n"
    ...                  "Subscribe to our newsletter", "txt")
    >>> article = clean(raw)
    >>> article.title, article.text, article.dropped_lines
    ('Big news', 'The minister said on Monday that talks will go on.', ['Subscribe to our newsletter'])
    """
    text = _UNICODE_SPACE.sub(" ", raw.text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = _classify([" ".join(line.split()) for line in text.split("\n")])
    first_prose = next((i for i, line in enumerate(lines) if line.kind == "prose"), None)
    if first_prose is None:
        head, body = [], lines
    else:
        head, body = lines[:first_prose], lines[first_prose:]

    byline_index = next((i for i, line in enumerate(head[:_HEAD_LINES]) if _is_byline(line.text)), None)
    title = raw.title or _title(head, byline_index)
    kept, dropped = _body(body)
    dropped = [line.text for line in head if line.text != title] + dropped

    published, basis = _metadata_date(raw)
    if published is None and byline_index is not None:
        published = _parse_date(_DATE_WITH_YEAR.search(head[byline_index].text).group(0))
        basis = PublishedBasis.BYLINE if published else PublishedBasis.UNKNOWN

    return Article(
        id=article_id(raw.text),
        path=raw.path,
        text="\n\n".join(kept),
        title=title,
        url=raw.url,
        outlet=raw.outlet,
        published=published,
        published_basis=basis,
        dropped_lines=dropped,
        format=raw.format,
    )


def _classify(texts: list[str]) -> list[_Line]:
    counts = Counter(text.casefold() for text in texts if text)
    lines = []
    for text in texts:
        if text:
            lines.append(_Line(text, _kind(text, counts[text.casefold()])))
    return lines


def _kind(text: str, count: int) -> str:
    words = len(text.split())
    if _MARKUP.match(text):
        return "markup"
    if _TIMESTAMP.match(text):
        return "timestamp"
    if _TICKER.match(text):
        return "ticker"
    if words <= 12 and _CALL_TO_ACTION.search(text):
        return "cta"
    if count > 1 and words < 12:
        return "repeated"
    terminal = bool(_TERMINAL.search(text))
    if words <= 8 and not terminal and (_CREDIT.search(text) or text.isupper()):
        return "credit"
    if words >= 8 and terminal:
        return "prose"
    return "short"


def _is_byline(text: str) -> bool:
    return bool(_DATE_WITH_YEAR.search(text)) and (bool(_BYLINE.match(text)) or len(text.split()) <= 16)


def _title(head: list[_Line], byline_index: int | None) -> str | None:
    candidates = head[:byline_index] if byline_index is not None else head
    titled = [line.text for line in candidates if line.kind == "short" and line.words >= 3]
    if not titled:
        return None
    return titled[-1] if byline_index is not None else titled[0]


def _body(lines: list[_Line]) -> tuple[list[str], list[str]]:
    """Split body lines into kept and dropped, cutting feeds and tickers with their headers."""
    kept: list[str] = []
    dropped: list[str] = []
    in_feed = False
    prose_run = 0
    for index, line in enumerate(lines):
        if not in_feed and _starts_feed(lines, index):
            in_feed = True
            prose_run = 0
        if in_feed:
            # A feed ends only where the article's own prose clearly resumes.
            prose_run = prose_run + 1 if line.kind == "prose" else 0
            if prose_run < 3 or _feed_continues(lines, index):
                dropped.append(line.text)
                continue
            # The two prose lines before this one were the article's too: take them back.
            in_feed = False
            del dropped[-2:]
            kept.extend(other.text for other in lines[index - 2 : index])
        if line.kind == "prose" or (line.kind == "short" and line.words >= 5):
            kept.append(line.text)
        else:
            dropped.append(line.text)
    # Whatever trails the last sentence (credits, sign-offs, link lists) is not the story.
    while kept and not _TERMINAL.search(kept[-1]):
        dropped.append(kept.pop())
    return kept, dropped


_FEED_MARKERS = ("timestamp", "ticker", "markup")


def _starts_feed(lines: list[_Line], index: int) -> bool:
    """A ticker run, or a header line followed by what only feeds have."""
    line = lines[index]
    after = lines[index + 1 : index + 4]
    if line.kind in ("ticker", "timestamp"):
        return sum(1 for other in after if other.kind in _FEED_MARKERS) >= 1
    if line.kind not in ("short", "cta", "credit") or line.words > 5:
        return False
    if any(other.kind in _FEED_MARKERS for other in after[:2]):
        return True
    return line.text.endswith(":") and len(after) >= 3 and all(o.kind != "prose" for o in after)


def _feed_continues(lines: list[_Line], index: int) -> bool:
    return any(other.kind in _FEED_MARKERS for other in lines[index + 1 : index + 4])


def _metadata_date(raw: RawArticle) -> tuple[date | None, str]:
    if raw.published:
        parsed = _parse_date(raw.published)
        if parsed:
            basis = PublishedBasis.HTML_METADATA if raw.format == "html" else PublishedBasis.METADATA
            return parsed, basis
    return None, PublishedBasis.UNKNOWN


def _parse_date(text: str) -> date | None:
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None
