"""The benchmark gate: every figure in benchmarks/floors.json stays at or above its floor.

When a figure rises, `benchmarks/raise_floors.py` writes the new floor. Deselect the shared-data
runs (about a minute on two cores) with `-m "not benchmark"`.
"""

import pytest
from conftest import ROOT

from graphbuild.evaluation import gate

SHARED = ROOT.parent / "shared" / "data"
BENCHMARKS = gate.read_floors(ROOT / "benchmarks" / "floors.json")


@pytest.fixture(scope="session")
def reports(request):
    """The reports of the selected gate tests' benchmarks, all run at once, one per core."""
    selected = [
        item.callspec.params["benchmark"]
        for item in request.session.items
        if getattr(item, "originalname", None) == test_no_figure_falls_below_its_floor.__name__
    ]
    present = [b for b in selected if (SHARED / b.data).is_dir()]
    return dict(zip([b.label for b in present], gate.run_all(present, SHARED), strict=True))


@pytest.mark.benchmark
@pytest.mark.parametrize("benchmark", BENCHMARKS, ids=[b.label for b in BENCHMARKS])
def test_no_figure_falls_below_its_floor(benchmark, reports):
    if not (SHARED / benchmark.data).is_dir():
        pytest.skip(f"../shared/data/{benchmark.data} is absent")
    drops = gate.check(benchmark, reports[benchmark.label])
    if drops:
        message = "figures below their floors in benchmarks/floors.json:\n" + "\n".join(map(str, drops))
        pytest.fail(message, pytrace=False)


REPORT = {"runs": [{"value": {"f1": 0.8129}}], "recall": 0.5}


def test_every_figure_that_falls_is_reported():
    floors = {"runs.0.value.f1": 0.813, "recall": 0.5, "runs.1.value.f1": 0.1, "runs": 0.2}
    drops = gate.check(gate.Benchmark("toy", "toy-data", floors), REPORT)
    assert [str(drop) for drop in drops] == [
        "toy toy-data: runs.0.value.f1 = 0.8129, below its floor 0.813",
        "toy toy-data: runs.1.value.f1 is missing from the report (floor 0.1)",
        "toy toy-data: runs is missing from the report (floor 0.2)",
    ]


def test_a_figure_that_rises_passes():
    floors = {"runs.0.value.f1": 0.8, "recall": 0.5}
    assert gate.check(gate.Benchmark("toy", "toy-data", floors), REPORT) == []


def test_floors_only_rise():
    floors = {"runs.0.value.f1": 0.7, "recall": 0.6, "runs.1.value.f1": 0.1}
    raised = gate.raised(gate.Benchmark("toy", "toy-data", floors), REPORT)
    assert raised.floors == {"runs.0.value.f1": 0.812, "recall": 0.6, "runs.1.value.f1": 0.1}


def test_floors_file_round_trips(tmp_path):
    path = tmp_path / "floors.json"
    gate.write_floors(path, BENCHMARKS)
    assert gate.read_floors(path) == BENCHMARKS
    assert path.read_bytes() == (ROOT / "benchmarks" / "floors.json").read_bytes()


def test_the_gate_runs_the_command_line_benchmark():
    # The cleaning benchmark on the repository's pages: the gate's whole path in two seconds.
    benchmark = gate.Benchmark("cleaning", "cleaning", {"precision": 1.0, "recall": 1.0})
    (report,) = gate.run_all([benchmark], ROOT / "tests" / "data")
    assert gate.check(benchmark, report) == []


def test_a_benchmark_that_fails_names_itself_and_the_reason(tmp_path):
    with pytest.raises(gate.GateError, match="cleaning absent: exit status 2: .*absent is not a folder"):
        gate.run(gate.Benchmark("cleaning", "absent", {}), tmp_path)
