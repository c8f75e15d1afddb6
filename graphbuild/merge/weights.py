"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 9060 candidate pairs of ECB+
topics 1-25, 1915 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.13,
    "action": 0.49,
    "action_rarity": 1.89,
    "agent_conflict": -0.45,
    "article": 6.29,
    "participants": 2.67,
    "place_conflict": -0.41,
    "same_article": 3.93,
    "sentence": 4.3,
    "type": 0.11,
    "date": 1.0,
    "modality_conflict": -1.0,
}
