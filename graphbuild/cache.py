"""A cache of per-article analyses, so a re-run only parses new or changed articles.

An embedded SQLite database (``OUTDIR/.graphbuild-cache.sqlite`` from the command line, or
any path). An entry is keyed by what decides the analysis: the article's content (its id is
a hash of it), its publication date and how that date was found, the spaCy pipeline and the
pipeline version, and a hash of the code of the per-article stages (:data:`ANALYSIS_MODULES`),
so that a changed stage never serves stale results, while a change elsewhere (linking,
merging, the exports) keeps the cache. Only the per-article stages are cached; linking and
merging across articles run on every build, so a cached run gives the same output as a clean one.

Entries are JSON, written and read field by field with a type check on every value
(:func:`encode_entry`, :func:`decode_entry`), never pickles: the default cache sits in the output folder,
where anyone who can write a file could plant one, and reading it must never run code. A
damaged entry (not JSON, not UTF-8, a field of the wrong type) is analysed again, overwritten
and reported as a warning of its article. Entries written by other code of those stages
(another graphbuild version) or in another format can never be used again and are deleted
when the cache is opened, so the file does not grow with upgrades.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date
from functools import lru_cache
from pathlib import Path

from graphbuild.errors import CacheError
from graphbuild.model import (
    Article,
    ArticleAnalysis,
    DateValue,
    EntityMention,
    EventMention,
    Role,
    Source,
    TimeMention,
)

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS analyses "
    "(key TEXT PRIMARY KEY, version TEXT NOT NULL, analysis BLOB NOT NULL)"
)
# The entries' format: part of each entry's version, so entries of another format (the pickles
# of earlier graphbuild versions) are deleted, never read.
ENTRY_FORMAT = "json-2"
# Commit after this many new entries, so an interrupted build keeps most of its work.
_COMMIT_EVERY = 64
# How long to wait for another process that is writing to the same cache file.
_BUSY_SECONDS = 30.0


# The code that decides an article's analysis, which is what the cache stores: the per-article
# stages, what they are made of and the dataclasses they return. Each name is a module or a
# package (all of its .py files). tests/test_cache.py checks that every graphbuild module the
# analysis loads is here, so that the list cannot fall behind the code.
ANALYSIS_MODULES = (
    "graphbuild.analysis",
    "graphbuild.entities",
    "graphbuild.errors",
    "graphbuild.events",
    "graphbuild.headlines",
    "graphbuild.lexicon",
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


class DamagedEntry(ValueError):
    """A cache entry that is not what :func:`encode_entry` writes; the message says where."""


def encode_entry(analysis: ArticleAnalysis) -> bytes:
    """An analysis as a cache entry: UTF-8 JSON of its mentions, field by field. The article
    is not stored: :meth:`AnalysisCache.get` gives back the one being built.

    >>> kyiv = EntityMention("Kyiv", "GPE", 0, 4, 0)
    >>> article = Article("art-1", "a.txt", "Kyiv.")
    >>> entry = encode_entry(ArticleAnalysis(article, [kyiv], [], [], language="en"))
    >>> entry[:53]
    b'{"entities": [["Kyiv", "GPE", 0, 4, 0, null, null, nu'
    >>> decode_entry(entry, article).language
    'en'
    """
    entry = {
        "entities": [
            [m.text, m.type, m.start, m.end, m.sentence, m.evidence, m.place, m.basis]
            for m in analysis.entities
        ],
        "times": [_time_record(time) for time in analysis.times],
        "events": [_event_record(event) for event in analysis.events],
        "language": analysis.language,
        "skipped": analysis.skipped,
    }
    return json.dumps(entry, ensure_ascii=False).encode("utf-8")


def decode_entry(blob: object, article: Article) -> ArticleAnalysis:
    """The analysis of ``article`` that :func:`encode_entry` stored in ``blob``; a
    :class:`DamagedEntry` for anything else. Only JSON is parsed: nothing in it can run."""
    if not isinstance(blob, bytes):
        raise DamagedEntry(f"an entry of type {type(blob).__name__}, not bytes")
    try:
        entry = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise DamagedEntry(f"not UTF-8 JSON ({type(error).__name__})") from None
    entry = _fields(entry, "entry", ("entities", "times", "events", "language", "skipped"))
    entities = [_entity(item) for item in _typed(entry["entities"], list, "entities")]
    times = [_time(item) for item in _typed(entry["times"], list, "times")]
    events = [_event(item) for item in _typed(entry["events"], list, "events")]
    language = _typed(entry["language"], str, "language", optional=True)
    skipped = _typed(entry["skipped"], str, "skipped", optional=True)
    return ArticleAnalysis(article, entities, times, events, language=language, skipped=skipped)


def _date_record(value: DateValue) -> list:
    days = [day.isoformat() if day else None for day in (value.start, value.end)]
    return [value.value, *days, value.granularity, value.basis, value.text, value.type]


def _time_record(time: TimeMention) -> list:
    return [time.text, time.start, time.end, time.tense, _date_record(time.date)]


def _event_record(event: EventMention) -> dict:
    source = event.source
    return {
        "article": event.article,
        "trigger": event.trigger,
        "lemma": event.lemma,
        "type": event.type,
        "label": event.label,
        "modality": event.modality,
        "tense": event.tense,
        "roles": [[role.mention, role.role, role.content] for role in event.roles],
        "source": [source.article, source.sentence, source.start, source.end],
        "time": _time_record(event.time) if event.time is not None else None,
        "date": _date_record(event.date),
        "keywords": sorted(event.keywords),
        "quote": event.quote,
        "speaker": event.speaker,
        "trigger_start": event.trigger_start,
        "noun_start": event.noun_start,
        "coreferent": [list(word) for word in event.coreferent],
    }


def _typed(value, kind: type, where: str, optional: bool = False):
    """``value`` if it is a ``kind`` (or None when ``optional``); bool is no int here."""
    if optional and value is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DamagedEntry(f"{where} is a {type(value).__name__}, not {kind.__name__}")
    return value


def _fields(value, where: str, names: tuple[str, ...]) -> dict:
    record = _typed(value, dict, where)
    if set(record) != set(names):
        raise DamagedEntry(f"{where} has the fields {sorted(record)}, not {sorted(names)}")
    return record


def _items(value, where: str, count: int) -> list:
    items = _typed(value, list, where)
    if len(items) != count:
        raise DamagedEntry(f"{where} has {len(items)} items, not {count}")
    return items


def _day(value, where: str) -> date | None:
    text = _typed(value, str, where, optional=True)
    try:
        return date.fromisoformat(text) if text is not None else None
    except ValueError:
        raise DamagedEntry(f"{where} is not a date") from None


def _entity(value) -> EntityMention:
    text, kind, start, end, sentence, evidence, place, basis = _items(value, "an entity", 8)
    return EntityMention(
        _typed(text, str, "entity text"),
        _typed(kind, str, "entity type"),
        _typed(start, int, "entity start"),
        _typed(end, int, "entity end"),
        _typed(sentence, int, "entity sentence"),
        _typed(evidence, str, "entity evidence", optional=True),
        _typed(place, str, "entity place", optional=True),
        _typed(basis, str, "entity basis", optional=True),
    )


def _date(value) -> DateValue:
    timex, start, end, granularity, basis, text, kind = _items(value, "a date", 7)
    return DateValue(
        _typed(timex, str, "date value", optional=True),
        _day(start, "date start"),
        _day(end, "date end"),
        _typed(granularity, str, "date granularity", optional=True),
        _typed(basis, str, "date basis"),
        _typed(text, str, "date text", optional=True),
        _typed(kind, str, "date type"),
    )


def _time(value) -> TimeMention:
    text, start, end, tense, when = _items(value, "a time", 5)
    return TimeMention(
        _typed(text, str, "time text"),
        _typed(start, int, "time start"),
        _typed(end, int, "time end"),
        _typed(tense, str, "time tense"),
        _date(when),
    )


def _role(value) -> Role:
    mention, role, content = _items(value, "a role", 3)
    return Role(
        _typed(mention, int, "role mention"), _typed(role, str, "role"), _typed(content, bool, "role content")
    )


def _source(value) -> Source:
    article, sentence, start, end = _items(value, "a source", 4)
    return Source(
        _typed(article, str, "source article"),
        _typed(sentence, str, "source sentence"),
        _typed(start, int, "source start"),
        _typed(end, int, "source end"),
    )


_EVENT_FIELDS = (
    "article", "trigger", "lemma", "type", "label", "modality", "tense", "roles", "source", "time",
    "date", "keywords", "quote", "speaker", "trigger_start", "noun_start", "coreferent",
)  # fmt: skip


def _event(value) -> EventMention:
    record = _fields(value, "an event", _EVENT_FIELDS)
    text = {name: _typed(record[name], str, f"event {name}") for name in _EVENT_FIELDS[:7]}
    keywords = _typed(record["keywords"], list, "event keywords")
    return EventMention(
        **text,
        roles=[_role(role) for role in _typed(record["roles"], list, "event roles")],
        source=_source(record["source"]),
        time=_time(record["time"]) if record["time"] is not None else None,
        date=_date(record["date"]),
        keywords=frozenset(_typed(word, str, "event keyword") for word in keywords),
        quote=_typed(record["quote"], str, "event quote", optional=True),
        speaker=_typed(record["speaker"], str, "event speaker", optional=True),
        trigger_start=_typed(record["trigger_start"], int, "event trigger_start", optional=True),
        noun_start=_typed(record["noun_start"], int, "event noun_start", optional=True),
        coreferent=tuple(
            _coreferent(word) for word in _typed(record["coreferent"], list, "event coreferent")
        ),
    )


def _coreferent(value) -> tuple[int, str]:
    offset, lemma = _items(value, "a coreferent word", 2)
    return _typed(offset, int, "coreferent word offset"), _typed(lemma, str, "coreferent word lemma")


class AnalysisCache:
    """Per-article analyses by content (raw and cleaned), publication date, model and code version.

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
            # Another build using the same cache file holds it only while it commits.
            self.connection = sqlite3.connect(self.path, timeout=_BUSY_SECONDS)
            self.connection.execute(_SCHEMA)
            self.connection.execute("DELETE FROM analyses WHERE version != ?", (_version(),))
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
        # The id is the raw input's: the text and title that cleaning made of it are keyed too,
        # so an article cleaned differently (another graphbuild) is analysed again.
        published = article.published.isoformat() if article.published else ""
        read = (article.title or "", article.text)
        parts = (code_version(), self.model, article.id, *read, published, article.published_basis)
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def get(self, article: Article) -> ArticleAnalysis | None:
        """The cached analysis of ``article``, with the article itself in it (title, path and
        copy links may differ between runs), or None.

        A damaged entry is None too, so the article is analysed again and the entry
        overwritten; the article's warnings say so.
        """
        query = "SELECT analysis FROM analyses WHERE key = ?"
        row = self._run(query, (self.key(article),)).fetchone()
        analysis = None
        if row is not None:
            try:
                analysis = decode_entry(row[0], article)
            except DamagedEntry as error:
                article.warnings.append(
                    f"its cache entry in {self.path} is damaged ({error}); analysed again"
                )
        if analysis is None:
            self.misses += 1
            return None
        self.hits += 1
        return analysis

    def put(self, analysis: ArticleAnalysis) -> None:
        """Store an analysis as the per-article stages made it, before merging changes it."""
        self._run(
            "INSERT OR REPLACE INTO analyses (key, version, analysis) VALUES (?, ?, ?)",
            (self.key(analysis.article), _version(), encode_entry(analysis)),
        )
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._commit()

    def close(self) -> None:
        try:
            self._commit()
        finally:
            self.connection.close()

    def _commit(self) -> None:
        try:
            self.connection.commit()
        except sqlite3.Error as error:
            raise self._error("cannot save to it", error) from error
        self._pending = 0

    def _run(self, statement: str, values: tuple) -> sqlite3.Cursor:
        try:
            return self.connection.execute(statement, values)
        except sqlite3.Error as error:
            raise self._error("cannot use it", error) from error

    def _error(self, what: str, error: sqlite3.Error) -> CacheError:
        """A full disk, a locked or damaged file: one line naming the file and the cause."""
        return CacheError(
            f"{self.path}: {what} as graphbuild's cache ({error}); free space, "
            "choose another file with --cache, or run with --no-cache"
        )


def _version() -> str:
    """What an entry must have been written by: this code of the stages, in this format."""
    return f"{code_version()}/{ENTRY_FORMAT}"
