"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7916 candidate pairs of ECB+
topics 1-25, 1809 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.47,
    "action": 0.2,
    "action_rarity": 3.07,
    "agent_conflict": -0.38,
    "article": 6.0,
    "participants": 3.02,
    "place_conflict": -0.25,
    "same_article": 3.76,
    "sentence": 4.04,
    "type": 0.29,
    "date": 1.0,
    "modality_conflict": -1.0,
}
