"""Every error graphbuild reports: one base class, one subclass per kind of cause.

Each message names the file, option or component at fault and the reason, so the command
line prints it as it is (``graphbuild: error: <message>``). Each subclass also derives from
the built-in exception it refines, so ``except ValueError`` keeps catching a bad input.

>>> issubclass(AliasError, GraphbuildError), issubclass(AliasError, ValueError)
(True, True)
"""

from __future__ import annotations

__all__ = [
    "AliasError",
    "BenchmarkDataError",
    "CacheError",
    "EngineError",
    "GraphbuildError",
    "InputError",
    "ModelError",
    "NameQueryError",
    "OptionError",
    "OutputError",
    "PeerError",
    "QueryError",
]


class GraphbuildError(Exception):
    """Something graphbuild cannot do as asked; the message says what and why."""


class InputError(GraphbuildError, ValueError):
    """Raised for an input that cannot be read; the message says why."""


class OptionError(GraphbuildError, ValueError):
    """Options that cannot be used together, or a value out of range; the message names the option."""


class OutputError(GraphbuildError, OSError):
    """An output folder that cannot be written (full disk, no permission, another build in it);
    the message names the path and the cause."""


class AliasError(GraphbuildError, ValueError):
    """An alias file that cannot be used; the message names the file and the reason."""


class ModelError(GraphbuildError, RuntimeError):
    """No usable spaCy pipeline: the message says which were looked for and how to get one."""


class CacheError(GraphbuildError, RuntimeError):
    """The cache file cannot be used: the message names the file and the reason."""


class EngineError(GraphbuildError, RuntimeError):
    """An engine could not run: the message names the engine and the reason."""


class PeerError(GraphbuildError, RuntimeError):
    """HeidelTime cannot run here; the message says what to install."""


class QueryError(GraphbuildError, ValueError):
    """A question asked of a build that cannot be answered as asked: an unknown event type, a
    date that does not exist, a reversed range, a name that fits several entities."""


class NameQueryError(QueryError, KeyError):
    """A name or id that names no entity or node of the build, or several (also a ``KeyError``)."""

    def __str__(self) -> str:
        # KeyError's own str() quotes its message; this one reads as a sentence.
        return str(self.args[0]) if self.args else ""


class BenchmarkDataError(GraphbuildError, FileNotFoundError):
    """A benchmark folder without the documents or gold files it should hold; the message names it."""
