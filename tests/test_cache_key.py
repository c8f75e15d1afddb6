"""The cache key hashes the code of the per-article stages: all of it, and nothing else."""

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from test_structure import PACKAGE, import_graph, module_names

from graphbuild import cache
from graphbuild.cache import analysis_sources

# Analyse one article in a fresh interpreter and list the graphbuild modules that took.
ANALYSE_ONE = """
import json, sys
from datetime import date
from graphbuild.analysis import analyse_batch
from graphbuild.model import Article
text = "Zelensky said on Friday that Kyiv would hold Bakhmut. Russian forces attacked it last week."
[analysis] = analyse_batch([Article("art-1", "a.txt", text, published=date(2023, 2, 3))], None)
assert analysis.error is None and analysis.events, analysis
loaded = {name: module.__file__ for name, module in sys.modules.items() if name.startswith("graphbuild")}
print(json.dumps(loaded))
"""


def hashed() -> set[Path]:
    return {path.resolve() for path in analysis_sources()}


def test_the_key_covers_every_module_the_analysis_loads():
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(PACKAGE.parent), os.environ.get("PYTHONPATH", "")]),
    }
    run = subprocess.run(
        [sys.executable, "-c", ANALYSE_ONE], capture_output=True, text=True, env=env, cwd=PACKAGE.parent
    )
    assert run.returncode == 0, run.stderr
    loaded = json.loads(run.stdout.splitlines()[-1])
    assert Path(loaded["graphbuild.analysis"]).resolve() == PACKAGE / "analysis.py"
    # The package's own __init__ only names the public API, imported when first asked for.
    missing = sorted(
        name for name, file in loaded.items() if name != "graphbuild" and Path(file).resolve() not in hashed()
    )
    assert not missing, f"the analysis loads {missing}: add them to graphbuild.cache.ANALYSIS_MODULES"


def test_the_key_covers_every_module_the_analysis_can_import():
    # Also the imports inside functions that one article did not reach.
    files = module_names(PACKAGE)
    reached = nx.descendants(import_graph(), "graphbuild.analysis") | {"graphbuild.analysis"}
    missing = sorted(name for name in reached if files[name].resolve() not in hashed())
    assert not missing, f"the analysis imports {missing}: add them to graphbuild.cache.ANALYSIS_MODULES"


def test_pages_their_templates_the_cli_and_the_cross_article_stages_are_not_in_the_key():
    sources = {path.relative_to(PACKAGE).as_posix() for path in analysis_sources()}
    # No templates, scripts or styles; a stage's trained weights (JSON) are part of its code.
    assert all(source.endswith((".py", ".json")) for source in sources)
    outside = {"cli.py", "pipeline.py", "linking.py", "merge.py", "graph.py", "result.py", "cache.py"}
    assert not {source for source in sources if source.startswith(("export/", "evaluation/", "assets/"))}
    assert not sources & outside


def test_a_package_is_hashed_whole_and_a_missing_name_is_an_error(monkeypatch):
    monkeypatch.setattr(cache, "ANALYSIS_MODULES", ("graphbuild.model", "graphbuild.export"))
    names = [path.relative_to(PACKAGE).as_posix() for path in analysis_sources()]
    assert names == ["model.py", *sorted(f"export/{path.name}" for path in (PACKAGE / "export").glob("*.py"))]
    monkeypatch.setattr(cache, "ANALYSIS_MODULES", ("graphbuild.model", "graphbuild.nowhere"))
    with pytest.raises(ModuleNotFoundError, match="graphbuild.nowhere"):
        analysis_sources()
