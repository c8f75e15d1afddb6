"""Turn a raw record into a clean :class:`Article`: body text, title and publication date.

Scraped pages carry navigation, bylines, newsletter prompts, photo credits and unrelated
feeds or tickers. Lines are judged by their shape and their context (a ticker is a run of
short timestamped lines; a feed is everything its header introduces), so the same rules work
on pages no test has seen. Every dropped line is kept on the article, with its line number
and the reason, for audit.

One module per question: :mod:`~graphbuild.clean.lines` (what a line is by its own shape),
:mod:`~graphbuild.clean.dump` (where the article is in a page's text),
:mod:`~graphbuild.clean.html` (what to keep of an HTML extractor's text),
:mod:`~graphbuild.clean.head` (byline and title) and :mod:`~graphbuild.clean.dates`
(the publication date).
"""

from __future__ import annotations

import hashlib

from graphbuild.clean import dates, dump, head, html
from graphbuild.clean.lines import REASONS, Line, dropped, read_lines, word_count
from graphbuild.model import Article, DroppedLine, PublishedBasis, RawArticle

__all__ = ["REASONS", "article_id", "clean", "word_count"]

# A text file may hold a whole page; an HTML extractor, or the text field of a record, has
# already chosen the article.
_PAGE_FORMATS = ("txt", "md")


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
    lines = read_lines(raw, warnings)
    # A page's text: the article is its longest run of prose.
    start, end = dump.main_text(lines) if raw.format in _PAGE_FORMATS else (0, len(lines))
    run_end = end
    if raw.format in _PAGE_FORMATS:
        end = dump.comments_start(lines, start, end)
    first_prose = next((i for i in range(start, end) if lines[i].kind == "prose"), end)
    if raw.format in _PAGE_FORMATS:
        first_prose = head.body_start(lines, first_prose, end)
    above, body, tail = lines[:first_prose], lines[first_prose:end], lines[end:]

    byline = head.byline(above)
    title_line = head.title(above, byline, raw.format)
    title = raw.title or (title_line.text if title_line else None)
    if raw.format == "html":
        kept, dropped_body = html.extracted_body(body)
        kept, dropped_after = html.after_story(kept)
        dropped_body += dropped_after
        # The extractor already chose the body: its head lines are the story's, bar the byline.
        out = [dropped(above[index], "byline") for index in byline]
        story_head = [line for index, line in enumerate(above) if index not in byline]
        kept_head, dropped_head = html.extracted_body(story_head, html.FURNITURE | {"credit"})
        kept = kept_head + kept
        out += dropped_head
    else:
        kept, dropped_body = dump.body(body, keep_short=raw.format in _PAGE_FORMATS, page=lines)
        out = [
            dropped(line, "byline" if index in byline else _head_reason(line))
            for index, line in enumerate(above)
            if not (line is title_line and title == line.text)
        ]
    out += dropped_body + dump.after_text(tail, "comments" if end < run_end else "after")
    out += [DroppedLine(None, text, REASONS["page"]) for text in raw.removed]

    published, basis = dates.metadata_date(raw, warnings)
    evidence = None
    if published is None and byline:
        published, evidence = dates.byline_date(lines, above, byline)
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
        dropped_lines=out,
        format=raw.format,
        warnings=warnings,
    )


def _head_reason(line: Line) -> str:
    return "head" if line.kind in ("short", "sentence", "prose") else line.kind
