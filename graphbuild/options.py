"""How to build: every choice of :func:`graphbuild.build` in one frozen object.

>>> from dataclasses import replace
>>> options = BuildOptions(model="en_core_web_md", jobs=2)
>>> options.engine, replace(options, jobs=4).jobs
('local', 4)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from graphbuild.ingest import LIMITS, Limits

if TYPE_CHECKING:
    from graphbuild.aliases import Aliases
    from graphbuild.cache import AnalysisCache

__all__ = ["BuildOptions", "Progress"]

T = TypeVar("T")
Progress = Callable[[Iterable[T], int], Iterable[T]]


@dataclass(frozen=True)
class BuildOptions:
    """What to build with, and where the work runs; none of it but ``aliases`` changes the output.

    ``model`` is a spaCy pipeline name or folder (default: the preferred installed one) for
    English, or a mapping of languages to pipelines (``{"en": ..., "de": "de_core_news_sm"}``):
    an article in a language without one is skipped, never read as English.
    ``aliases`` is an alias file (CSV or YAML, see :mod:`graphbuild.aliases`) or its contents:
    your corrections to which names are one entity, and of what type.
    ``fields`` maps record fields to your JSON/CSV columns, e.g. ``{"text": "story_body"}``;
    ``limits`` caps the size of what is read (:class:`graphbuild.ingest.Limits`).
    ``cache`` is a SQLite file (or an open :class:`~graphbuild.cache.AnalysisCache`) of
    per-article analyses: a re-run parses only new or changed articles, with the same result.
    ``engine``, ``jobs`` and ``scheduler`` say where the per-article work runs
    (see :func:`graphbuild.engines.run`); the output is the same on every engine.
    ``progress`` may wrap the article loop, e.g. ``lambda items, total: tqdm(items, total=total)``.
    """

    model: str | Mapping[str, str] | None = None
    aliases: str | Path | Aliases | None = None
    fields: Mapping[str, str] | None = None
    limits: Limits = LIMITS
    cache: str | Path | AnalysisCache | None = None
    engine: str = "local"
    jobs: int = 1
    scheduler: str | None = None
    progress: Progress | None = None
