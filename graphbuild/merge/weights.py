"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 9064 candidate pairs of ECB+
topics 1-25, 1917 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.14,
    "action": 0.48,
    "action_rarity": 1.9,
    "agent_conflict": -0.46,
    "article": 6.3,
    "participants": 2.68,
    "place_conflict": -0.42,
    "same_article": 3.94,
    "sentence": 4.29,
    "type": 0.1,
    "date": 1.0,
    "modality_conflict": -1.0,
}
