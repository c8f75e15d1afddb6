"""Find near-identical articles: wire copies reprinted by several outlets, a page saved twice.

A copy is still analysed (it tells who ran the story), but it names the article it copies,
so that one story is never counted as two independent sources. Candidates come from
MinHash signatures with locality-sensitive hashing, so the cost grows with the number of
articles, not with the number of pairs; each candidate pair is then checked exactly.

>>> from graphbuild.model import Article
>>> story = ("The central bank raised its main interest rate by a quarter point on Thursday, "
...          "its seventh increase in a row, and said that inflation was still far too high. "
...          "The governor told reporters that further moves would depend on the data. ")
>>> original = Article("art-1", "a.txt", story + "Reporting by Jane Doe.")
>>> copy = Article("art-2", "b.txt", story + "Editing by John Roe.")
>>> other = Article("art-3", "c.txt", "Heavy rain flooded the old town for the second day running.")
>>> find_copies([original, copy, other])
{'art-2': ('art-1', 0.9)}
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np
from networkx.utils import UnionFind

from graphbuild.model import Article

# Share of one article's word 5-grams found in the other: wire copies differ by a headline, a
# byline or a trimmed last paragraph, and stay well above this; distinct stories on the same
# event share a few quotes and stay well below.
THRESHOLD = 0.8
SHINGLE_WORDS = 5
# Articles with fewer 5-grams than this are too short to call copies; only exact duplicates count.
MIN_SHINGLES = 20
# 32 bands of 2 rows find pairs whose 5-gram sets overlap by half with a probability above 0.999.
_BANDS = 32
_ROWS = 2
_PRIME = np.uint64((1 << 61) - 1)
_WORD = re.compile(r"\w+")


def _hash_parameters() -> tuple[np.ndarray, np.ndarray]:
    """Fixed hash parameters, derived from their index, so signatures are the same on every run."""
    digests = [
        hashlib.blake2b(f"graphbuild-minhash-{index}".encode(), digest_size=8).digest()
        for index in range(_BANDS * _ROWS)
    ]
    # Below 2**32 each, so that a * shingle + b (shingles are 32-bit) never overflows 64 bits.
    a = np.array([int.from_bytes(d[:4], "big") | 1 for d in digests], dtype=np.uint64)
    b = np.array([int.from_bytes(d[4:], "big") for d in digests], dtype=np.uint64)
    return a[:, None], b[:, None]


_A, _B = _hash_parameters()


def shingles(text: str) -> frozenset[int]:
    """Word 5-grams of the case-folded text, hashed to 32 bits."""
    words = _WORD.findall(text.casefold())
    grams = (" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1)))
    return frozenset(
        int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams
    )


def _signature(grams: frozenset[int]) -> tuple[int, ...]:
    values = np.fromiter(grams, dtype=np.uint64, count=len(grams))[None, :]
    return tuple(((_A * values + _B) % _PRIME).min(axis=1).tolist())


def containment(left: frozenset[int], right: frozenset[int]) -> float:
    """Share of the smaller set found in the larger one."""
    return len(left & right) / min(len(left), len(right))


def find_copies(articles: Sequence[Article], threshold: float = THRESHOLD) -> dict[str, tuple[str, float]]:
    """Map each copy's id to (the id of the article it copies, similarity rounded to 2 places).

    The original of a group of copies is its earliest-published article (then the first
    given); every copy in the group names that one.
    """
    grams = {article.id: shingles(article.text) for article in articles}
    usable = [article for article in articles if len(grams[article.id]) >= MIN_SHINGLES]
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for position, article in enumerate(usable):
        signature = _signature(grams[article.id])
        for band in range(_BANDS):
            buckets[band, signature[band * _ROWS : (band + 1) * _ROWS]].append(position)

    copies_of = UnionFind(range(len(usable)))
    scores: dict[int, float] = {}
    for members in buckets.values():
        for i, left in enumerate(members):
            for right in members[i + 1 :]:
                # Once in one group, a pair needs no check: copies of copies are copies.
                if copies_of[left] == copies_of[right]:
                    continue
                score = containment(grams[usable[left].id], grams[usable[right].id])
                if score >= threshold:
                    scores[right] = max(scores.get(right, 0.0), score)
                    scores[left] = max(scores.get(left, 0.0), score)
                    copies_of.union(left, right)

    copies = {}
    for members in map(sorted, copies_of.to_sets()):
        if len(members) < 2:
            continue
        members.sort(key=lambda position: (usable[position].published or date.max, position))
        original = usable[members[0]].id
        for position in members[1:]:
            copies[usable[position].id] = (original, round(scores[position], 2))
    return copies
