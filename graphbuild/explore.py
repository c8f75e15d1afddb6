"""Questions a user asks of a build in Jupyter: which events, one entity's timeline, a node's
neighbours. Plain functions over a build's lists and graph; ``Result`` exposes them as
``result.events(...)``, ``result.timeline(...)`` and ``result.neighbours(...)``.
"""

from __future__ import annotations

import calendar
import html
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime

import networkx as nx

from graphbuild.errors import NameQueryError, QueryError
from graphbuild.events.words import EVENT_TYPES as TRIGGER_TYPES
from graphbuild.model import Entity, Event

__all__ = [
    "EVENT_TYPES",
    "EventList",
    "as_day",
    "entities_named",
    "entity_ids",
    "entity_timeline",
    "event_type",
    "node_id",
    "node_neighbours",
]


# Every type an event can have: the typed trigger lists, and "other" for the rest.
EVENT_TYPES: tuple[str, ...] = (*TRIGGER_TYPES, "other")

# How a user writes a day, a month or a year, with the period each form names.
_DATE_FORMATS = (
    ("%Y-%m-%d", "day"),
    ("%Y/%m/%d", "day"),
    ("%d %b %Y", "day"),
    ("%d %B %Y", "day"),
    ("%b %d %Y", "day"),
    ("%B %d %Y", "day"),
    ("%Y-%m", "month"),
    ("%b %Y", "month"),
    ("%B %Y", "month"),
    ("%Y", "year"),
)
_DATE_EXAMPLES = '"2019", "2019-11", "Nov 2019", "2019-11-03" or "3 Nov 2019"'
_MONTH_NAMES = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name}


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


def entity_ids(entities: Iterable[Entity], query: str, match: str = "one") -> set[str]:
    """The ids of the entities ``query`` names; with ``match="one"`` it must name exactly one.

    A part of a name that fits several entities ("An") is an error listing them, most
    mentioned first, unless ``match="any"`` asks for all of them together.

    >>> eu = Entity("org:european-union", "European Union", "ORG", ["EU"], 3, [])
    >>> ec = Entity("org:european-commission", "European Commission", "ORG", [], 2, [])
    >>> entity_ids([eu, ec], "Europe")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graphbuild.errors.NameQueryError: 'Europe' names 2 entities: European Union (org:european-union), ...
    >>> sorted(entity_ids([eu, ec], "Europe", match="any"))
    ['org:european-commission', 'org:european-union']
    """
    if match not in ("one", "any"):
        raise QueryError(f'match={match!r}: use "one" (the name must fit one entity) or "any"')
    found = entities_named(entities, query)
    if not found:
        raise NameQueryError(f"no entity named {query!r}")
    if len(found) > 1 and match == "one":
        raise _ambiguous(query, found, 'give a full name or an id, or match="any" to take them all')
    return {entity.id for entity in found}


def node_id(graph: nx.DiGraph, entities: Iterable[Entity], query: str) -> str:
    """The one node ``query`` names: a node id, else the one entity of that name (as
    :func:`entity_ids` reads names). The neighbours of several nodes at once would not say
    whose they are, so a name that fits several entities is an error listing them.

    >>> graph = nx.DiGraph([("ev-1", "org:european-union"), ("ev-1", "org:european-commission")])
    >>> eu = Entity("org:european-union", "European Union", "ORG", ["EU"], 3, [])
    >>> ec = Entity("org:european-commission", "European Commission", "ORG", [], 2, [])
    >>> node_id(graph, [eu, ec], "ev-1"), node_id(graph, [eu, ec], "eu")
    ('ev-1', 'org:european-union')
    >>> node_id(graph, [eu, ec], "Europe")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graphbuild.errors.NameQueryError: 'Europe' names 2 entities: ...; give a full name or an id
    """
    if query in graph:
        return query
    found = entities_named(entities, query)
    if not found:
        raise NameQueryError(f"no node or entity named {query!r}")
    if len(found) > 1:
        raise _ambiguous(query, found, "give a full name or an id")
    return found[0].id


def _ambiguous(query: str, found: list[Entity], advice: str) -> NameQueryError:
    """The error for a name that fits several entities: the first ten, most mentioned first."""
    found = sorted(found, key=lambda entity: (-entity.mentions, entity.id))
    shown = ", ".join(f"{entity.name} ({entity.id})" for entity in found[:10])
    more = f" and {len(found) - 10} more" if len(found) > 10 else ""
    return NameQueryError(f"{query!r} names {len(found)} entities: {shown}{more}; {advice}")


def event_type(query: str) -> str:
    """The event type ``query`` names: a type (any case), or the start of one type or of one of
    its words ("military", "visit"), when that fits one type only.

    >>> event_type("Military"), event_type("visit"), event_type("statement")
    ('military action', 'meeting or visit', 'statement')
    >>> event_type("war")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graphbuild.errors.QueryError: no event type 'war'; the types are: statement, meeting or visit, ...
    """
    wanted = query.casefold().strip()
    if wanted in EVENT_TYPES:
        return wanted
    found = [kind for kind in EVENT_TYPES if any(word.startswith(wanted) for word in (kind, *kind.split()))]
    if wanted and len(found) == 1:
        return found[0]
    fits = f"; {query!r} starts {' and '.join(found)}" if found else ""
    raise QueryError(
        f"no event type {query!r}{fits}; the types are: {', '.join(EVENT_TYPES)} (graphbuild.EVENT_TYPES)"
    )


def as_day(value: date | str | None, last: bool = False) -> date | None:
    """A day from a date, or from a year, a month or a day as people write them: "2019",
    "2019-11", "Nov 2019", "November 2019", "2019-11-03", "3 Nov 2019", "Nov 3, 2019".
    ``last`` takes the period's last day. A day that does not exist is an error.

    >>> as_day("2023-02", last=True), as_day("Nov 2019"), as_day("2022"), as_day(None)
    (datetime.date(2023, 2, 28), datetime.date(2019, 11, 1), datetime.date(2022, 1, 1), None)
    >>> as_day("2019-11-31")
    Traceback (most recent call last):
    graphbuild.errors.QueryError: '2019-11-31' is not a day: November 2019 has 30 days
    """
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = " ".join(str(value).replace(",", " ").replace(".", " ").split())
    for form, period in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, form).date()
        except ValueError:
            continue
        if period == "year":
            return date(parsed.year, 12, 31) if last else parsed
        if period == "month":
            return parsed.replace(day=calendar.monthrange(parsed.year, parsed.month)[1]) if last else parsed
        return parsed
    _impossible_day(value, text)
    raise QueryError(f"{value!r} is not a date; write a year, a month or a day, as {_DATE_EXAMPLES}")


def _impossible_day(value: str, text: str) -> None:
    """Raise for a well-formed day that does not exist ("2019-11-31", "31 Nov 2019")."""
    numbers = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text)
    if numbers:
        year, month, day = (int(part) for part in numbers.groups())
    else:
        words = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})|([a-z]+) (\d{1,2}) (\d{4})", text.casefold())
        if not words:
            return
        day, name, year = words.group(1, 2, 3) if words.group(1) else words.group(5, 4, 6)
        if name not in _MONTH_NAMES:
            return
        year, month, day = int(year), _MONTH_NAMES[name], int(day)
    if not 1 <= month <= 12:
        raise QueryError(f"{value!r} is not a day: there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    raise QueryError(f"{value!r} is not a day: {calendar.month_name[month]} {year} has {days} days")


class EventList(list):
    """The events of a build: a plain list that can also be called to ask for some of them.

    ``events(entity="Zelensky", start="Feb 2023", end="2023-02-28", type="statement")`` keeps
    the events where that entity takes part, whose dates overlap the range (undated events
    are left out once a range is given) and of that type (one of ``EVENT_TYPES``, or the start
    of one: "military"). A part of a name that fits several entities is an error listing
    them; ``match="any"`` takes them all. The answer is an ``EventList`` too;
    ``.frame()`` gives it as a pandas DataFrame.
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
        match: str = "one",
    ) -> EventList:
        kept: Iterable[Event] = self
        if entity is not None:
            ids = entity_ids(self.entities, entity, match)
            kept = [event for event in kept if any(p.entity in ids for p in event.participants)]
        first, last = as_day(start), as_day(end, last=True)
        if first and last and first > last:
            raise QueryError(f"start={start!r} comes after end={end!r}; give the earlier date as start")
        if first or last:
            kept = [
                event
                for event in kept
                if event.date.start
                and (last is None or event.date.start <= last)
                and (first is None or event.date.end >= first)
            ]
        if type is not None:
            kind = event_type(type)
            kept = [event for event in kept if event.type == kind]
        return EventList(kept, self.entities)

    def frame(self):
        """These events as a pandas DataFrame, one row per event (needs pandas)."""
        import pandas as pd

        return pd.DataFrame([_event_row(event) for event in self], columns=_EVENT_COLUMNS)

    def __repr__(self) -> str:
        days = sorted(event.date.start for event in self if event.date.start)
        span = f", {days[0]} to {max(e.date.end for e in self if e.date.start)}" if days else ""
        undated = len(self) - len(days)
        kinds = Counter(event.type for event in self).most_common(3)
        most = "; ".join(f"{count} {kind}" for kind, count in kinds)
        return (
            f"<EventList: {len(self)} events{span}"
            f"{f' ({undated} undated)' if undated and days else ''}{f'; {most}' if most else ''}>"
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(event.date.value or 'undated')}</td><td>{html.escape(event.type)}</td>"
            f"<td>{html.escape(event.label)}</td><td>{len(event.sources)}</td></tr>"
            for event in self[:10]
        )
        more = (
            f"<p>... and {len(self) - 10} more: <code>.frame()</code> has them all</p>"
            if len(self) > 10
            else ""
        )
        return (
            f"<p>{html.escape(repr(self))}</p><table><tr><th>date</th><th>type</th><th>event</th>"
            f"<th>sources</th></tr>{rows}</table>{more}"
        )


_EVENT_COLUMNS = [
    "id",
    "date",
    "start",
    "end",
    "granularity",
    "basis",
    "type",
    "label",
    "modality",
    "participants",
    "sources",
]


def _event_row(event: Event) -> dict:
    return {
        "id": event.id,
        "date": event.date.value,
        "start": event.date.start,
        "end": event.date.end,
        "granularity": event.date.granularity,
        "basis": event.date.basis,
        "type": event.type,
        "label": event.label,
        "modality": event.modality,
        "participants": ", ".join(f"{p.name} ({p.role})" for p in event.participants),
        "sources": len(event.sources),
    }


def entity_timeline(events: EventList, entity: str, match: str = "one") -> list[tuple[Event, str]]:
    """Each event of ``entity`` with its role there, in date order, undated ones last."""
    ids = entity_ids(events.entities, entity, match)
    rows = []
    for event in events:
        roles = list(dict.fromkeys(p.role for p in event.participants if p.entity in ids))
        if roles:
            rows.append((event, ", ".join(roles)))
    return sorted(rows, key=lambda row: (row[0].date.start is None, row[0].date.start or date.min, row[0].id))


def node_neighbours(graph: nx.DiGraph, node: str) -> list[dict]:
    """Every node linked to ``node``, with the relation and its direction, sorted by id."""
    if node not in graph:
        raise NameQueryError(f"no node {node!r} in the graph")
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
