"""graphbuild: news articles in, dated events linked to people, places and organisations out.

>>> import graphbuild
>>> result = graphbuild.build(["seeds"])            # doctest: +SKIP
>>> result.write("out")                             # doctest: +SKIP
"""

from __future__ import annotations

from importlib.metadata import version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graphbuild.explore import EVENT_TYPES
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build
    from graphbuild.result import Result

__version__ = version("graphbuild")
__all__ = ["EVENT_TYPES", "BuildOptions", "Result", "build", "__version__"]


def __getattr__(name: str):
    # Imported when first asked for, so that a worker process importing the per-article
    # stages (graphbuild.analysis) loads only them, not the whole pipeline and its exports.
    if name == "build":
        from graphbuild.pipeline import build

        return build
    if name == "Result":
        from graphbuild.result import Result

        return Result
    if name == "EVENT_TYPES":
        from graphbuild.explore import EVENT_TYPES

        return EVENT_TYPES
    if name == "BuildOptions":
        from graphbuild.options import BuildOptions

        return BuildOptions
    raise AttributeError(f"module 'graphbuild' has no attribute {name!r}")
