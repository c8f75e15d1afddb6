"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 9147 candidate pairs of ECB+
topics 1-25, 1880 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -6.0,
    "action": 1.55,
    "action_rarity": 1.27,
    "agent_conflict": -0.23,
    "article": 7.36,
    "participants": 2.68,
    "place_conflict": -0.29,
    "same_article": 3.99,
    "sentence": 3.85,
    "type": 0.15,
    "date": 1.0,
    "modality_conflict": -1.0,
}
