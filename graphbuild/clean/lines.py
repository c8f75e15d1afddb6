"""What each line of a record is, judged by its own shape: the vocabulary every cleaning question shares.

A line's kind (``prose``, ``sentence``, ``short``, or a piece of furniture such as a ticker,
a credit or a cookie notice) is a first judgement; :mod:`graphbuild.clean.dump` and
:mod:`graphbuild.clean.html` revise it by the line's context.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from graphbuild.clean.comments import COMMENT_WORDS, MODERATION_WORDS
from graphbuild.clean.lang import COMMENT_HEADERS, RELATED_HEADERS
from graphbuild.model import DroppedLine, RawArticle

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
    "browser": "notice about the reader's browser",
    "caption": "photo caption",
    "summary": "summary of the story above it (key points, standfirst)",
    "repeated": "repeated line",
    "heading": "heading",
    "byline": "byline",
    "bio": "the author's bio after the story",
    "short": "fragment, not a sentence (menu, link or headline)",
    "head": "before the article body",
    "feed": "in a feed or ticker",
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
TICKER = re.compile(rf"^{_CLOCK}\s+\S", re.I)
# A tag is a bare name or a name with attributes ("<div class=x>"); "<The Palace: Jang Noksu>"
# is the title of a work, set in angle brackets as some languages' texts do.
_TAG = r"<[!?][^>]*>|</?[a-z][\w:-]*(\s+[^>]*=[^>]*)?\s*/?>"
_MARKUP = re.compile(rf"^(({_TAG})\s*)+$", re.I)
# A shortcode of a publishing system left unexpanded, with its settings:
# "[button link="..." type="big"] Send us your review[/button]".
_SHORTCODE = re.compile(r"^\[(\w+)\s+\w+\s*=[^\]]*\].*\[/\1\]$")
_RULE = re.compile(r"^[-*_=~#|\s]{3,}$")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]。！？」』）]$")
# Emoji and pictographs after a sentence's full stop ("today! 🙂") are not part of its shape.
_TRAILING_SYMBOLS = re.compile(r"(\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])+$")
# Calls to action of sign-up forms, share bars and paywalls: judged on short lines only.
_CALL_TO_ACTION = re.compile(
    r"\b(subscribe|subscribed|unsubscribe|sign(ing)? up|newsletter|e-?mail|indicates required|log ?in|"
    r"sign in|share (this|on)|follow( \S+){1,3} on|join (us|our)|read more|click here|"
    r"advert|advertisement|cookies?|skip to|edit post|min read|audio is|listen to|download (the|our) app)\b",
    re.I,
)
# A call to action speaks to the reader ("you", "our", or an order: "Follow her on Twitter");
# a story's sentence that names an e-mail or a newsletter does not ("He did not reply to an
# e-mail seeking comment").
_ADDRESSED = re.compile(
    r"\b(you|your|yours|we|us|our)\b|(^|[.!?:]\s+)(subscribe|sign|follow|join|click|tap|download|get|read|"
    r"listen|watch|share|e-?mail|log|like|visit|find|register|try|support|become|don't|never)\b",
    re.I,
)
# The page's prompts after a story run longer than a button: "Need more space? Subscribe to ...".
_TRAILING_PROMPT_WORDS = 40
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
# A link's slashes are no credit's: "we're. on. it. https://t.co/HO1Z" is a line of a quoted post.
_URL = re.compile(r"\b(https?://|www\.)\S+", re.I)
# Sign-offs such as "(Reporting by Hannah Lang; Editing by Lisa Shumaker)".
_SIGN_OFF = re.compile(
    r"^((additional|extra) )?(reporting|writing|editing|compiled|produced|translated)( and \w+)? by\b", re.I
)
_LEGAL = re.compile(
    r"^(©|\(c\)\s|copyright\s+(©\s*)?(19|20)\d\d)|all rights reserved|may not be (re)?published|"
    r"\bsubject to copyright\b|\bno part\b.*\bmay be reproduced\b",
    re.I,
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
# What a page says to a browser that cannot show a slideshow or a video.
_BROWSER_NOTICE = re.compile(
    r"\b(requires?|enable|turn on)\s+javascript\b|\bjavascript (is )?(disabled|required)\b|"
    r"\byour (web )?browser (does not|doesn't) support\b",
    re.I,
)
_CONSENT_WORDS = 150
# Headers that open what follows an article: reader comments, related or recommended stories.
_HEADER_WORDS = 8


def _headers(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(phrase) for phrase in phrases)


# Each names its section and no more: a subheading such as "Reactions from abroad", "The
# response to the flood" or "More money for schools" is the story's own.
_SECTION_HEADERS = {
    "comments": re.compile(
        rf"^({_headers(COMMENT_HEADERS)})\s*(\(\d+\))?:?$|"
        r"^(\d+\s+)?(comments?|responses?|replies|reactions)\s*(\(.*\))?:?$|^comments? (on|powered by)\b|"
        r"^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
        r"(comments?|responses?|replies|thoughts) (to|on)\b|"
        r"^(leave|post|add|write) a (comment|reply)|^join the (discussion|conversation)|"
        r"^(tell us|let us know) what you think\b|^what do you think\?$|^have your say\b|"
        r"^(show|view|load|read) (all )?(\d+ )?comments|^(?!the\b)\S+( \S+){0,3} says:$",
        re.I,
    ),
    "related": re.compile(
        rf"^({_headers(RELATED_HEADERS)}):?$|"
        r"^(related|recommended)( \w+)?:?$|"
        r"^(trending|popular|more)( (now|today|stories|articles|news|posts|videos))?:?$|"
        r"^(you (may|might) (also )?like|read (next|more)|more from|more on|see also|don't miss|"
        r"most (read|popular|viewed|shared|commented)|also read|further reading|sponsored)\b",
        re.I,
    ),
}
# What a page says of how it moderates its readers' comments opens them: a notice that starts
# with the comments (after a label such as "Note:") and says they are moderated.
_COMMENT_WORD = re.compile(rf"^([^\W\d_]+:\s+)?({'|'.join(COMMENT_WORDS)})\b", re.I)
_MODERATION_WORD = re.compile(rf"\b({'|'.join(MODERATION_WORDS)})\b", re.I)
_COMMENT_POLICY_WORDS = 30
# A caption line: "This March 28, 2017, file photo shows ...", "In this photo taken ...", "(AP Photo/...)".
# It names its photo up front: a review that ends "a picture with the cast after the show" is no caption.
# A bare agency in brackets ends a caption ("... in Nogales, Ariz. (AP)"), but inside a line it
# is a dateline's ("WASHINGTON (AP) — ..."): the story's first line.
_PHOTO_CAPTION = re.compile(
    r"^(\S+\s+){0,6}(file )?(photo|picture|image)\b.*\b(shows?|taken)\b|"
    r"^in this\b.*\b(photo|picture|image)\b|"
    r"\((ap|afp|reuters|getty)(( photo| images)?(/|\)$)|( photo| images)\))",
    re.I,
)
# A link to another story set in the text: "Related: Possible Water Plumes on Europa".
_RELATED_LINK = re.compile(
    r"^(related|see also|read (more|also|next)|also read|recommended)( \w+)?\s*:\s*\S", re.I
)
_RELATED_LINK_WORDS = 20
_CAPTION_WORDS = 40
# Beside its credit, a caption may tell the whole scene.
_CREDITED_CAPTION_WORDS = 60
# A caption that carries its own credit at its end: "... compared to its equivalent. Credit: ESA".
# The credit marks it whatever its length (a diagram's caption lists its numbered parts); only
# a whole story set in one line runs longer.
_INLINE_CREDIT_CAPTION_WORDS = 150
_CREDITED_CAPTION = re.compile(r"[.!?]\s+(photo |image |picture )?credits?:(\s+\S+){1,5}$", re.I)
# The credit under a photo: "Photo: Getty Images", "(Image: © NASA/ESA)", "Courtesy of Andrew Vaughan".
_PHOTO_CREDIT = re.compile(
    r"^\(?(photo|image|picture|illustration|credit|courtesy)s?\b|\b(getty|shutterstock|images?|photos?)\)?$",
    re.I,
)
_PHOTO_CREDIT_WORDS = 8
# "… [+1873 chars]": news APIs cut the text and say how much is missing.
_TRUNCATED = re.compile(r"\s*(…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")

# Markdown: images, headings, rules, quotes, list bullets, links and emphasis.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_PREFIX = re.compile(r"^\s*(>\s?)+|^\s*([-*+]|\d+[.)])\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")

# The kinds a run of the article's text is made of; the others are furniture.
RUN_KINDS = ("prose", "sentence", "short", "heading")
# What only feeds and tickers hold.
FEED_MARKERS = ("timestamp", "ticker", "markup")


@dataclass(frozen=True)
class Line:
    number: int | None
    text: str
    kind: str  # a key of REASONS, or "prose"
    alone: bool = False  # between blank lines, on a page whose blank lines set paragraphs apart

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


def read_lines(raw: RawArticle, warnings: list[str]) -> list[Line]:
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
    alone = _alone([number for number, _, _ in numbered]) if keep_numbers else set()
    return [
        Line(
            number if keep_numbers else None,
            line,
            hint or _kind(line, counts[line.casefold()]),
            number in alone,
        )
        for number, line, hint in numbered
    ]


# A page's text sets each paragraph apart with blank lines, and the lines of a menu, a link list
# or a table one under the other; on a page where nearly every line stands alone, blank lines
# say nothing.
_SPACED_PAGE = 0.8


def _alone(numbers: list[int]) -> set[int]:
    """The numbers of the lines that stand between blank lines (or the text's ends)."""
    bounds = [numbers[0] - 2, *numbers, numbers[-1] + 2] if numbers else []
    alone = {
        number
        for before, number, after in zip(bounds, bounds[1:], bounds[2:], strict=False)
        if before < number - 1 and after > number + 1
    }
    return alone if len(alone) <= _SPACED_PAGE * len(numbers) else set()


def _plain_markdown(line: str) -> tuple[str, str | None]:
    if _MD_IMAGE.fullmatch(line.strip()):
        return line, "image"
    if heading := _MD_HEADING.match(line):
        return _MD_EMPHASIS.sub("", heading.group(1)), "heading"
    line = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line)))
    return " ".join(_MD_PREFIX.sub("", line).split()), None


def _kind(text: str, count: int) -> str:
    words = word_count(text)
    terminal = bool(_TERMINAL.search(_TRAILING_SYMBOLS.sub("", text)))
    bare = text[1:-1].strip() if text[:1] in "([" and text[-1:] in ")]" else text
    if _MARKUP.match(text) or _SHORTCODE.match(text):
        return "markup"
    if _RULE.match(text):
        return "rule"
    if _TIMESTAMP.match(text):
        return "timestamp"
    if TICKER.match(text) and not (terminal and words >= 8):
        return "ticker"
    if words <= 40 and _LEGAL.search(text):
        return "legal"
    if words <= _CAPTION_WORDS and _PHOTO_CAPTION.search(text):
        return "caption"
    if words <= _INLINE_CREDIT_CAPTION_WORDS and _CREDITED_CAPTION.search(text):
        return "caption"
    if (words <= _CONSENT_WORDS and _CONSENT.search(text)) or (
        words <= _PAYWALL_WORDS and _PAYWALL.search(text)
    ):
        return "consent"
    if words <= _PAYWALL_WORDS and _BROWSER_NOTICE.search(text):
        return "browser"
    if words <= _RELATED_LINK_WORDS and _RELATED_LINK.match(text):
        return "related"
    if (
        words <= 12
        and _CALL_TO_ACTION.search(text)
        and (not terminal or words < 3 or _ADDRESSED.search(text))
    ):
        return "cta"
    if words <= 14 and _SIGN_OFF.match(bare):
        return "credit"
    shouting = text.isupper() and words > 1
    if words <= 8 and (not terminal or bare != text) and (_CREDIT.search(_URL.sub("", bare)) or shouting):
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


def is_list_item(line: Line) -> bool:
    """Whether a short line, said once or again, is a fragment of text (an item of a list, a
    row of a table) rather than a link of a share bar or a menu."""
    return line.kind == "short" or (line.kind == "repeated" and _kind(line.text, 1) == "short")


# A dateline set on a line of its own above a report's first paragraph: the place it was filed
# from in capitals, then its region or country ("BAAR, SWITZERLAND", "DAYTON, Ohio").
_DATELINE = re.compile(r"^[A-Z][A-Z'’.\- ]*[A-Z.],\s*[A-Z][\w'’.\- ]*$")
_DATELINE_WORDS = 6


def is_dateline(line: Line) -> bool:
    """Whether the line is a dateline: capitals as a credit's are, but places, with no mark
    of a credit (a slash, "via", "photos")."""
    return (
        line.words <= _DATELINE_WORDS and bool(_DATELINE.match(line.text)) and not _CREDIT.search(line.text)
    )


def is_capital_heading(line: Line) -> bool:
    """Whether a line in capitals that reads as a credit ("FRANCE WINS") is a subheading:
    it stands alone as a paragraph and carries no mark of a credit (a slash, "via", "photos")."""
    return line.kind == "credit" and line.alone and line.text.isupper() and not _CREDIT.search(line.text)


def is_prompt(line: Line) -> bool:
    """Whether the line asks the reader to subscribe, follow, join or click: a call to action
    of any length up to a short paragraph's (judged only where the article ends)."""
    text = line.text
    return line.words <= _TRAILING_PROMPT_WORDS and bool(
        _CALL_TO_ACTION.search(text) and _ADDRESSED.search(text)
    )


def addresses_reader(line: Line) -> bool:
    """Whether the line speaks to the reader: "you", "our", or an order ("Get the latest news")."""
    return bool(_ADDRESSED.search(line.text))


def is_photo_credit(line: Line) -> bool:
    """Whether the line credits a photo; the caption stands beside it."""
    return line.words <= _PHOTO_CREDIT_WORDS and bool(_PHOTO_CREDIT.search(line.text))


def is_caption_sized(line: Line) -> bool:
    """Whether the line is short enough to be the caption above a photo credit."""
    return line.words <= _CREDITED_CAPTION_WORDS


def section_header(line: Line) -> str | None:
    """``comments`` or ``related`` for a short line that opens such a section, or for the
    notice on how comments are moderated, else None."""
    if (
        line.words <= _COMMENT_POLICY_WORDS
        and _COMMENT_WORD.search(line.text)
        and _MODERATION_WORD.search(line.text)
    ):
        return "comments"
    if line.words > _HEADER_WORDS:
        return None
    for section, pattern in _SECTION_HEADERS.items():
        if pattern.search(line.text):
            return section
    return None


def dropped(line: Line, kind: str) -> DroppedLine:
    """The audit record of a line dropped as ``kind`` (a key of REASONS)."""
    return DroppedLine(line.number, line.text, REASONS.get(kind, kind))
