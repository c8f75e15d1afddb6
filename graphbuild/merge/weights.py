"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 7928 candidate pairs of ECB+
topics 1-25, 1808 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.4,
    "action": 0.15,
    "action_rarity": 3.06,
    "agent_conflict": -0.4,
    "article": 5.95,
    "participants": 2.9,
    "place_conflict": -0.35,
    "same_article": 3.75,
    "sentence": 4.11,
    "type": 0.27,
    "date": 1.0,
    "modality_conflict": -1.0,
}
