"""What one long article costs: time and peak memory of a build of a single article of 100k,
250k, 500k and 1M characters.

The article is real news text: the MEANTIME documents (``../shared/data/meantime``) one after
another as paragraphs, again and again, each round with its years shifted back by one (2007
becomes 2006, ...), so that dates vary. Each size is built in a fresh child process, after a
warm-up build of a short article there (the pipeline and the gazetteers load once, as in any
build), so the figure is what the length costs: wall and CPU time (the ratio is of CPU time,
which neighbours on a shared machine do not inflate) and peak memory. Issue 19's goals:
1M characters in at most 12 times the time of 100k, peak memory under 1.5 GB.

    .venv/bin/python benchmarks/long_article.py [--sizes 100000 250000 500000 1000000] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "meantime"
SIZES = (100_000, 250_000, 500_000, 1_000_000)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
GOALS = {"ratio_1m_to_100k": 12, "peak_mb": 1500}

# Run in the child: warm up, then build the long article and print what it cost.
CHILD = """
import json, resource, sys, time
from datetime import date
import graphbuild
from graphbuild.model import Article
from graphbuild.pipeline import build_from

short = "President Macron said on Monday that France would send more aid to Ukraine."
build_from([Article("warm", "warm.txt", short, published=date(2008, 1, 1))])
text = sys.stdin.read()
started, cpu = time.perf_counter(), time.process_time()
result = build_from([Article("long", "long.txt", text, published=date(2008, 1, 1))])
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
assert not result.skipped, result.skipped
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak, "events": len(result.events),
                  "entities": len(result.entities)}))
"""


def article_text(size: int, folder: Path = DATA) -> str:
    """``size`` characters of MEANTIME paragraphs, years shifted back by one each round."""
    from graphbuild.evaluation.entities import read_meantime_documents

    texts = [document.text.strip() for document in read_meantime_documents(folder)]
    paragraphs, length, shift = [], 0, 0
    while length < size:
        for text in texts:
            shifted = _YEAR.sub(lambda match, back=shift: str(int(match.group()) - back), text)
            paragraphs.append(shifted)
            length += len(shifted) + 2
            if length >= size:
                break
        shift += 1
    return "\n\n".join(paragraphs)[:size]


def measure(size: int) -> dict:
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=article_text(size),
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    if run.returncode != 0:
        raise SystemExit(f"build of {size:,} characters failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return {"characters": size, **json.loads(run.stdout.splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    runs = []
    for size in args.sizes:
        runs.append(measure(size))
        if not args.json:
            run = runs[-1]
            print(
                f"{run['characters']:>9,} characters: {run['seconds']:7.1f} s "
                f"({run['cpu_seconds']:.1f} s CPU), "
                f"peak {run['peak_mb']:6.0f} MB, {run['events']} events, {run['entities']} entities",
                flush=True,
            )
    # CPU time, not wall time: on a shared machine the wall time measures the neighbours too.
    ratio = runs[-1]["cpu_seconds"] / runs[0]["cpu_seconds"] if len(runs) > 1 else None
    report = {"runs": runs, "ratio_last_to_first": ratio, "goals": GOALS}
    if args.json:
        print(json.dumps(report, indent=2))
    elif ratio is not None:
        print(f"{runs[-1]['characters']:,} / {runs[0]['characters']:,} characters: {ratio:.1f}x the CPU time")


if __name__ == "__main__":
    main()
