"""Comparison keys for names: two written forms of one name fold to the same key.

>>> fold("Zelensky’s") == fold("ZELENSKY")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["VENUE_WORDS", "fold", "names_a_venue", "spelled"]

# British spellings in names, spelled the American way: "Betty Ford Centre" is the Center.
_SPELLINGS = {"centre": "center", "theatre": "theater", "defence": "defense", "organisation": "organization"}
# The last words of the names of venues and works, as spelled: a name that ends so is that
# place, another thing than the company or person it is named after ("Toyota Music Factory"
# is not Toyota, "Pepsi Center" not Pepsi, "Ford Field" not Ford).
VENUE_WORDS = {
    "amphitheater",
    "arena",
    "auditorium",
    "ballroom",
    "bowl",
    "center",
    "coliseum",
    "dome",
    "factory",
    "field",
    "forum",
    "garden",
    "gardens",
    "hall",
    "park",
    "pavilion",
    "plaza",
    "stadium",
    "theater",
}
# Abbreviations that only begin a name: "Mt Cook" is Mount Cook ("MT" alone is Montana).
_ABBREVIATED = {"mt": "mount", "ft": "fort"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A comparison key for a name: no accents, case, quotes or punctuation.

    >>> fold("Zelensky’s"), fold("the  EU")
    ('zelensky', 'eu')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s?$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"[^\w\s-]", "", text.casefold())
    return " ".join(text.replace("-", " ").split())


def spelled(folded: str) -> str:
    """A folded name with its spelling variants made one: British and American spellings, and
    "Mt" or "Ft" before a name.

    >>> spelled("betty ford centre"), spelled("mt cook"), spelled("mt")
    ('betty ford center', 'mount cook', 'mt')
    """
    words = [_SPELLINGS.get(word, word) for word in folded.split()]
    return " ".join(
        _ABBREVIATED.get(word, word) if index + 1 < len(words) else word for index, word in enumerate(words)
    )


def names_a_venue(name: str) -> bool:
    """Whether a name of two words or more ends with a venue's word.

    >>> names_a_venue("Toyota Music Factory"), names_a_venue("the Pepsi Centre"), names_a_venue("Arena")
    (True, True, False)
    """
    words = spelled(fold(name)).split()
    return len(words) >= 2 and words[-1] in VENUE_WORDS
