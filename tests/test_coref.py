"""The coreference scores on hand-made cases whose values are published."""

import pytest

from graphbuild.evaluation import coref

# Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted Mentions", figure 1:
# the response misses e and invents h and i.
KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]


@pytest.mark.parametrize(
    ("metric", "precision", "recall"),
    [
        (coref.muc, 2 / 5, 2 / 5),
        (coref.b_cubed, 4 / 8, 35 / 84),
        (coref.ceaf_e, 1.3 / 3, 1.3 / 2),
    ],
)
def test_metrics_on_the_example_of_pradhan_et_al(metric, precision, recall):
    p, r, f1 = metric(KEY, RESPONSE)
    assert (p, r) == (pytest.approx(precision), pytest.approx(recall))
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


@pytest.mark.parametrize(
    ("metric", "precision", "recall"),
    [(coref.muc, 1.0, 1 / 3), (coref.b_cubed, 1.0, 7 / 18), (coref.ceaf_e, 1.8 / 2, 1.8 / 3)],
)
def test_missing_mentions_as_the_reference_scorer_counts_them(metric, precision, recall):
    # Test case TC-A-2 of the CoNLL reference scorer: the response lacks b, c and f.
    key = [frozenset("a"), frozenset("bc"), frozenset("def")]
    p, r, _ = metric(key, [frozenset("a"), frozenset("de")])
    assert (p, r) == (pytest.approx(precision), pytest.approx(recall))


def test_perfect_and_empty_responses():
    assert coref.scores(KEY, KEY)["conll_f1"] == 1.0
    assert coref.scores(KEY, [])["conll_f1"] == 0.0


def test_alignment_searches_when_clusters_overlap_in_a_chain():
    # k0 overlaps r0 and r1, k1 overlaps r1: the best alignment is k0-r0 and k1-r1, not k0-r1.
    key = [frozenset("abc"), frozenset("de")]
    response = [frozenset("ab"), frozenset("cde")]
    p, r, _ = coref.ceaf_e(key, response)
    assert p == r == pytest.approx((0.8 + 0.8) / 2)
