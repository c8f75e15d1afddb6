"""Average-linkage clustering over sparse pair scores, which does not chain.

Two clusters merge when the average score over all pairs of their mentions reaches the
threshold, a pair that was never scored counting 0. A strong pair cannot pull two large
groups together, and a cluster grows only as far as most of its pairs support it: this is
the cap on weak links that single linkage (union-find) lacked. Average linkage is monotone
(each merge is no stronger than the one before), so a cluster's confidence, the weakest
average that joined it, is the average of its last merge.

>>> scores = {(0, 1): 0.9, (1, 2): 0.9}
>>> [sorted(c.members) for c in average_linkage([[0], [1], [2]], scores, 0.5)]
[[0, 1], [2]]
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Cluster", "average_linkage"]


@dataclass
class Cluster:
    members: list[int]
    # The weakest average link that joined it (1.0 for one mention or mentions never merged).
    confidence: float = 1.0


def average_linkage(
    start: Sequence[Sequence[int]],
    scores: Mapping[tuple[int, int], float],
    threshold: float,
    confidence: Sequence[float] | None = None,
    group: Mapping[int, str] | None = None,
) -> list[Cluster]:
    """Merge the clusters ``start`` (lists of item numbers) while some two have an average
    link of at least ``threshold``; ``scores`` holds the scores of pairs (low, high) of items.
    ``confidence`` is that of each starting cluster. With ``group`` (item -> its group), only
    pairs of items of different groups are averaged over. Ties go to the clusters with the
    lowest items: the result is deterministic.
    """
    clusters: dict[int, Cluster] = {
        number: Cluster(sorted(members), confidence[number] if confidence else 1.0)
        for number, members in enumerate(start)
    }
    owner = {item: number for number, cluster in clusters.items() for item in cluster.members}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (left, right), score in scores.items():
        a, b = owner.get(left), owner.get(right)
        if a is None or b is None or a == b:
            continue
        links[a][b] = links[a].get(b, 0.0) + score
        links[b][a] = links[b].get(a, 0.0) + score
    heap = []
    groups = {
        number: Counter(group[item] for item in cluster.members) if group is not None else Counter()
        for number, cluster in clusters.items()
    }

    def push(a: int, b: int) -> None:
        pairs = len(clusters[a].members) * len(clusters[b].members)
        pairs -= sum(count * groups[b][name] for name, count in groups[a].items())
        if pairs <= 0:
            return
        average = links[a][b] / pairs
        if average >= threshold:
            first, second = sorted((a, b), key=lambda n: clusters[n].members[0])
            heapq.heappush(
                heap, (-average, clusters[first].members[0], clusters[second].members[0], first, second)
            )

    for a in sorted(links):
        for b in sorted(links[a]):
            if a < b:
                push(a, b)
    next_number = len(start)
    while heap:
        negative, _, _, a, b = heapq.heappop(heap)
        if a not in clusters or b not in clusters or b not in links[a]:
            continue
        average = -negative
        merged = Cluster(
            sorted(clusters[a].members + clusters[b].members),
            min(average, clusters[a].confidence, clusters[b].confidence),
        )
        number = next_number
        next_number += 1
        neighbours = (set(links[a]) | set(links[b])) - {a, b}
        for other in neighbours:
            total = links[a].pop(other, 0.0) + links[b].pop(other, 0.0)
            links[other].pop(a, None)
            links[other].pop(b, None)
            links[number][other] = total
            links[other][number] = total
        groups[number] = groups.pop(a) + groups.pop(b)
        del clusters[a], clusters[b], links[a], links[b]
        clusters[number] = merged
        for other in sorted(neighbours):
            push(number, other)
    return sorted(clusters.values(), key=lambda cluster: cluster.members[0])
