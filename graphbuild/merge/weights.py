"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7396 candidate pairs of ECB+
topics 1-25, 1679 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.86,
    "action": 0.8,
    "action_rarity": 2.32,
    "agent_conflict": -0.34,
    "article": 7.43,
    "participants": 2.94,
    "place_conflict": -0.3,
    "same_article": 4.07,
    "sentence": 3.65,
    "type": 0.13,
    "date": 1.0,
    "modality_conflict": -1.0,
}
