"""What a tiny hostile file costs: a gzip of millions of empty JSON Lines records.

Generates, in a temporary folder, ``--records`` empty records (``{}``) gzipped (3 million
make about 9 KB) beside one real article, runs ``graphbuild build`` on them in a child
process, and prints the wall time, the child's peak resident memory, the size of
index.html and articles.jsonl, and how many warnings the build printed. Issue 19's goals
for 3 million records: under 60 s, under 500 MB, index.html under 5 MB.

    .venv/bin/python benchmarks/many_records.py [--records 3000000] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = (
    "President Emmanuel Macron said on Monday that France would send more aid to Ukraine next week.\n\n"
    "The unions in Paris called a national strike for Thursday, the third this month, over the pensions.\n"
)
GOALS = {"seconds": 60, "peak_mb": 500, "index_mb": 5}


def write_inputs(folder: Path, records: int) -> Path:
    """``records`` empty JSON Lines records, gzipped, and one article, in ``folder``/in."""
    inputs = folder / "in"
    inputs.mkdir()
    (inputs / "article.txt").write_text(ARTICLE, encoding="utf-8")
    line = b"{}\n"
    chunk = line * 100_000
    with gzip.open(inputs / "empty.jsonl.gz", "wb", compresslevel=9) as stream:
        for _ in range(records // 100_000):
            stream.write(chunk)
        stream.write(line * (records % 100_000))
    return inputs


def measure(records: int) -> dict:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        inputs = write_inputs(folder, records)
        out = folder / "out"
        command = [sys.executable, "-m", "graphbuild", "build", str(inputs), "-o", str(out)]
        command += ["--quiet", "--no-cache"]
        started = time.perf_counter()
        run = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if run.returncode != 0:
            raise SystemExit(f"build failed ({run.returncode}):\n{run.stderr[-2000:]}")
        with open(out / "articles.jsonl", encoding="utf-8") as stream:
            listed = sum(1 for _ in stream)
        return {
            "records": records,
            "gzip_bytes": (inputs / "empty.jsonl.gz").stat().st_size,
            "seconds": round(seconds, 1),
            # ru_maxrss of the children is the largest child's peak, in kilobytes on Linux.
            "peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "index_mb": round((out / "index.html").stat().st_size / 1e6, 3),
            "articles_jsonl_lines": listed,
            "warnings": sum(1 for line in run.stderr.splitlines() if "warning" in line),
        }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--records", type=int, default=3_000_000)
    options.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = options.parse_args()
    figures = measure(args.records)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name, value in figures.items():
        goal = f" (goal: under {GOALS[name]})" if name in GOALS else ""
        print(f"{name:>21}: {value:,}{goal}")


if __name__ == "__main__":
    main()
