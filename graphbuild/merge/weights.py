"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on 9392 candidate pairs of ECB+
topics 1-25, 2004 of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. "date", "modality_conflict" are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {
    "bias": -5.03,
    "action": 0.42,
    "action_rarity": 1.87,
    "agent_conflict": -0.46,
    "article": 6.5,
    "participants": 2.47,
    "place_conflict": -0.46,
    "same_article": 3.93,
    "sentence": 4.17,
    "type": 0.07,
    "date": 1.0,
    "modality_conflict": -1.0,
}
