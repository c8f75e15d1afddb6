"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7455 candidate pairs of ECB+
topics 1-25, 1701 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.74,
    "action": 0.82,
    "action_rarity": 2.11,
    "agent_conflict": -0.18,
    "article": 7.27,
    "participants": 2.75,
    "place_conflict": -0.32,
    "same_article": 3.98,
    "sentence": 3.84,
    "type": 0.22,
    "date": 1.0,
    "modality_conflict": -1.0,
}
