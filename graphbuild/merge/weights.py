"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7470 candidate pairs of ECB+
topics 1-25, 1700 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.75,
    "action": 0.69,
    "action_rarity": 2.35,
    "agent_conflict": -0.33,
    "article": 7.17,
    "participants": 2.83,
    "place_conflict": -0.42,
    "same_article": 4.04,
    "sentence": 3.77,
    "type": 0.13,
    "date": 1.0,
    "modality_conflict": -1.0,
}
