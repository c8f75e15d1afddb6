"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 8249 candidate pairs of ECB+
topics 1-25, 1797 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.73,
    "action": 0.98,
    "action_rarity": 1.83,
    "agent_conflict": -0.22,
    "article": 7.28,
    "participants": 2.72,
    "place_conflict": -0.31,
    "same_article": 4.07,
    "sentence": 3.73,
    "type": 0.36,
    "date": 1.0,
    "modality_conflict": -1.0,
}
