"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 10342 candidate pairs of ECB+
topics 1-25, 2306 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.23,
    "action": 0.53,
    "action_rarity": 2.15,
    "agent_conflict": -0.55,
    "article": 6.84,
    "participants": 2.49,
    "place_conflict": -0.47,
    "same_article": 4.27,
    "sentence": 3.14,
    "type": 0.34,
    "date": 1.0,
    "modality_conflict": -1.0,
}
