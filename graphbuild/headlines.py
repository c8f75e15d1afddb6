"""Headlines in title case, and their words as the article would write them in a sentence.

In a title-case headline every word is capitalised, and a tagger trained on running text
reads its verbs as names: "Lohan Checks into Betty Ford, Rehires Attorney" gives a company
"Lohan Checks" and a person "Rehires". Written in sentence case, "Lohan checks into Betty
Ford, rehires attorney", it parses as the article's own sentences do. A word keeps its
capital when the article writes it so inside its sentences (a name), when it is an acronym
or has a capital inside ("TMZ", "McDonald"), when it begins the line, or when nothing says
it is a common word: only a word the article writes in lower case, a short function word, or
a word the pipeline's lexicon knows (its verbs, nouns and adjectives) loses its capital.

>>> title_case_words(["Klitschko", "Stops", "Thompson", "in", "Six"])
True
>>> title_case_words(["Klitschko", "stops", "Thompson"])
False
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from graphbuild.lexicon import ADJECTIVE_INDEX, NOUN_INDEX, VERB_FORMS, VERB_INDEX, known_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["INFLECTION_ENDINGS", "MINOR_WORDS", "sentence_cased", "title_case_line", "title_case_words"]

# Short words a headline in title case may leave lower-case ("Klitschko Stops Thompson in
# Six", "Lohan Checks into Betty Ford"): articles, conjunctions and prepositions.
MINOR_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "into",
        "on",
        "onto",
        "at",
        "to",
        "for",
        "and",
        "or",
        "nor",
        "but",
        "by",
        "with",
        "from",
        "as",
        "over",
        "off",
        "out",
        "up",
        "via",
        "per",
        "vs",
        "than",
        "that",
    }
)
# Endings of inflection, to find a headline verb's lemma in the lexicon ("Rehires", "Flips").
INFLECTION_ENDINGS = ("s", "es", "ed", "d", "ing")
# The lexicon's words (WordNet's): a word of these that the article never writes as a name is
# capitalised only by the headline ("Raid", "Killer"). Its nouns hold names too ("texas"),
# but a headline's name is the article's, which writes it so in its sentences.
_LEXICON = (VERB_INDEX, NOUN_INDEX, ADJECTIVE_INDEX)
_PUNCTUATION = ".,:;!?\"'“”‘’()[]"
_POSSESSIVE = re.compile(r"['’]s?$")

# Longer lines are no headlines: a title-case line this long is a list of names.
_MOST_TOKENS = 40


def title_case_words(words: list[str]) -> bool:
    """Whether words (letters only) are a headline's in title case: three or more, every one
    but the short ones (:data:`MINOR_WORDS`) capitalised."""
    content = [word for word in words if word.lower() not in MINOR_WORDS]
    return len(words) >= 3 and bool(content) and all(word[:1].isupper() for word in content)


def title_case_line(text: str, offset: int) -> bool:
    """Whether the line of a text around a character offset is in title case, a headline's:
    its words by :func:`title_case_words`, a possessive's ending set aside.

    >>> title_case_line("Obama's Plan Fails Again\\nThe plan failed.", 3)
    True
    >>> title_case_line("Obama's Plan Fails Again\\nThe plan failed.", 30)
    False
    """
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = (
        _POSSESSIVE.sub("", word.strip(_PUNCTUATION))
        for word in text[start : end if end >= 0 else len(text)].split()
    )
    return title_case_words([word for word in words if word.isalpha()])


def sentence_cased(doc: Doc) -> list[tuple[int, int, str]]:
    """The title-case lines of a parsed text that are whole sentences, as (first token, end
    token, the line's text in sentence case), for those in which a word loses its capital."""
    lines = _title_case_lines(doc)
    if not lines:
        return []
    inside = {token.i for start, end in lines for token in doc[start:end]}
    body = [token for token in doc if token.i not in inside and token.is_alpha]
    # A name is a word the sentences write capitalised more often than not, mid-sentence:
    # "Bush" beside "bush", not "Church" beside "the church" and "Wasilla Bible Church".
    written = Counter(
        (token.lower_, token.is_lower) for token in body if token.is_lower or not token.is_sent_start
    )
    capitalised = {
        word for (word, lower), count in written.items() if not lower and count > written[word, True]
    }
    common = {form for token in body if token.is_lower for form in (token.lower_, token.lemma_.lower())}
    cased = []
    for start, end in lines:
        line = doc[start:end]
        text = list(line.text_with_ws)
        first = next(token.i for token in line if token.is_alpha)
        lowered = [token for token in line if token.i != first and _loses_capital(token, capitalised, common)]
        for token in lowered:
            at = token.idx - line.start_char
            text[at : at + len(token)] = token.lower_
        # A line whose only lowered words are short function words parses as it did.
        if any(token.lower_ not in MINOR_WORDS for token in lowered):
            cased.append((start, end, "".join(text)))
    return cased


def _title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    """(first token, end token) of each line in title case that the parser began and ended as
    sentences, its line break with it."""
    lines, start = [], 0
    for token in doc:
        if token.i + 1 < len(doc) and "\n" not in token.text and "\n" not in token.whitespace_:
            continue
        end = token.i + 1
        words = [word.text for word in doc[start:end] if word.is_alpha]
        if (
            end - start <= _MOST_TOKENS
            and title_case_words(words)
            and doc[start].is_sent_start
            and (end == len(doc) or doc[end].is_sent_start)
        ):
            lines.append((start, end))
        start = end
    return lines


def _loses_capital(token: Token, capitalised: set[str], common: set[str]) -> bool:
    word = token.lower_
    if not (token.is_alpha and token.is_title) or len(word) != len(token):
        return False
    if word in capitalised or token.ent_type_ in ("DATE", "TIME"):
        return False  # a name, or a date's: "Must Act by May 9"
    forms = {word} | {word[: -len(end)] for end in INFLECTION_ENDINGS if word.endswith(end)}
    forms |= {f"{form}e" for form in forms - {word}}
    return (
        word in MINOR_WORDS
        or bool(forms & common)
        or word in known_words(token, VERB_FORMS)
        or any(form in known_words(token, table) for table in _LEXICON for form in forms)
    )
