"""graphbuild: news articles in, dated events linked to people, places and organisations out.

>>> import graphbuild
>>> result = graphbuild.build(["seeds"])            # doctest: +SKIP
>>> result.write("out")                             # doctest: +SKIP
"""

from importlib.metadata import version

from graphbuild.pipeline import build
from graphbuild.result import Result

__version__ = version("graphbuild")
__all__ = ["Result", "build", "__version__"]
