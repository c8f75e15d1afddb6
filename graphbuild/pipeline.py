"""Run the stages in order: ingest -> clean -> nlp -> time -> entities -> events -> merge -> graph.

>>> result = build(["seeds"])                                   # doctest: +SKIP
>>> result.events[0].label                                      # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from graphbuild import engines
from graphbuild import nlp as nlp_stage
from graphbuild.aliases import Aliases, read_aliases
from graphbuild.cache import AnalysisCache
from graphbuild.clean import clean
from graphbuild.dedupe import find_copies
from graphbuild.graph import build_graph
from graphbuild.ingest import LIMITS, Limits, read_inputs
from graphbuild.linking import link
from graphbuild.merge import merge_events
from graphbuild.model import Article, ArticleAnalysis, RawArticle, Skipped
from graphbuild.result import Result

T = TypeVar("T")
Progress = Callable[[Iterable[T], int], Iterable[T]]


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
    return Result(
        articles,
        skipped,
        entities,
        events,
        graph,
        model_id,
        list(inputs),
        from_cache,
        analyses,
        mention_entity,
    )


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
