"""Coreference scores: MUC, B-cubed and CEAF-e over two partitions of mentions, and their mean.

A partition is a list of clusters, each a frozenset of mention ids; the key is the gold
one, the response ours. The two may hold different mentions (predicted mentions scored end
to end): a mention missing from one side counts as a miss, as Pradhan et al. (2014) define
the measures for the reference CoNLL scorer.

>>> key = [frozenset("abc"), frozenset("defg")]
>>> response = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]
>>> round(conll_f1(key, response), 4)  # Pradhan et al. (2014), figure 1
0.4582
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence

import networkx as nx

__all__ = ["METRICS", "b_cubed", "ceaf_e", "clusters_of", "conll_f1", "muc", "scores"]

Partition = Sequence[frozenset]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Partition, response: Partition) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links kept, counted by the partitions each cluster falls into.

    >>> muc([frozenset("ab"), frozenset("c")], [frozenset("abc")])
    (0.5, 1.0, 0.6666666666666666)
    """

    def score(clusters, other):
        where = {item: index for index, cluster in enumerate(other) for item in cluster}
        numerator = denominator = 0
        for cluster in clusters:
            parts = {where.get(item, ("alone", item)) for item in cluster}
            numerator += len(cluster) - len(parts)
            denominator += len(cluster) - 1
        return numerator / denominator if denominator else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, _f1(p, r)


def b_cubed(key: Partition, response: Partition) -> tuple[float, float, float]:
    """B-cubed (Bagga and Baldwin 1998): per mention, the overlap of its two clusters; a
    mention the other side lacks scores 0.

    >>> b_cubed([frozenset("ab"), frozenset("c")], [frozenset("abc")])[:2]
    (0.5555555555555555, 1.0)
    """

    def score(clusters, other):
        where = {item: cluster for cluster in other for item in cluster}
        items = sum(len(cluster) for cluster in clusters)
        if not items:
            return 0.0
        total = 0.0
        for cluster in clusters:
            for item in cluster:
                total += len(cluster & where.get(item, frozenset())) / len(cluster)
        return total / items

    r, p = score(key, response), score(response, key)
    return p, r, _f1(p, r)


def ceaf_e(key: Partition, response: Partition) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005): the best one-to-one alignment of clusters, by Dice similarity.

    >>> ceaf_e([frozenset("ab"), frozenset("c")], [frozenset("ab"), frozenset("c")])
    (1.0, 1.0, 1.0)
    """
    graph = nx.Graph()
    where = {item: index for index, cluster in enumerate(response) for item in cluster}
    for i, k in enumerate(key):
        shared: dict[int, int] = defaultdict(int)
        for item in k:
            if item in where:
                shared[where[item]] += 1
        for j, count in shared.items():
            graph.add_edge(("key", i), ("response", j), weight=2 * count / (len(k) + len(response[j])))
    similarity = sum(_best_alignment(graph.subgraph(part)) for part in nx.connected_components(graph))
    p = similarity / len(response) if response else 0.0
    r = similarity / len(key) if key else 0.0
    return p, r, _f1(p, r)


def _best_alignment(component: nx.Graph) -> float:
    """The weight of the best matching of one connected group of clusters. In a star (one
    cluster overlapping several that overlap nothing else, the common case) every edge shares
    the centre, so the best matching is the heaviest edge: no search."""
    if any(degree == len(component) - 1 for _, degree in component.degree):
        return max(weight for _, _, weight in component.edges(data="weight"))
    matching = nx.max_weight_matching(component)
    return sum(component.edges[a, b]["weight"] for a, b in matching)


METRICS = {"muc": muc, "b3": b_cubed, "ceafe": ceaf_e}


def scores(key: Partition, response: Partition) -> dict[str, float]:
    """Precision, recall and F1 of each metric (``muc_p``, ``b3_r``, ...) and ``conll_f1``."""
    result: dict[str, float] = {}
    for name, metric in METRICS.items():
        p, r, f1 = metric(key, response)
        result |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f1}
    result["conll_f1"] = sum(result[f"{name}_f1"] for name in METRICS) / len(METRICS)
    return result


def conll_f1(key: Partition, response: Partition) -> float:
    """The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1."""
    return scores(key, response)["conll_f1"]


def clusters_of(assignment: Mapping[Hashable, Hashable]) -> list[frozenset]:
    """The partition a mention -> cluster label mapping makes, in a stable order.

    >>> [sorted(cluster) for cluster in clusters_of({"a": 1, "b": 1, "c": 2})]
    [['a', 'b'], ['c']]
    """
    groups: dict[Hashable, set] = defaultdict(set)
    for item, cluster in assignment.items():
        groups[cluster].add(item)
    return [frozenset(group) for _, group in sorted(groups.items(), key=lambda pair: str(pair[0]))]
