"""Comparison keys for names: two written forms of one name fold to the same key.

>>> fold("Zelensky’s") == fold("ZELENSKY")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold"]


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
