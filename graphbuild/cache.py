"""A cache of per-article analyses, so a re-run only parses new or changed articles.

An embedded SQLite database (``OUTDIR/.graphbuild-cache.sqlite`` from the command line, or
any path). An entry is keyed by what decides the analysis: the article's content (its id is
a hash of it), its publication date and how that date was found, the spaCy pipeline and the
pipeline version, and a hash of the code of the per-article stages (:data:`ANALYSIS_MODULES`),
so that a changed stage never serves stale results, while a change elsewhere (linking,
merging, the exports) keeps the cache. Only the per-article stages are cached; linking and
merging across articles run on every build, so a cached run gives the same output as a clean one.

Entries are pickled: the database is a private working file of the user's own runs, not
something to exchange. Entries written by other code of those stages (another graphbuild
version) can never be used again and are deleted when the cache is opened, so the file does
not grow with upgrades.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from graphbuild.errors import CacheError
from graphbuild.model import Article, ArticleAnalysis

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS analyses "
    "(key TEXT PRIMARY KEY, version TEXT NOT NULL, analysis BLOB NOT NULL)"
)
# Commit after this many new entries, so an interrupted build keeps most of its work.
_COMMIT_EVERY = 64


# The code that decides an article's analysis, which is what the cache stores: the per-article
# stages, what they are made of and the dataclasses they return. Each name is a module or a
# package (all of its .py files). tests/test_cache.py checks that every graphbuild module the
# analysis loads is here, so that the list cannot fall behind the code.
ANALYSIS_MODULES = (
    "graphbuild.analysis",
    "graphbuild.entities",
    "graphbuild.errors",
    "graphbuild.events",
    "graphbuild.model",
    "graphbuild.names",
    "graphbuild.nlp",
    "graphbuild.places",
    "graphbuild.syntax",
    "graphbuild.timex",
)


def analysis_sources() -> list[Path]:
    """The source files of :data:`ANALYSIS_MODULES`, in order (a package's sorted by path).

    >>> [path.name for path in analysis_sources()][:2]
    ['analysis.py', 'entities.py']
    """
    root = Path(__file__).parent
    sources = []
    for name in ANALYSIS_MODULES:
        relative = Path(*name.split(".")[1:])
        if (root / relative).with_suffix(".py").is_file():
            sources.append((root / relative).with_suffix(".py"))
        elif (root / relative / "__init__.py").is_file():
            sources.extend(sorted((root / relative).rglob("*.py")))
        else:
            raise ModuleNotFoundError(f"{name}: no such module or package under {root}", name=name)
    return sources


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the per-article stages' code (:func:`analysis_sources`): a change to one of them
    changes every cache key; a change to linking, merging or the exports changes none."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in analysis_sources():
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class AnalysisCache:
    """Per-article analyses by content, publication date, model and code version.

    >>> import tempfile
    >>> from graphbuild.model import Article, ArticleAnalysis
    >>> article = Article("art-1", "a.txt", "Text.")
    >>> with AnalysisCache(Path(tempfile.mkdtemp()) / "c.sqlite", "en_core_web_sm-3.8.0") as cache:
    ...     cache.get(article) is None, cache.put(ArticleAnalysis(article, [], [], [])), len(cache)
    (True, None, 1)
    """

    def __init__(self, path: str | Path, model: str):
        self.path = Path(path)
        self.model = model
        self.hits = 0
        self.misses = 0
        self._pending = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(self.path)
            self.connection.execute(_SCHEMA)
            self.connection.execute("DELETE FROM analyses WHERE version != ?", (code_version(),))
            self.connection.commit()
        except (OSError, sqlite3.Error) as error:
            raise CacheError(
                f"{self.path}: cannot use it as graphbuild's cache ({error}); delete it, "
                "choose another file with --cache, or run with --no-cache"
            ) from error

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return self.connection.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]

    def key(self, article: Article) -> str:
        published = article.published.isoformat() if article.published else ""
        parts = (code_version(), self.model, article.id, published, article.published_basis)
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def get(self, article: Article) -> ArticleAnalysis | None:
        """The cached analysis of ``article``, with the article itself in it (title, path and
        copy links may differ between runs), or None."""
        query = "SELECT analysis FROM analyses WHERE key = ?"
        row = self.connection.execute(query, (self.key(article),)).fetchone()
        try:
            analysis = pickle.loads(row[0]) if row is not None else None
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            analysis = None  # a damaged entry is analysed again and overwritten
        if analysis is None:
            self.misses += 1
            return None
        self.hits += 1
        return replace(analysis, article=article)

    def put(self, analysis: ArticleAnalysis) -> None:
        """Store an analysis as the per-article stages made it, before merging changes it."""
        blob = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
        self.connection.execute(
            "INSERT OR REPLACE INTO analyses (key, version, analysis) VALUES (?, ?, ?)",
            (self.key(analysis.article), code_version(), blob),
        )
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self.connection.commit()
            self._pending = 0

    def close(self) -> None:
        self.connection.commit()
        self.connection.close()
