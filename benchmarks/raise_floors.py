"""Raise the floors in benchmarks/floors.json to the figures of the current code (never lower one).

Runs every benchmark of floors.json whose data folder is there, as tests/test_benchmarks.py does,
and writes back each figure that rose, rounded down at the third decimal; prints what changed.

    .venv/bin/python benchmarks/raise_floors.py [DATA_DIR]   # default ../shared/data
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphbuild.evaluation import gate

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "benchmarks" / "floors.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    data_dir = parser.parse_args().data_dir
    benchmarks = gate.read_floors(FLOORS)
    present = [b for b in benchmarks if (data_dir / b.data).is_dir()]
    for absent in (b for b in benchmarks if b not in present):
        print(f"{absent.label}: {data_dir / absent.data} is absent, floors kept", file=sys.stderr)
    try:
        reports = dict(zip([b.label for b in present], gate.run_all(present, data_dir), strict=True))
    except gate.GateError as error:
        print(f"raise_floors: error: {error}", file=sys.stderr)
        return 1
    updated = [gate.raised(b, reports[b.label]) if b in present else b for b in benchmarks]
    changes = [
        f"{new.label}: {path} {old.floors[path]} -> {floor}"
        for old, new in zip(benchmarks, updated, strict=True)
        for path, floor in new.floors.items()
        if floor != old.floors[path]
    ]
    for benchmark in present:
        for drop in gate.check(benchmark, reports[benchmark.label]):
            print(f"below its floor (kept): {drop}", file=sys.stderr)
    if changes:
        gate.write_floors(FLOORS, updated)
    print("\n".join(changes) if changes else "no figure rose; floors.json unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
