"""Train the event-noun model of ``graphbuild/events/nouns.py`` and write its weights file.

    .venv/bin/python benchmarks/train_event_nouns.py ../shared/data/ecbplus

Data: ECB+ 1.0 topics 1-25 only (the tuning split; topics 26-35 are held out and never read
here), the sentences of ``ECBplus_coreference_sentences.csv``. Each common noun (spaCy ``NOUN``)
of those sentences is one example: a happening if it lies inside a gold ``ACTION_*`` or
``NEG_ACTION_*`` mention, else not. The features are those of
:func:`graphbuild.events.nouns.features`. The model is an L2-regularised logistic regression
fitted by Newton's method in numpy (deterministic: the same data gives the same
file, byte for byte); the threshold is the one of best F1 among those with precision at least
``MIN_PRECISION`` on out-of-fold predictions, five folds of whole topics.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from graphbuild import nlp as nlp_stage
from graphbuild.evaluation.ecbplus import read_ecbplus
from graphbuild.events.nouns import FEATURES, WEIGHTS_FILE, features

TOPICS = range(1, 26)
MIN_PRECISION = 0.8
L2 = 1.0
STEPS = 25
FOLDS = 5


def examples(folder: str, model: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and topic of every common noun in the scored sentences."""
    documents, _ = read_ecbplus(folder, list(TOPICS))
    nlp = nlp_stage.load(model)
    rows, labels, topics = [], [], []
    for document, doc in zip(documents, nlp_stage.parse(nlp, (d.text for d in documents)), strict=True):
        gold = [document.spans[token] for mention in document.mentions for token in mention.tokens]
        for token in doc:
            if token.pos_ != "NOUN" or document.sentence_at(token.idx) not in document.scored:
                continue
            end = token.idx + len(token)
            rows.append(features(token))
            labels.append(any(start < end and token.idx < stop for start, stop in gold))
            topics.append(document.topic)
    return np.array(rows), np.array(labels, dtype=np.float64), np.array(topics)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-penalised log-likelihood (the bias unpenalised)."""
    design = np.hstack([x, np.ones((len(y), 1))])
    penalty = L2 * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0
    weights = np.zeros(design.shape[1])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (p - y) + penalty @ weights
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        weights -= np.linalg.solve(hessian, gradient)
    return weights[:-1], float(weights[-1])


def threshold(probabilities: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """The threshold of best F1 with precision >= MIN_PRECISION, and its P and R."""
    best = (0.5, 0.0, 0.0)
    best_f1 = -1.0
    for candidate in np.arange(0.2, 0.95, 0.025):
        chosen = probabilities >= candidate
        if not chosen.any():
            continue
        p = float(y[chosen].mean())
        r = float(chosen[y == 1].mean())
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if p >= MIN_PRECISION and f1 > best_f1:
            best, best_f1 = (round(float(candidate), 3), p, r), f1
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ecbplus", help="the ECB+ folder (only topics 1-25 are read)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: graphbuild's)")
    parser.add_argument("--out", default=str(WEIGHTS_FILE))
    args = parser.parse_args(argv)
    x, y, topics = examples(args.ecbplus, args.model)
    out_of_fold = np.zeros(len(y))
    for fold in range(FOLDS):
        held = topics % FOLDS == fold
        weights, bias = fit(x[~held], y[~held])
        out_of_fold[held] = 1.0 / (1.0 + np.exp(-(x[held] @ weights + bias)))
    cut, p, r = threshold(out_of_fold, y)
    weights, bias = fit(x, y)
    data = {
        "about": "graphbuild event-noun model; rebuild with benchmarks/train_event_nouns.py",
        "data": "ECB+ 1.0 topics 1-25, scored sentences, spaCy NOUN tokens",
        "examples": len(y),
        "events": int(y.sum()),
        "out_of_fold": {"threshold": cut, "precision": round(p, 3), "recall": round(r, 3)},
        "features": list(FEATURES) + ["vector"],
        "threshold": cut,
        "bias": round(bias, 4),
        "weights": [round(float(w), 4) for w in weights],
    }
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(y)} nouns, {int(y.sum())} events; out of fold at {cut}: P {p:.3f} R {r:.3f}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
