"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7984 candidate pairs of ECB+
topics 1-25, 1831 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.45,
    "action": 0.16,
    "action_rarity": 3.13,
    "agent_conflict": -0.36,
    "article": 5.82,
    "participants": 3.07,
    "place_conflict": -0.25,
    "same_article": 3.73,
    "sentence": 4.09,
    "type": 0.3,
    "date": 1.0,
    "modality_conflict": -1.0,
}
