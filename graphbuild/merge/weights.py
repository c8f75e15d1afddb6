"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7466 candidate pairs of ECB+
topics 1-25, 1712 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.75,
    "action": 0.84,
    "action_rarity": 2.05,
    "agent_conflict": -0.09,
    "article": 7.39,
    "participants": 2.75,
    "place_conflict": -0.32,
    "same_article": 4.04,
    "sentence": 3.86,
    "type": 0.16,
    "date": 1.0,
    "modality_conflict": -1.0,
}
