"""Run the stages in order: ingest -> clean -> nlp -> time -> entities -> events -> merge -> graph.

>>> result = build(["seeds"])                                   # doctest: +SKIP
>>> result.events[0].label                                      # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import networkx as nx

from graphbuild import engines
from graphbuild import nlp as nlp_stage
from graphbuild.aliases import Aliases, read_aliases
from graphbuild.cache import AnalysisCache
from graphbuild.clean import clean
from graphbuild.dedupe import find_copies
from graphbuild.entities import link
from graphbuild.explore import EventList, entities_named, entity_timeline, node_neighbours
from graphbuild.graph import build_graph
from graphbuild.ingest import LIMITS, Limits, read_inputs
from graphbuild.merge import merge_events
from graphbuild.model import Article, ArticleAnalysis, Entity, Event, RawArticle, Skipped

T = TypeVar("T")
Progress = Callable[[Iterable[T], int], Iterable[T]]


@dataclass
class Result:
    """What a build found: articles (used and skipped), entities, events and their graph."""

    articles: list[Article]
    skipped: list[Skipped]
    entities: list[Entity]
    events: list[Event]
    graph: nx.DiGraph
    model: str
    inputs: list[Article | Skipped] = field(default_factory=list)
    # How many articles' analyses came from the cache instead of being computed.
    from_cache: int = 0

    def __post_init__(self) -> None:
        # A list that can be called to query it: result.events(entity="Zelensky", type="statement").
        self.events = EventList(self.events, self.entities)

    def __repr__(self) -> str:
        return (
            f"<graphbuild.Result: {len(self.articles)} articles ({len(self.skipped)} "
            f"skipped), {len(self.entities)} entities, {len(self.events)} events>"
        )

    def _repr_html_(self) -> str:
        import html

        rows = "".join(
            f"<tr><td>{html.escape(event.date.value or 'undated')}</td><td>{html.escape(event.type)}</td>"
            f"<td>{html.escape(event.label)}</td><td>{len(event.sources)}</td></tr>"
            for event in self.events[:10]
        )
        return (
            f"<p><b>graphbuild</b>: {len(self.articles)} articles ({len(self.skipped)} skipped), "
            f"{len(self.entities)} entities, {len(self.events)} events; model {html.escape(self.model)}</p>"
            f"<table><tr><th>date</th><th>type</th><th>event</th><th>sources</th></tr>{rows}</table>"
        )

    def events_frame(self):
        """The events as a pandas DataFrame, one row per event (needs pandas)."""
        import pandas as pd

        from graphbuild.export.files import event_record

        rows = []
        for event in self.events:
            record = event_record(event)
            rows.append(
                {
                    "id": event.id,
                    "date": event.date.value,
                    "start": event.date.start,
                    "end": event.date.end,
                    "granularity": event.date.granularity,
                    "basis": event.date.basis,
                    "type": event.type,
                    "label": event.label,
                    "modality": event.modality,
                    "participants": ", ".join(f"{p['name']} ({p['role']})" for p in record["participants"]),
                    "sources": len(event.sources),
                }
            )
        return pd.DataFrame(rows)

    def entities_frame(self):
        """The entities as a pandas DataFrame (needs pandas)."""
        import pandas as pd

        return pd.DataFrame([vars(entity) for entity in self.entities])

    def timeline(self, entity: str):
        """One entity's events in date order, with its role in each, as a DataFrame.

        ``entity`` is an id, a name or alias in any case ("kiev"), or part of a name.
        """
        import pandas as pd

        rows = [
            {
                "date": event.date.value,
                "start": event.date.start,
                "end": event.date.end,
                "role": role,
                "type": event.type,
                "label": event.label,
                "sources": len(event.sources),
                "id": event.id,
            }
            for event, role in entity_timeline(self.events, entity)
        ]
        return pd.DataFrame(rows, columns=["date", "start", "end", "role", "type", "label", "sources", "id"])

    def neighbours(self, node: str):
        """The nodes linked to ``node`` (an id, or an entity's name) with the relation, as a DataFrame."""
        import pandas as pd

        if node not in self.graph:
            found = entities_named(self.entities, node)
            if not found:
                raise KeyError(f"no node or entity named {node!r}")
            if len(found) > 1:
                ids = ", ".join(entity.id for entity in found)
                raise KeyError(f"{node!r} names {len(found)} entities ({ids}); give one id")
            node = found[0].id
        rows = node_neighbours(self.graph, node)
        return pd.DataFrame(rows, columns=["id", "kind", "type", "label", "relation", "direction"])

    def show_graph(self, height: int = 600):
        """The interactive graph, inline in Jupyter."""
        return self._inline("graph.html", height)

    def show_timeline(self, height: int = 500):
        """The interactive timeline, inline in Jupyter."""
        return self._inline("timeline.html", height)

    def _inline(self, name: str, height: int):
        import html
        import tempfile

        from IPython.display import HTML

        from graphbuild.export import write_all

        with tempfile.TemporaryDirectory() as folder:
            path = write_all(self, Path(folder), [name])[name]
            page = path.read_text(encoding="utf-8")
        # srcdoc keeps the page self-contained and sandboxed from the notebook.
        return HTML(
            f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;'
            f'border:1px solid #ddd" sandbox="allow-scripts"></iframe>'
        )

    def write(
        self,
        outdir: str | Path,
        formats: Sequence[str] | None = None,
        keep_dropped: bool = False,
        max_nodes: int | None = None,
    ) -> dict[str, Path]:
        """Write every output (or only ``formats``) into ``outdir``; returns name -> path.

        ``keep_dropped`` also writes ``dropped/<article id>.tsv``: each line that cleaning
        removed from the article, with its line number and the reason. ``max_nodes`` caps
        what graph.html draws (default ``graphbuild.export.html.MAX_NODES``).
        """
        from graphbuild.export import write_all

        return write_all(self, Path(outdir), formats, keep_dropped, max_nodes)


def build(
    paths: Iterable[str | Path],
    model: str | None = None,
    progress: Progress | None = None,
    fields: Mapping[str, str] | None = None,
    limits: Limits = LIMITS,
    aliases: str | Path | Aliases | None = None,
    cache: str | Path | AnalysisCache | None = None,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
) -> Result:
    """Build events, entities and their graph from the articles under ``paths``.

    ``model`` is a spaCy pipeline name or folder (default: the preferred installed one).
    ``progress`` may wrap the article loop, e.g. ``lambda items, total: tqdm(items, total=total)``.
    ``fields`` maps record fields to your JSON/CSV columns, e.g. ``{"text": "story_body"}``.
    ``aliases`` is an alias file (CSV or YAML, see :mod:`graphbuild.aliases`) or its contents:
    your corrections to which names are one entity, and of what type.
    ``cache`` is a SQLite file (or an open :class:`~graphbuild.cache.AnalysisCache`) of
    per-article analyses: a re-run parses only new or changed articles, with the same result.
    ``engine``, ``jobs`` and ``scheduler`` say where the per-article work runs
    (see :func:`graphbuild.engines.run`); the output is the same on every engine.
    """
    if aliases is not None and not isinstance(aliases, Aliases):
        aliases = read_aliases(aliases)
    inputs = read_articles(paths, fields, limits)
    return build_from(inputs, model, progress, aliases, cache, engine, jobs, scheduler)


def build_from(
    inputs: Sequence[Article | Skipped],
    model: str | None = None,
    progress: Progress | None = None,
    aliases: Aliases | None = None,
    cache: str | Path | AnalysisCache | None = None,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
) -> Result:
    """:func:`build` on inputs already read (see :func:`read_articles`)."""
    articles = [item for item in inputs if isinstance(item, Article)]
    skipped = [item for item in inputs if isinstance(item, Skipped)]
    model_id = nlp_stage.describe(model)
    opened = AnalysisCache(cache, model_id) if isinstance(cache, str | Path) else cache
    hits_before = opened.hits if opened is not None else 0
    try:
        analyses = analyse_articles(articles, model, progress, opened, engine, jobs, scheduler)
    finally:
        if opened is not None and opened is not cache:
            opened.close()
    from_cache = opened.hits - hits_before if opened is not None else 0
    failed = {analysis.article.id: analysis.error for analysis in analyses if analysis.error is not None}
    if failed:
        inputs = [
            Skipped(item.path, f"analysis failed: {failed[item.id]}")
            if isinstance(item, Article) and item.id in failed
            else item
            for item in inputs
        ]
        articles = [article for article in articles if article.id not in failed]
        skipped = [item for item in inputs if isinstance(item, Skipped)]
        analyses = [analysis for analysis in analyses if analysis.error is None]

    entities, mention_entity = link(analyses, aliases)
    events = merge_events(analyses, entities, mention_entity)
    graph = build_graph(articles, entities, events)
    return Result(articles, skipped, entities, events, graph, model_id, list(inputs), from_cache)


def analyse_articles(
    articles: Sequence[Article],
    model: str | None = None,
    progress: Progress | None = None,
    cache: AnalysisCache | None = None,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
) -> list[ArticleAnalysis]:
    """The per-article analyses, in order: from ``cache`` where it has them, else computed
    on ``engine`` (and then stored in ``cache``, before merging changes them)."""
    cached = {article.id: cache.get(article) for article in articles} if cache is not None else {}
    todo = [article for article in articles if cached.get(article.id) is None]
    computed = engines.run(todo, model, engine, jobs, scheduler)
    if progress is not None:
        computed = progress(computed, len(todo))
    for article, analysis in zip(todo, computed, strict=True):
        # A failed analysis is tried again next time, when a fixed graphbuild may succeed.
        if cache is not None and analysis.error is None:
            cache.put(analysis)
        # Another process sends back a copy of the article: merging must update the one we hold.
        cached[article.id] = replace(analysis, article=article)
    return [cached[article.id] for article in articles]


def read_articles(
    paths: Iterable[str | Path],
    fields: Mapping[str, str] | None = None,
    limits: Limits = LIMITS,
) -> list[Article | Skipped]:
    """Ingest and clean every input, in order: an :class:`Article` or a :class:`Skipped` for each.

    Exact duplicates are skipped; near-identical copies are kept and name the article they copy.
    """
    return prepare_articles(read_inputs(paths, fields, limits))


def prepare_articles(records: Iterable[RawArticle | Skipped]) -> list[Article | Skipped]:
    """Clean ingested records into articles; see :func:`read_articles`."""
    inputs: list[Article | Skipped] = []
    seen: dict[str, Article] = {}
    for record in records:
        if isinstance(record, Skipped):
            inputs.append(record)
            continue
        article = clean(record)
        if not article.text.strip():
            reason = f"no article text left after removing {len(article.dropped_lines)} boilerplate lines"
            inputs.append(Skipped(record.path, reason))
        elif article.id in seen:
            inputs.append(Skipped(record.path, f"duplicate of {seen[article.id].path}"))
        else:
            seen[article.id] = article
            inputs.append(article)
    for copy, (original, similarity) in find_copies(list(seen.values())).items():
        seen[copy].duplicate_of = original
        seen[copy].similarity = similarity
    return inputs
