"""The layout: no graphbuild module imports, directly or through others, a module that imports it.

Every import statement counts, wherever it stands: at the top, inside a function, or under
``if TYPE_CHECKING:``. A module is a ``.py`` file; a package is its ``__init__.py``, so
``timex`` and ``events`` may be either.
"""

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "graphbuild"


def module_names(package: Path) -> dict[str, Path]:
    """Dotted module name -> source file, for every module of ``package`` and its subpackages."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def import_graph(package: Path = PACKAGE) -> nx.DiGraph:
    """An edge from each module of ``package`` to each module of ``package`` that it imports."""
    modules = module_names(package)
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                # "from graphbuild import nlp" imports the module graphbuild.nlp.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            for target in targets:
                # "import graphbuild.export.html" and "from graphbuild.model import Article" name a module.
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph.add_edge(name, target)
    return graph


def circles(graph: nx.DiGraph, most: int = 5) -> list[str]:
    found = []
    for cycle in nx.simple_cycles(graph):
        start = cycle.index(min(cycle))  # the same circle reads the same on every run
        cycle = cycle[start:] + cycle[:start]
        found.append(" -> ".join([*cycle, cycle[0]]))
        if len(found) == most:
            break
    return found


def test_graphbuild_has_no_import_circle():
    graph = import_graph()
    assert nx.is_directed_acyclic_graph(graph), f"import circles: {circles(graph)}"


def test_the_import_graph_sees_imports_in_functions_and_for_type_checking():
    graph = import_graph()
    assert graph.has_edge("graphbuild.pipeline", "graphbuild.linking")  # at the top
    assert graph.has_edge("graphbuild.result", "graphbuild.export")  # inside a method
    assert graph.has_edge("graphbuild.linking", "graphbuild.aliases")  # under TYPE_CHECKING
    assert graph.has_edge(
        "graphbuild.cli", "graphbuild.evaluation.entities"
    )  # from a package import a module


def test_a_circle_through_a_function_and_type_checking_is_named(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from .leaf import thing\n")
    (package / "sub" / "leaf.py").write_text("def thing():\n    from pkg import top\n")
    (package / "top.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.sub import thing\n"
    )
    graph = import_graph(package)
    assert not nx.is_directed_acyclic_graph(graph)
    assert circles(graph) == ["pkg.sub -> pkg.sub.leaf -> pkg.top -> pkg.sub"]


# The pipeline's order, from the records every stage shares to the entry points: a module may
# import its own layer or one before it, never one after it. A new module needs its place here.
LAYERS = (
    ("errors", "model", "names", "lexicon", "syntax", "headlines"),
    ("ingest",),
    ("clean",),
    ("dedupe",),
    ("nlp",),
    ("places",),
    ("timex",),
    ("entities",),
    ("events",),
    ("analysis",),
    ("cache", "engines"),
    ("aliases",),
    ("linking",),
    ("merge",),
    ("graph",),
    ("explore",),
    ("export",),
    ("result",),
    ("options",),
    ("pipeline",),
    ("evaluation", "cli", "__main__", ""),
)


def _top(module: str) -> str:
    """'graphbuild.timex.rules' -> 'timex'; the package itself is ''."""
    return module.removeprefix("graphbuild").removeprefix(".").partition(".")[0]


def _layer(module: str) -> int:
    return next(index for index, layer in enumerate(LAYERS) if _top(module) in layer)


def test_every_module_has_its_place_in_the_pipeline_order():
    named = {name for layer in LAYERS for name in layer}
    tops = {_top(module) for module in import_graph()}
    assert tops <= named, f"not in LAYERS: {sorted(tops - named)}"


def test_no_module_imports_a_later_stage():
    upward = [f"{a} -> {b}" for a, b in import_graph().edges if _layer(b) > _layer(a)]
    assert not upward, f"imports of a later stage: {upward}"
