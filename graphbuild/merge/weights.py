"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 10350 candidate pairs of ECB+
topics 1-25, 2295 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.13,
    "action": 0.34,
    "action_rarity": 2.38,
    "agent_conflict": -0.42,
    "article": 6.68,
    "participants": 2.25,
    "place_conflict": -0.5,
    "same_article": 4.26,
    "sentence": 2.93,
    "type": 0.47,
    "date": 1.0,
    "modality_conflict": -1.0,
}
