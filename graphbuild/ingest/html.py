"""Read an HTML page: its article text and metadata (by trafilatura), and what was left out.

>>> html_lines("<ul><li>Home</li><li>World</li></ul><p>A <i>short</i> story.</p>")
['Home', 'World', 'A short story.']
"""

from __future__ import annotations

import re

from graphbuild.model import RawArticle, Skipped

__all__ = ["html_lines", "read_html"]


def read_html(path: str, html: str) -> RawArticle | Skipped:
    import trafilatura

    # Tables and lists are often the story (tour dates, results, deal lists); comments never are.
    options = {"include_comments": False, "include_tables": True}
    page = _unglued(html)
    # favor_precision leaves out the related-story and teaser blocks that sit beside the body.
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
        **options,
    )
    if document is None or not (document.text or "").strip():
        return Skipped(path, "no article text found in the HTML page")
    lines = [line for line in document.text.splitlines() if line.strip()]
    # It also leaves out headings and short paragraphs inside the body, in any language; what
    # the default extraction finds between two of the precise body's lines is the story's.
    fuller = trafilatura.bare_extraction(page, favor_precision=False, **options)
    if fuller is not None and fuller.text:
        lines = _filled_in(lines, [line for line in fuller.text.splitlines() if line.strip()])
    title = document.title
    if lines and title and _is_title(lines[0], title):
        # The headline as the story sets it, without the site's name.
        title, lines = lines[0].strip(), lines[1:]
    return RawArticle(
        path,
        "\n\n".join(lines),
        "html",
        title=title,
        url=document.url,
        published=_publication_date(html, document.url) if document.date else None,
        outlet=document.sitename,
        author=document.author,
        removed=_left_out(html, lines, title),
    )


# What parts a page's title from the site's name: "Story headline | Site", "Headline - Site".
_TITLE_SEPARATORS = "|-–—·:»/"


def _is_title(line: str, title: str) -> bool:
    """Whether the body's first line is the page's title, perhaps without the site's name
    that the title element adds after a separator.

    >>> _is_title("Ferry back on the river", "Ferry back on the river | The Riverside Post")
    True
    >>> _is_title("Ferry back", "Ferry back on the river")
    False
    """
    line, title = " ".join(line.split()), " ".join(title.split())
    rest = title.removeprefix(line)
    separator = rest.lstrip()[:1]
    return line == title or (
        rest != title and rest[:1] == " " and bool(separator) and separator in _TITLE_SEPARATORS
    )


# A teaser, a standfirst or a caption at a body's edge is a line or two; a paragraph this long
# (in characters, which every script has) before the precise body is the body's own opening.
_OPENING_CHARACTERS = 250


def _filled_in(precise: list[str], fuller: list[str]) -> list[str]:
    """``precise`` with the lines that only ``fuller`` has strictly inside it, never in place of
    a line of its own; at the edges (teasers, related stories and footers sit there) only the
    body's opening, from a long paragraph that ``fuller`` has right before it on.

    >>> _filled_in(["One.", "Three."], ["Menu", "One.", "Two", "Three.", "Related"])
    ['One.', 'Two', 'Three.']
    >>> opening = "The ferry between Albury and Cowell crossed again on Tuesday, " * 5
    >>> _filled_in(["Two."], ["Menu", opening, "Two."]) == [opening, "Two."]
    True
    >>> _filled_in(["Two."], ["Menu", "A standfirst of the story, one line long.", "Two."])
    ['Two.']
    >>> sections = _filled_in(["Second leg", "Two."], ["Menu", "First leg", opening, "Second leg", "Two."])
    >>> sections == ["First leg", opening, "Second leg", "Two."]
    True
    """
    from difflib import SequenceMatcher

    lines: list[str] = []
    matcher = SequenceMatcher(None, precise, fuller, autojunk=False)
    for operation, start, end, other_start, other_end in matcher.get_opcodes():
        lines += precise[start:end]
        if operation == "insert" and 0 < start < len(precise):
            lines += fuller[other_start:other_end]
        elif operation == "insert" and start == 0 < len(precise):
            before = fuller[other_start:other_end]
            long = [i for i, line in enumerate(before) if len(line) >= _OPENING_CHARACTERS]
            first = long[0] if long else len(before)
            # A body set out in sections, each a heading over its paragraphs, opens with one:
            # the heading right above the opening paragraph is that section's.
            if long and first > 0 and _heading(precise[0]) and _heading(before[first - 1]):
                first -= 1
            lines += before[first:]
    return lines


# A heading: a line shorter than a paragraph that ends in no sentence's stop.
_HEADING_CHARACTERS = 150
_SENTENCE_STOP = re.compile(r"[.!?…:;。！？]$")


def _heading(line: str) -> bool:
    return len(line) <= _HEADING_CHARACTERS and not _SENTENCE_STOP.search(line.strip())


# What stands beside a story, not in it: its dates are other stories' (a sidebar's teasers, a
# related-stories list) or a photo's (a caption).
_BESIDE = frozenset(("aside", "nav", "footer", "figcaption"))
_BESIDE_MARKS = re.compile(r"related|sidebar|teaser|recommend|trending|popular|more-stories|caption", re.I)


def _publication_date(html: str, url: str | None) -> str | None:
    """The page's publication date as its metadata and its story's own elements give it,
    never from what stands beside the story."""
    import htmldate
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element.tag in ("body", "head"):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag in _BESIDE or _BESIDE_MARKS.search(marks):
            element.drop_tree()
    return htmldate.find_date(root, extensive_search=False, original_date=True, url=url)


# A post of a social network that the story quotes, set in the page as a blockquote of its own
# class ("twitter-tweet", "instagram-media"): its wrapper's class ("social-media-embed") reads
# as a share bar to an extractor, which then drops what the story quotes.
_EMBEDDED_POST = re.compile(
    r"(^|\s)(twitter-tweet|instagram-media|tiktok-embed|reddit-card|bluesky-embed|threads-post|fb-post)",
    re.I,
)

# Pop-ups that a page shows on hover or click, whose text would be glued into the sentence
# around them ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down ..."):
# matched on class and id. A rollover's block is its pop-up; the rollover itself holds the name.
_POPUP = re.compile(r"(^|[\s_-])(hover-?card|tool-?tip|pop-?over|pop-?up|rollover-?block)s?($|[\s_-])", re.I)


def _unglued(html: str) -> str:
    """The page without pop-ups in its running text, and with a space at each block boundary,
    so that no extractor glues the words of two blocks together; unchanged if it does not parse."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        parent = element.getparent()
        # Only inside running text: a pop-up class on a page's wrapper says nothing of its text.
        if parent is not None and _POPUP.search(marks) and _in_running_text(element):
            element.drop_tree()
            continue
        if element.tag == "blockquote" and _EMBEDDED_POST.search(marks):
            _unmark_wrappers(element)
        if element.tag in _BLOCKS:
            element.tail = " " + (element.tail or "")
    # As text again: trafilatura reads a string and a tree of the same page differently.
    return lxml.html.tostring(root, encoding="unicode")


def _unmark_wrappers(post: object) -> None:
    """Strip the class and id of the elements that only wrap ``post`` (they hold no other
    text), so that the post is judged by where it stands, as a quotation of the story would be."""
    text = " ".join(post.text_content().split())
    for wrapper in post.iterancestors():
        if wrapper.tag in ("body", "html") or " ".join(wrapper.text_content().split()) != text:
            break
        wrapper.attrib.pop("class", None)
        wrapper.attrib.pop("id", None)


_INLINE = frozenset(("p", "span", "a", "em", "strong", "b", "i", "u", "small", "sup", "sub", "mark", "q"))


def _in_running_text(element: object) -> bool:
    return any(ancestor.tag in _INLINE for ancestor in element.iterancestors())


# Elements that break lines when a browser renders them.
_BLOCKS = frozenset(
    ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption")
    + ("blockquote", "pre", "section", "article", "aside", "nav", "header", "footer", "form")
    + ("label", "button", "option", "br", "tr", "ul", "ol", "table", "main")
)


def _left_out(html: str, kept: list[str], title: str | None) -> tuple[str, ...]:
    """The page's text blocks that extraction did not keep: navigation, comments, footers."""
    kept_text = " ".join(" ".join(line.split()) for line in kept)
    return tuple(line for line in html_lines(html) if line != title and line not in kept_text)


def html_lines(html: str) -> list[str]:
    """The text of an HTML page or fragment, one line per block, as a browser would break it.

    >>> html_lines("<p>One <b>bold</b> line.</p><script>x()</script><div>Two<br>Three</div>")
    ['One bold line.', 'Two', 'Three']
    """
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for element in list(root.iter("script", "style", "noscript", "template", "head")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return [line for line in lines if line]
