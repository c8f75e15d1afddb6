"""Comparison keys for names: two written forms of one name fold to the same key.

>>> fold("Zelensky’s") == fold("ZELENSKY")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["VENUE_WORDS", "fold", "formal_first_names", "names_a_venue", "spelled"]

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


# English short forms of first names whose letters do not show the full name ("Bill" is
# William, "Peggy" Margaret): one person's two names in different articles, where the
# corpus names no one else of that surname. Each short form -> the full names it shortens.
_SHORT_FIRST_NAMES = {
    "al": ("albert", "alan", "alfred"),
    "andy": ("andrew",),
    "drew": ("andrew",),
    "bill": ("william",),
    "billy": ("william",),
    "will": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "rob": ("robert",),
    "bert": ("albert", "herbert", "robert"),
    "chuck": ("charles",),
    "charlie": ("charles",),
    "dick": ("richard",),
    "rick": ("richard", "frederick", "eric"),
    "rich": ("richard",),
    "ted": ("edward", "theodore"),
    "ed": ("edward", "edmund", "edwin"),
    "eddie": ("edward",),
    "ned": ("edward",),
    "hank": ("henry",),
    "harry": ("henry", "harold"),
    "jack": ("john",),
    "johnny": ("john",),
    "jim": ("james",),
    "jimmy": ("james",),
    "jerry": ("gerald", "jerome", "jeremiah"),
    "larry": ("lawrence", "laurence"),
    "mike": ("michael",),
    "mick": ("michael",),
    "tony": ("anthony",),
    "steve": ("steven", "stephen"),
    "peggy": ("margaret",),
    "maggie": ("margaret",),
    "betty": ("elizabeth",),
    "beth": ("elizabeth",),
    "liz": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn"),
    "kathy": ("katherine", "kathryn", "kathleen"),
    "cathy": ("catherine",),
    "sue": ("susan", "suzanne"),
    "peg": ("margaret",),
    "polly": ("mary",),
    "molly": ("mary",),
    "sally": ("sarah",),
    "jenny": ("jennifer",),
    "nancy": ("ann", "anne"),
}


def formal_first_names(first: str) -> tuple[str, ...]:
    """The full first names a folded short form stands for.

    >>> formal_first_names("bill"), formal_first_names("william")
    (('william',), ())
    """
    return _SHORT_FIRST_NAMES.get(first, ())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A comparison key for a name: no accents, case, quotes or punctuation.

    >>> fold("Zelensky’s"), fold("the  EU"), fold("Disney +")
    ('zelensky', 'eu', 'disney plus')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s?$", "", text.strip())
    # "Disney+", "Apple TV+": the service is not the company.
    text = re.sub(r"\s*\+$", " plus", text)
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
