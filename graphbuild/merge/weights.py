"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 8764 candidate pairs of ECB+
topics 1-25, 1884 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.58,
    "action": 0.75,
    "action_rarity": 1.93,
    "agent_conflict": -0.47,
    "article": 7.98,
    "participants": 2.43,
    "place_conflict": -0.49,
    "same_article": 4.41,
    "sentence": 3.87,
    "type": 0.03,
    "date": 1.0,
    "modality_conflict": -1.0,
}
