"""The graph stage: entities, events and articles as one networkx graph.

Nodes carry ``kind`` (entity, event or article) and ``type``; edges go from an event to
each participant (``relation`` is the role) and to each article that reports it
(``relation`` is ``reported_in``, with the sentence and its character offsets
``sentence_start``/``sentence_end``). Event nodes and their edges carry the event's
``start``/``end`` days, so tools with a time axis (Gephi's timeline) can play the story.
"""

from __future__ import annotations

import networkx as nx

from graphbuild.model import Article, Entity, Event


def build_graph(articles: list[Article], entities: list[Entity], events: list[Event]) -> nx.DiGraph:
    """A directed graph of everything found, with plain attributes on every node and edge."""
    graph = nx.DiGraph()
    for article in articles:
        graph.add_node(
            article.id,
            kind="article",
            type="ARTICLE",
            label=article.title or article.path,
            path=article.path,
            url=article.url,
            outlet=article.outlet,
            published=article.published.isoformat() if article.published else None,
            published_basis=article.published_basis,
        )
    for entity in entities:
        graph.add_node(
            entity.id,
            kind="entity",
            type=entity.type,
            label=entity.name,
            aliases=entity.aliases,
            mentions=entity.mentions,
            articles=entity.articles,
            lat=entity.lat,
            lon=entity.lon,
        )
    for event in events:
        graph.add_node(
            event.id,
            kind="event",
            type=event.type,
            label=event.label,
            trigger=event.trigger,
            date=event.date.value,
            start=isoformat_or_none(event.date.start),
            end=isoformat_or_none(event.date.end),
            granularity=event.date.granularity,
            basis=event.date.basis,
            modality=event.modality,
            quote=event.quote,
            sources=len(event.sources),
            independent_sources=event.independent_sources,
            confidence=event.confidence,
            date_conflict=event.date_conflict,
        )
        span = {"start": isoformat_or_none(event.date.start), "end": isoformat_or_none(event.date.end)}
        for participant in event.participants:
            graph.add_edge(event.id, participant.entity, relation=participant.role, **span)
        for source in event.sources:
            if not graph.has_edge(event.id, source.article):
                graph.add_edge(
                    event.id,
                    source.article,
                    relation="reported_in",
                    sentence=source.sentence,
                    sentence_start=source.start,
                    sentence_end=source.end,
                    **span,
                )
    return graph


def isoformat_or_none(value) -> str | None:
    """An ISO date string, or None for a missing date."""
    return value.isoformat() if value else None
