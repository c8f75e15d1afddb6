"""One article's analysis: the per-article stages (time, entities, events) on its parsed text.

This is what the engines run (:mod:`graphbuild.engines`), and what the cache stores: its key
hashes the code of these stages (:data:`graphbuild.cache.ANALYSIS_MODULES`).

>>> from graphbuild.model import Article
>>> [len(analysis.entities) for analysis in analyse_batch([Article("art-1", "a.txt", "Kyiv is calm.")], None)]
[1]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from graphbuild import nlp as nlp_stage
from graphbuild.entities import find_entities
from graphbuild.events import find_events
from graphbuild.model import Article, ArticleAnalysis, Basis
from graphbuild.timex import find_times

__all__ = ["analyse", "analyse_batch", "analyse_each"]


def analyse(article: Article, doc) -> ArticleAnalysis:
    """The per-article stages on a parsed article: time expressions, entity mentions, events.

    A failure on one article is returned as its analysis's ``error`` rather than raised, so
    that one odd text never stops a build of thousands: the build reports it as skipped.
    """
    try:
        times = find_times(doc, article.published)
        entities = find_entities(doc)
        events = find_events(doc, article.id, entities, times, article.published, Basis.PUBLICATION)
    except Exception as error:  # the boundary between one article and all the others
        return ArticleAnalysis(article, [], [], [], error=f"{type(error).__name__}: {error}")
    return ArticleAnalysis(article, entities, times, events)


def analyse_batch(articles: Sequence[Article], model: str) -> list[ArticleAnalysis]:
    """Parse and analyse a batch of articles with the pipeline ``model`` (loaded once per process)."""
    return list(analyse_each(articles, model))


def analyse_each(articles: Sequence[Article], model) -> Iterator[ArticleAnalysis]:
    """Parse and analyse ``articles`` with the pipeline ``model`` (or, for a mapping of
    languages to pipelines, each with its language's), yielding each analysis in order."""
    chosen = nlp_stage.pipelines(model)
    readings = [_reading(article, chosen) for article in articles]
    parsed = {}
    for name in sorted({pipeline for _, pipeline in readings if pipeline}):
        batch = [
            article for article, (_, pipeline) in zip(articles, readings, strict=True) if pipeline == name
        ]
        parsed[name] = nlp_stage.parse(nlp_stage.load(name), (article.text for article in batch))
    for article, (language, pipeline) in zip(articles, readings, strict=True):
        if pipeline is None:
            reason = f"not English ({language}): no pipeline for it"
            yield ArticleAnalysis(article, [], [], [], skipped=reason, language=language)
        else:
            yield replace(analyse(article, next(parsed[pipeline])), language=language)


def _reading(article: Article, chosen: dict[str, str]) -> tuple[str, str | None]:
    """The article's detected language, and the pipeline for it (None: none installed).

    Checked before parsing: a page in Russian is never read by the English model.
    """
    language = nlp_stage.detect_language(article.text) or "en"
    return language, chosen.get(language)
