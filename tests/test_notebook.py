"""The notebooks run top to bottom and show the graph and the timeline inline."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SHARED = ROOT.parent / "shared" / "data"


def run(name: str) -> list:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    html = [output["data"].get("text/html", "") for output in outputs if "data" in output]
    assert any("<iframe" in text and "vis.Timeline" in text for text in html)
    assert any("<iframe" in text and "vis.Network" in text for text in html)
    return outputs


def test_explore_notebook_runs():
    outputs = run("explore.ipynb")
    text = "".join(output["data"].get("text/plain", "") for output in outputs if "data" in output)
    assert "index.html" in text and "graph.gexf" in text


@pytest.mark.skipif(not (SHARED / "meantime").is_dir(), reason="../shared/data/meantime is absent")
def test_meantime_notebook_runs(monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_DATA", str(SHARED))
    outputs = run("meantime.ipynb")
    text = "".join(output["data"].get("text/plain", "") for output in outputs if "data" in output)
    assert "<graphbuild.Result: 90 articles (0 skipped)" in text and "Boeing" in text
