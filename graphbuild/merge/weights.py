"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 8096 candidate pairs of ECB+
topics 1-25, 1770 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.8,
    "action": 0.91,
    "action_rarity": 2.03,
    "agent_conflict": -0.33,
    "article": 7.3,
    "participants": 2.92,
    "place_conflict": -0.32,
    "same_article": 4.06,
    "sentence": 3.66,
    "type": 0.28,
    "date": 1.0,
    "modality_conflict": -1.0,
}
