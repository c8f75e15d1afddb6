"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 8580 candidate pairs of ECB+
topics 1-25, 1874 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.34,
    "action": 0.33,
    "action_rarity": 2.58,
    "agent_conflict": -0.39,
    "article": 6.04,
    "participants": 2.88,
    "place_conflict": -0.36,
    "same_article": 3.8,
    "sentence": 4.1,
    "type": 0.25,
    "date": 1.0,
    "modality_conflict": -1.0,
}
