"""The benchmark gate: each ``graphbuild eval`` figure we track must stay at or above its floor.

A floors file (``benchmarks/floors.json``) is a list of benchmarks, each the ``graphbuild eval``
to run, its data folder (relative to the benchmark data folder) and, per figure, the floor:
the path of the figure in the ``--json`` report (keys and list indexes joined by dots) and the
lowest value allowed. The pipeline is deterministic, so a floor is the figure itself rounded
down at the third decimal; it moves only up, when a figure rises.

>>> benchmark = Benchmark("timeml", "tempeval3-tbaq", {"taggers.0.overall.value_f1": 0.803})
>>> report = {"taggers": [{"overall": {"value_f1": 0.79}}]}
>>> [str(drop) for drop in check(benchmark, report)]
['timeml tempeval3-tbaq: taggers.0.overall.value_f1 = 0.79, below its floor 0.803']
>>> report["taggers"][0]["overall"]["value_f1"] = 0.8129
>>> check(benchmark, report), raised(benchmark, report).floors
([], {'taggers.0.overall.value_f1': 0.812})
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import graphbuild

__all__ = [
    "Benchmark",
    "Drop",
    "GateError",
    "check",
    "figure",
    "floor_of",
    "raised",
    "read_floors",
    "run",
    "run_all",
    "write_floors",
]


class GateError(RuntimeError):
    """A benchmark that could not be run, or a floors file that cannot be read."""


@dataclass(frozen=True)
class Benchmark:
    """``graphbuild eval BENCHMARK DATA_DIR/DATA --json`` and the floors of its figures."""

    benchmark: str
    data: str
    floors: dict[str, float]

    @property
    def label(self) -> str:
        return f"{self.benchmark} {self.data}"


@dataclass(frozen=True)
class Drop:
    """A figure below its floor, or missing from the report (``figure`` is None)."""

    label: str
    path: str
    figure: float | None
    floor: float

    def __str__(self) -> str:
        if self.figure is None:
            return f"{self.label}: {self.path} is missing from the report (floor {self.floor})"
        return f"{self.label}: {self.path} = {self.figure}, below its floor {self.floor}"


def read_floors(path: str | Path) -> list[Benchmark]:
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))
        return [Benchmark(e["benchmark"], e["data"], dict(e["floors"])) for e in entries]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GateError(f"{path}: not a floors file ({error!r})") from error


def write_floors(path: str | Path, benchmarks: Sequence[Benchmark]) -> None:
    entries = [{"benchmark": b.benchmark, "data": b.data, "floors": b.floors} for b in benchmarks]
    Path(path).write_text(json.dumps(entries, indent=2) + "\n", encoding="utf-8")


def run(benchmark: Benchmark, data_dir: str | Path) -> dict:
    """The JSON report of the benchmark, run in a fresh process on this copy of graphbuild."""
    # The child imports the same graphbuild as this process, installed or not.
    source = str(Path(graphbuild.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}
    folder = Path(data_dir) / benchmark.data
    command = [sys.executable, "-m", "graphbuild", "eval", benchmark.benchmark, str(folder), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise GateError(f"{benchmark.label}: exit status {done.returncode}: {done.stderr.strip()[-2000:]}")
    try:
        return json.loads(done.stdout)
    except ValueError as error:
        raise GateError(f"{benchmark.label}: the report is not JSON ({error})") from error


def run_all(benchmarks: Sequence[Benchmark], data_dir: str | Path) -> list[dict]:
    """The reports of ``benchmarks``, in order, run side by side, one per core."""
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        return list(pool.map(lambda benchmark: run(benchmark, data_dir), benchmarks))


def figure(report: dict, path: str) -> float | None:
    """The number at ``path`` ("taggers.0.overall.value_f1") in ``report``, or None."""
    value: object = report
    for key in path.split("."):
        if isinstance(value, dict) and key in value:
            value = value[key]
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return None
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return value if is_number else None


def check(benchmark: Benchmark, report: dict) -> list[Drop]:
    """Every figure of ``report`` below its floor in ``benchmark``, in the order of the floors."""
    drops = []
    for path, floor in benchmark.floors.items():
        value = figure(report, path)
        if value is None or value < floor:
            drops.append(Drop(benchmark.label, path, value, floor))
    return drops


def floor_of(value: float) -> float:
    """``value`` rounded down at the third decimal (``round`` first absorbs 0.1 + 0.2 noise).

    >>> floor_of(0.80325), floor_of(32.37), floor_of(0.7999999999999999)
    (0.803, 32.37, 0.8)
    """
    return math.floor(round(value * 1000, 6)) / 1000


def raised(benchmark: Benchmark, report: dict) -> Benchmark:
    """``benchmark`` with each floor raised to its figure in ``report`` where that is higher."""
    floors = {}
    for path, floor in benchmark.floors.items():
        value = figure(report, path)
        floors[path] = floor if value is None else max(floor, floor_of(value))
    return replace(benchmark, floors=floors)
