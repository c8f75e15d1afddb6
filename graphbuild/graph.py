"""The graph stage: entities, events and articles as one networkx graph.

Nodes carry ``kind`` (entity, event or article) and ``type``; edges go from an event to
each participant (``relation`` is the role) and to each article that reports it
(``relation`` is ``reported_in``, with the sentence and its character offsets
``sentence_start``/``sentence_end``). Event nodes and their edges carry the event's
``start``/``end`` days, so tools with a time axis (Gephi's timeline) can play the story.

:func:`stories` groups the events into stories (events sharing actors, close in time), which
graph.html colours and names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

import networkx as nx

from graphbuild.model import Article, Entity, Event

# Two events of one entity at most this many days apart belong together more than its others.
STORY_DAYS = 7
# A story is named by this many of its leading actors.
STORY_ACTORS = 3
# Louvain starts from a random order of nodes: a fixed seed gives the same stories every run.
STORY_SEED = 7


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


@dataclass(frozen=True)
class Story:
    """A cluster of events that share actors and dates, with the entities that take part."""

    events: list[str]
    # Every entity of the story, leading first (most events in the story, then most mentions).
    entities: list[str]
    # The ids and names of its leading actors, who take part in most of its events (people,
    # organisations, things; places only when no one else takes part): they name the story.
    leaders: list[str]
    actors: list[str]
    start: date | None
    end: date | None

    @property
    def name(self) -> str:
        return ", ".join(self.actors)


def stories(entities: list[Entity], events: list[Event]) -> list[Story]:
    """The stories of a build, biggest first: communities (Louvain, fixed seed) of the graph
    of events and their participants, in which each entity's events also link to its next
    event when that falls within ``STORY_DAYS`` (nearer, more strongly), so that one actor's
    stories of different weeks part. A story holds at least two events; an entity belongs to
    one story (the one its events lean to) but can lead several; an event without
    participants is in none.

    >>> from graphbuild.model import DateValue, Participant
    >>> def event(id, day, *names):
    ...     when = DateValue(day, date.fromisoformat(day), date.fromisoformat(day), "day", "explicit")
    ...     cast = [Participant(name.lower(), name, "PERSON", "agent") for name in names]
    ...     return Event(id, id, "statement", "said", when, cast, [], [], "asserted")
    >>> people = [Entity(name, name.title(), "PERSON", [], 1, []) for name in ("ann", "bob", "cy", "dee")]
    >>> found = stories(people, [event("e1", "2023-02-01", "Ann", "Bob"), event("e2", "2023-02-02", "Ann"),
    ...                          event("e3", "2023-06-01", "Cy", "Dee"), event("e4", "2023-06-03", "Dee")])
    >>> [(s.events, s.name, str(s.start)) for s in found]
    [(['e1', 'e2'], 'Ann, Bob', '2023-02-01'), (['e3', 'e4'], 'Dee, Cy', '2023-06-01')]
    """
    known = {entity.id: entity for entity in entities}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(event.id for event in events))
    graph.add_nodes_from(sorted(known))
    dated_of: dict[str, list[Event]] = {}
    for event in events:
        for entity_id in sorted({p.entity for p in event.participants if p.entity in known}):
            graph.add_edge(event.id, entity_id, weight=1.0)
            if event.date.start:
                dated_of.setdefault(entity_id, []).append(event)
    for entity_id in sorted(dated_of):
        own = sorted(dated_of[entity_id], key=lambda e: (e.date.start, e.id))
        for one, other in zip(own, own[1:], strict=False):
            gap = (other.date.start - one.date.end).days
            if gap <= STORY_DAYS:
                weight = 1 / (1 + max(gap, 0))
                previous = graph.get_edge_data(one.id, other.id, {"weight": 0.0})["weight"]
                graph.add_edge(one.id, other.id, weight=previous + weight)
    by_id = {event.id: event for event in events}
    found = []
    for community in nx.community.louvain_communities(graph, weight="weight", seed=STORY_SEED):
        own = sorted(node for node in community if node in by_id)
        if len(own) < 2:
            continue
        count = Counter(entity for e in own for entity in {p.entity for p in by_id[e].participants})
        members = sorted(
            (node for node in community if node in known),
            key=lambda node: (-count[node], -known[node].mentions, node),
        )
        # Its leaders are whoever takes part in most of its events, even one whose own
        # community is another story (an actor in several stories leads each of them).
        cast = sorted(
            (node for node in count if node in known),
            key=lambda node: (-count[node], -known[node].mentions, node),
        )
        actors = [node for node in cast if known[node].type != "PLACE"] or cast
        days = [by_id[e].date for e in own if by_id[e].date.start]
        found.append(
            Story(
                events=own,
                entities=members,
                leaders=actors[:STORY_ACTORS],
                actors=[known[node].name for node in actors[:STORY_ACTORS]],
                start=min((d.start for d in days), default=None),
                end=max((d.end for d in days), default=None),
            )
        )
    return sorted(found, key=lambda story: (-len(story.events), -len(story.entities), story.events[0]))
