"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7610 candidate pairs of ECB+
topics 1-25, 1764 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.76,
    "action": 0.82,
    "action_rarity": 2.2,
    "agent_conflict": -0.04,
    "article": 7.6,
    "participants": 2.68,
    "place_conflict": -0.44,
    "same_article": 4.05,
    "sentence": 4.01,
    "type": 0.1,
    "date": 1.0,
    "modality_conflict": -1.0,
}
