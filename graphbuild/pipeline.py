"""Run the stages in order: ingest -> clean -> nlp -> time -> entities -> events -> merge -> graph.

>>> result = build(["seeds"])                                   # doctest: +SKIP
>>> result.events[0].label                                      # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

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
from graphbuild.options import BuildOptions
from graphbuild.result import Result


def build(paths: Iterable[str | Path], options: BuildOptions | None = None, **choices) -> Result:
    """Build events, entities and their graph from the articles under ``paths``.

    ``options`` is a :class:`~graphbuild.options.BuildOptions`; any of its fields may also be
    given as a keyword, over ``options``: ``build(paths, model="en_core_web_md", jobs=2)``.
    """
    options = _options(options, choices)
    if options.aliases is not None and not isinstance(options.aliases, Aliases):
        options = replace(options, aliases=read_aliases(options.aliases))
    inputs = read_articles(paths, options.fields, options.limits)
    return build_from(inputs, options)


def build_from(inputs: Sequence[Article | Skipped], options: BuildOptions | None = None) -> Result:
    """:func:`build` on inputs already read (see :func:`read_articles`)."""
    options = _options(options, {})
    aliases = options.aliases
    if aliases is not None and not isinstance(aliases, Aliases):
        aliases = read_aliases(aliases)
    articles = [item for item in inputs if isinstance(item, Article)]
    skipped = [item for item in inputs if isinstance(item, Skipped)]
    model_id = nlp_stage.describe(options.model)
    cache = options.cache
    if isinstance(cache, str | Path):
        # No cache file for nothing to analyse.
        opened = AnalysisCache(cache, model_id) if articles else None
    else:
        opened = cache
    hits_before = opened.hits if opened is not None else 0
    try:
        analyses = analyse_articles(articles, options, opened)
    finally:
        if opened is not None and opened is not cache:
            opened.close()
    from_cache = opened.hits - hits_before if opened is not None else 0
    failed = {
        analysis.article.id: Skipped(
            analysis.article.path,
            analysis.skipped or f"analysis failed: {analysis.error}",
            language=analysis.language if analysis.skipped else None,
        )
        for analysis in analyses
        if analysis.error is not None or analysis.skipped is not None
    }
    if failed:
        inputs = [
            failed[item.id] if isinstance(item, Article) and item.id in failed else item for item in inputs
        ]
        articles = [article for article in articles if article.id not in failed]
        skipped = [item for item in inputs if isinstance(item, Skipped)]
        analyses = [analysis for analysis in analyses if analysis.article.id not in failed]

    for analysis in analyses:
        analysis.article.language = analysis.language  # the article we hold, as merging updates it
    # Across articles, by article id (a hash of the text), not in the order they were given:
    # which name or type a tie goes to, and which entity gets an id's "-2", must not depend on it.
    by_id = sorted(analyses, key=lambda analysis: analysis.article.id)
    entities, mention_entity = link(by_id, aliases)
    events = merge_events(by_id, entities, mention_entity)
    graph = build_graph(sorted(articles, key=lambda article: article.id), entities, events)
    return Result(
        articles,
        skipped,
        entities,
        events,
        graph,
        model_id,
        list(inputs),
        from_cache,
        analyses=analyses,
        mention_entity=mention_entity,
    )


def analyse_articles(
    articles: Sequence[Article], options: BuildOptions | None = None, cache: AnalysisCache | None = None
) -> list[ArticleAnalysis]:
    """The per-article analyses, in order: from ``cache`` where it has them, else computed
    where ``options`` say (and then stored in ``cache``, before merging changes them)."""
    options = _options(options, {})
    cached = {article.id: cache.get(article) for article in articles} if cache is not None else {}
    todo = [article for article in articles if cached.get(article.id) is None]
    computed = engines.run(todo, options.model, options.engine, options.jobs, options.scheduler)
    if options.progress is not None:
        computed = options.progress(computed, len(todo))
    for article, analysis in zip(todo, computed, strict=True):
        # A failed analysis is tried again next time, when a fixed graphbuild may succeed.
        if cache is not None and analysis.error is None:
            cache.put(analysis)
        # Another process sends back a copy of the article: merging must update the one we hold.
        cached[article.id] = replace(analysis, article=article)
    return [cached[article.id] for article in articles]


def _options(options: BuildOptions | None, choices: dict) -> BuildOptions:
    if options is not None and not isinstance(options, BuildOptions):
        raise TypeError(
            f"options must be a BuildOptions, not {type(options).__name__}; give the others by name, "
            "e.g. build(paths, model=...)"
        )
    return replace(options or BuildOptions(), **choices)


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
    # By id, so that of two copies published the same day the original does not depend on the input order.
    for copy, (original, similarity) in find_copies(sorted(seen.values(), key=lambda a: a.id)).items():
        seen[copy].duplicate_of = original
        seen[copy].similarity = similarity
    return inputs
