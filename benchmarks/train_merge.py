"""Fit the weights of the merge stage's pair score (graphbuild/merge/weights.py) on ECB+.

Data: ECB+ topics 1-25 only (topics 26-35 are held out for `eval ecbplus`), the annotation of
Cybulska and Vossen (2014), under Creative Commons Attribution 3.0 Unported
(LICENSEDATA.TXT and COPYING-CC.TXT of the ECB+ distribution). Its documents are built all at
once through the pipeline, as a user would build them; every candidate pair of the merge stage
(its blocking, its vetoes) whose two mentions both stand in a gold event mention is an example,
positive when the two gold mentions are one gold event. A logistic regression with an L2
penalty of 1 (the bias unpenalised) is fitted by Newton's method; the weights are rounded to
two decimals and written out, so that a re-run on the same data and spaCy pipeline rebuilds
the file byte for byte. ECB+ documents carry no publication dates and few disagree on
modality, so ``FIXED`` keeps hand-set weights for that evidence.

    .venv/bin/python benchmarks/train_merge.py [ECBPLUS_DIR]     # default ../shared/data/ecbplus
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from graphbuild.evaluation.ecbplus import build_articles, read_ecbplus
from graphbuild.merge import mention_features
from graphbuild.merge.score import candidate_blocks, pair_evidence

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "graphbuild" / "merge" / "weights.py"
TOPICS = range(1, 26)
FIXED = {"date": 1.0, "modality_conflict": -1.0}
PENALTY = 1.0
HEADER = '''"""The weights of the merge stage's pair score: the log-odds that two mentions are one happening.

Written by benchmarks/train_merge.py (a logistic regression on {pairs} candidate pairs of ECB+
topics 1-25, {positive} of them one event; CC BY 3.0, Cybulska and Vossen 2014): do not edit,
re-run it. {fixed} are set by hand (ECB+ has no dates and few modality conflicts).
"""

WEIGHTS = {{
'''


def examples(folder: Path) -> tuple[list[dict[str, float]], list[bool]]:
    documents, _ = read_ecbplus(folder, list(TOPICS))
    with tempfile.TemporaryDirectory() as scratch:
        result, _ = build_articles(documents, None, Path(scratch) / "analyses.sqlite")
    by_name = {doc.name: doc for doc in documents}
    analyses = sorted(result.analyses, key=lambda analysis: analysis.article.id)
    features, corpus = mention_features(analyses, result.mention_entity)
    gold: dict[int, str] = {}
    index = 0
    for analysis in analyses:
        doc = by_name[analysis.article.id]
        for mention in analysis.events:
            start = mention.trigger_start
            if start is not None and doc.sentence_at(start) in doc.scored:
                token = doc.token_at(start)
                cluster = next((m.cluster for m in doc.mentions if token in m.tokens), None)
                if cluster is not None:
                    gold[index] = cluster
            index += 1
    pairs = sorted({(a, b) for block in candidate_blocks(features) for a in block for b in block if a < b})
    rows, labels = [], []
    for a, b in pairs:
        if a not in gold or b not in gold:
            continue
        evidence = pair_evidence(features[a], features[b], corpus)
        if evidence is not None:
            rows.append(evidence)
            labels.append(gold[a] == gold[b])
    return rows, labels


def fit(rows: list[dict[str, float]], labels: list[bool]) -> dict[str, float]:
    names = sorted(rows[0])
    free = [name for name in names if name not in FIXED]
    x = np.array([[1.0] + [row[name] for name in free] for row in rows])
    offset = np.array([sum(FIXED[name] * row[name] for name in FIXED) for row in rows])
    y = np.array(labels, dtype=float)
    penalty = np.full(x.shape[1], PENALTY)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w + offset)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-12:
            break
    return {"bias": float(w[0])} | dict(zip(free, map(float, w[1:]), strict=True)) | FIXED


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ecbplus", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    rows, labels = examples(parser.parse_args().ecbplus)
    weights = fit(rows, labels)
    text = HEADER.format(pairs=len(rows), positive=sum(labels), fixed=", ".join(f'"{n}"' for n in FIXED))
    text += "".join(f'    "{name}": {round(value, 2) + 0.0},\n' for name, value in weights.items()) + "}\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(rows)} pairs, {sum(labels)} positive")
    for name, value in weights.items():
        print(f"  {name:<18} {value:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
