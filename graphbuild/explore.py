"""Questions a user asks of a build in Jupyter: which events, one entity's timeline, a node's
neighbours. Plain functions over a build's lists and graph; ``Result`` exposes them as
``result.events(...)``, ``result.timeline(...)`` and ``result.neighbours(...)``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime

import networkx as nx

from graphbuild.model import Entity, Event


def entities_named(entities: Iterable[Entity], query: str) -> list[Entity]:
    """The entities ``query`` names: by id, else by name or alias (any case), else by part of a name.

    >>> eu = Entity("org:european-union", "European Union", "ORG", ["EU", "European Union"], 3, [])
    >>> kyiv = Entity("place:kyiv", "Kyiv", "PLACE", ["Kyiv", "Kiev"], 2, [])
    >>> [e.id for e in entities_named([eu, kyiv], "kiev")]
    ['place:kyiv']
    >>> [e.id for e in entities_named([eu, kyiv], "union")]
    ['org:european-union']
    """
    entities = list(entities)
    wanted = query.casefold()
    for matches in (
        lambda e: e.id == query,
        lambda e: wanted in {name.casefold() for name in (e.name, *e.aliases)},
        lambda e: wanted in e.name.casefold(),
    ):
        found = [entity for entity in entities if matches(entity)]
        if found:
            return found
    return []


def as_day(value: date | str | None, last: bool = False) -> date | None:
    """A day from a date or an ISO year, month or day; ``last`` takes the period's last day.

    >>> as_day("2023-02", last=True), as_day("2022"), as_day(None)
    (datetime.date(2023, 2, 28), datetime.date(2022, 1, 1), None)
    """
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    parts = [int(part) for part in str(value).split("-")]
    year, month, day = (parts + [None, None])[:3]
    if month is None:
        month = 12 if last else 1
    if day is None:
        day = calendar.monthrange(year, month)[1] if last else 1
    return date(year, month, day)


class EventList(list):
    """The events of a build: a plain list that can also be called to ask for some of them.

    ``events(entity="Zelensky", start="2023-02", end="2023-02-28", type="statement")`` keeps
    the events where that entity takes part, whose dates overlap the range (undated events
    are left out once a range is given) and of that type. The answer is an ``EventList`` too.
    """

    def __init__(self, events: Iterable[Event] = (), entities: Iterable[Entity] = ()):
        super().__init__(events)
        self.entities = list(entities)

    def __call__(
        self,
        entity: str | None = None,
        start: date | str | None = None,
        end: date | str | None = None,
        type: str | None = None,
    ) -> EventList:
        kept: Iterable[Event] = self
        if entity is not None:
            ids = {found.id for found in entities_named(self.entities, entity)}
            if not ids:
                raise KeyError(f"no entity named {entity!r}")
            kept = [event for event in kept if any(p.entity in ids for p in event.participants)]
        first, last = as_day(start), as_day(end, last=True)
        if first or last:
            kept = [
                event
                for event in kept
                if event.date.start
                and (last is None or event.date.start <= last)
                and (first is None or event.date.end >= first)
            ]
        if type is not None:
            kept = [event for event in kept if event.type == type]
        return EventList(kept, self.entities)


def entity_timeline(events: EventList, entity: str) -> list[tuple[Event, str]]:
    """Each event of ``entity`` with its role there, in date order, undated ones last."""
    ids = {found.id for found in entities_named(events.entities, entity)}
    if not ids:
        raise KeyError(f"no entity named {entity!r}")
    rows = []
    for event in events:
        roles = list(dict.fromkeys(p.role for p in event.participants if p.entity in ids))
        if roles:
            rows.append((event, ", ".join(roles)))
    return sorted(rows, key=lambda row: (row[0].date.start is None, row[0].date.start or date.min, row[0].id))


def node_neighbours(graph: nx.DiGraph, node: str) -> list[dict]:
    """Every node linked to ``node``, with the relation and its direction, sorted by id."""
    if node not in graph:
        raise KeyError(f"no node {node!r} in the graph")
    rows = []
    for other, direction, data in [
        *((other, "out", data) for _, other, data in graph.out_edges(node, data=True)),
        *((other, "in", data) for other, _, data in graph.in_edges(node, data=True)),
    ]:
        attributes = graph.nodes[other]
        rows.append(
            {
                "id": other,
                "kind": attributes.get("kind"),
                "type": attributes.get("type"),
                "label": attributes.get("label"),
                "relation": data.get("relation"),
                "direction": direction,
            }
        )
    return sorted(rows, key=lambda row: (row["id"], row["direction"]))
