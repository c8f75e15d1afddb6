"""The interactive pages: the graph (pyvis, vis-network inlined), the timeline (vis-timeline,
vendored in ``graphbuild/assets`` and inlined) and the map (Natural Earth countries from
world-atlas, drawn as SVG with topojson-client, both vendored). All are single files that
work offline.

Article text is untrusted. It reaches the pages only as JSON inside script tags, with
``<``, ``>`` and ``&`` escaped so it cannot close the tag, and the pages put it into the
document as text (``textContent``, vis-network's text tooltips), or HTML-escaped where a
library insists on HTML (vis-timeline item content).
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader

from graphbuild.export.files import BuildResult, atomic_write, date_label, event_record
from graphbuild.graph import Story, isoformat_or_none, stories
from graphbuild.model import Article, Entity, Event

# Colour and shape per node type; the timeline and map legends and the graph's shapes come
# from this table (the graph colours its nodes by story instead, see STORY_COLOURS).
STYLES = {
    "PERSON": ("#e4572e", "dot", "●"),
    "ORG": ("#4e79a7", "triangle", "▲"),
    "PLACE": ("#59a14f", "hexagon", "⬢"),
    "PRODUCT": ("#b07aa1", "star", "★"),
    "EVENT": ("#f2c14e", "diamond", "◆"),
    "ARTICLE": ("#9c9c9c", "square", "■"),
}
OTHER_STYLE = ("#bab0ac", "dot", "●")
# The graph's biggest stories, one colour each (Tableau 10, its grey left for the rest);
# nodes of smaller stories, of none, and articles are grey.
STORY_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#17becf",
)
NO_STORY_COLOUR = "#c9c9c9"
# Springs of the graph's layout (px): short within a story, long across stories, so each
# story gathers in its own patch of the overview.
STORY_EDGE, ACROSS_EDGE = 70, 220
# The starting layout's distance between neighbouring nodes (px), and the angle between
# successive points of a sunflower spiral, which spreads them evenly over a disc.
LAYOUT_SPACING = 24
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
# Above this many nodes vis-network's pages stop being usable; the CLI's --max-nodes changes it.
MAX_NODES = 1500
# The timeline opens on this many days around the densest stretch (see opening_window).
OPENING_DAYS = 7
# Every template is HTML: escape every value unless it is marked safe (the inlined libraries).
_ENVIRONMENT = Environment(loader=PackageLoader("graphbuild", "assets"), autoescape=True)


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element, whatever strings it holds.

    >>> script_json({"t": "</script><b>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _asset(name: str) -> str:
    return resources.files("graphbuild").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_network() -> str:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(
        encoding="utf-8"
    )


def _date_text(event: Event) -> str:
    date = event.date
    if date.value is None:
        return "undated"
    detail = ", ".join(part for part in (date.granularity, date.basis) if part)
    quoted = f' from "{date.text}"' if date.text else ""
    return f"{date_label(event)} ({detail}{quoted})"


def _sources_text(event: Event) -> str:
    lines = []
    for source in event.sources:
        published = source.published.isoformat() if source.published else "date unknown"
        lines.append(f"• {source.title or source.article} ({published})\n  “{source.sentence}”")
    return "\n".join(lines)


@dataclass
class GraphSelection:
    """What the graph page draws: everything, or on a big corpus the most connected entities
    with their events (and those events' articles while there is room)."""

    entities: list[Entity]
    events: list[Event]
    articles: list[Article]
    note: str | None = None


def select_for_graph(result: BuildResult, max_nodes: int = MAX_NODES) -> GraphSelection:
    """Everything if it fits in ``max_nodes``; else entities by number of events (then
    mentions, then id), each with its events, until the budget is spent."""
    total = len(result.entities) + len(result.events) + len(result.articles)
    if total <= max_nodes:
        return GraphSelection(result.entities, result.events, result.articles)
    events_of: dict[str, list[Event]] = {}
    for event in result.events:
        for entity_id in dict.fromkeys(p.entity for p in event.participants):
            events_of.setdefault(entity_id, []).append(event)
    ranked = sorted(result.entities, key=lambda e: (-len(events_of.get(e.id, ())), -e.mentions, e.id))
    entities, events = [], {}
    for entity in ranked:
        new = [event for event in events_of.get(entity.id, ()) if event.id not in events]
        if len(entities) + len(events) + 1 + len(new) > max_nodes:
            if entities:
                break
            new = new[: max_nodes - 1]
        entities.append(entity)
        events.update((event.id, event) for event in new)
    room = max_nodes - len(entities) - len(events)
    reporting = {source.article for event in events.values() for source in event.sources}
    articles = [article for article in result.articles if article.id in reporting][: max(room, 0)]
    chosen = {entity.id for entity in entities}
    drawn_entities = [entity for entity in result.entities if entity.id in chosen]
    drawn_events = [event for event in result.events if event.id in events]
    note = (
        f"Showing the {len(drawn_entities):,} most connected of {len(result.entities):,} entities, their "
        f"{len(drawn_events):,} of {len(result.events):,} events and {len(articles):,} of "
        f"{len(result.articles):,} articles (at most {max_nodes:,} nodes). Everything is in "
        "graph.graphml, events.csv and entities.csv."
    )
    return GraphSelection(drawn_entities, drawn_events, articles, note)


def _style(kind: str, story: int | None = None) -> dict:
    """A node's shape by its type, its colour by its story (grey beyond the coloured ones)."""
    shape = STYLES.get(kind, OTHER_STYLE)[1]
    colour = STORY_COLOURS[story] if story is not None and story < len(STORY_COLOURS) else NO_STORY_COLOUR
    return {"color": colour, "shape": shape, "story": story}


def _when(story: Story) -> str:
    """When a story happens, as briefly as its span allows.

    >>> def span(first, last):
    ...     return _when(Story([], [], [], [], first, last))
    >>> span(date(2023, 2, 3), date(2023, 2, 3)), span(date(2023, 2, 1), date(2023, 2, 9))
    ('3 Feb 2023', 'Feb 2023')
    >>> span(date(2019, 1, 1), date(2020, 12, 31)), span(None, None)
    ('2019–2020', 'undated')
    """
    first, last = story.start, story.end
    if first is None or last is None:
        return "undated"
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%b %Y}"
    return f"{first.year}" if first.year == last.year else f"{first.year}–{last.year}"


def story_legend(found: list[Story]) -> list[dict]:
    """What the graph's legend says of each coloured story: its name (leading actors), colour,
    size, when, and its leading actors (labelled first on the page)."""
    return [
        {
            "index": index,
            "name": story.name,
            "colour": colour,
            "events": len(story.events),
            "when": _when(story),
            "leaders": story.leaders,
        }
        for index, (story, colour) in enumerate(zip(found, STORY_COLOURS, strict=False))
    ]


def story_layout(
    found: list[Story], nodes: list[str], links: list[tuple[str, str]]
) -> dict[str, tuple[int, int]]:
    """Where each node starts: every story in a disc of its own (area by its size, the
    biggest in the middle, the others placed outward along a spiral where they overlap no
    disc placed before), its leading actors at the centre and its events around them; each
    other node beside its linked nodes (an article among its events), and those linked to
    nothing placed in a ring outside. The page's physics then only tidies up, so the
    first drawing already shows the stories apart, and quickly even on thousands of nodes.

    >>> two = [Story([f"e{n}", f"e{n + 1}"], [x], [x], [x], None, None) for n, x in ((1, "a"), (3, "b"))]
    >>> at = story_layout(two, ["a", "e1", "e2", "b", "e3", "e4", "art"], [("e1", "art"), ("e2", "art")])
    >>> at["a"], math.dist(at["art"], at["e1"]) < math.dist(at["art"], at["e3"])
    ((0, 0), True)
    >>> math.dist(at["a"], at["b"]) > math.dist(at["a"], at["e1"]) + math.dist(at["b"], at["e3"])
    True
    """
    where: dict[str, tuple[float, float]] = {}
    discs: list[tuple[float, float, float]] = []
    for story in found:
        members = [node for node in (*story.leaders, *story.entities, *story.events) if node not in where]
        members = list(dict.fromkeys(members))
        radius = LAYOUT_SPACING * math.sqrt(len(members))
        centre_x = centre_y = 0.0
        step = 0
        while any(math.hypot(centre_x - x, centre_y - y) < radius + r + LAYOUT_SPACING for x, y, r in discs):
            step += 1
            turn = step * _GOLDEN_ANGLE
            centre_x, centre_y = (
                6 * step**0.5 * LAYOUT_SPACING * math.cos(turn),
                6 * step**0.5 * LAYOUT_SPACING * math.sin(turn),
            )
        discs.append((centre_x, centre_y, radius))
        for index, node in enumerate(members):
            distance, turn = radius * math.sqrt(index / len(members)), index * _GOLDEN_ANGLE
            where[node] = (centre_x + distance * math.cos(turn), centre_y + distance * math.sin(turn))
    around: dict[str, list[str]] = {}
    for one, other in links:
        around.setdefault(one, []).append(other)
        around.setdefault(other, []).append(one)
    rest = [node for node in nodes if node not in where]
    # Twice: a node linked only to another unplaced node (an article of a lone event) goes
    # beside it once that one is placed.
    for _ in range(2):
        for index, node in enumerate(rest):
            placed = [where[other] for other in around.get(node, ()) if other in where]
            if node in where or not placed:
                continue
            turn = index * _GOLDEN_ANGLE
            where[node] = (
                sum(x for x, _ in placed) / len(placed) + LAYOUT_SPACING * math.sin(turn),
                sum(y for _, y in placed) / len(placed) + LAYOUT_SPACING * math.cos(turn),
            )
    outer = max((math.hypot(x, y) + r for x, y, r in discs), default=0.0) + 4 * LAYOUT_SPACING
    alone = [node for node in nodes if node not in where]
    for index, node in enumerate(alone):
        turn = 2 * math.pi * index / len(alone)
        where[node] = (outer * math.cos(turn), outer * math.sin(turn))
    return {node: (round(where[node][0]), round(where[node][1])) for node in nodes}


def graph_data(selection: GraphSelection) -> tuple[list[dict], list[dict], dict, list[Story]]:
    """Nodes and edges for vis-network, built with pyvis, each node's details for the side
    panel, and the stories drawn. Sizes grow with the number of events an entity takes part
    in; colours tell the stories (see :func:`graphbuild.graph.stories`) apart."""
    from pyvis.network import Network

    network = Network(directed=True, cdn_resources="in_line")
    drawn_articles = {article.id for article in selection.articles}
    degree = Counter(e for event in selection.events for e in {p.entity for p in event.participants})
    found = stories(selection.entities, selection.events)
    story_of = {node: index for index, story in enumerate(found) for node in (*story.events, *story.entities)}
    details = {}
    for entity in selection.entities:
        aliases = [alias for alias in entity.aliases if alias != entity.name]
        title = f"{entity.name} ({entity.type})" + (f"\nAlso: {', '.join(aliases)}" if aliases else "")
        title += (
            f"\n{entity.mentions} mention(s) in {len(entity.articles)} article(s), "
            f"{degree[entity.id]} event(s)"
        )
        network.add_node(
            entity.id,
            label=entity.name,
            title=title,
            kind=entity.type,
            size=10 + 4 * min(degree[entity.id], 10),
            **_style(entity.type, story_of.get(entity.id)),
        )
        details[entity.id] = {
            "kind": entity.type,
            "name": entity.name,
            "aliases": aliases,
            "mentions": entity.mentions,
            "articles": entity.articles,
            "lat": entity.lat,
            "lon": entity.lon,
        }
    for event in selection.events:
        title = f"{event.label}\n{event.type}; {event.modality}\nDate: {_date_text(event)}\n"
        title += _sources_text(event)
        network.add_node(
            event.id,
            label=f"{date_label(event)}\n{event.label[:40]}",
            title=title,
            kind="EVENT",
            start=isoformat_or_none(event.date.start),
            end=isoformat_or_none(event.date.end),
            size=12 + 3 * min(event.independent_sources, 10),
            **_style("EVENT", story_of.get(event.id)),
        )
        details[event.id] = {"kind": "EVENT"} | event_record(event) | {"date_text": _date_text(event)}
    for article in selection.articles:
        published = isoformat_or_none(article.published)
        network.add_node(
            article.id,
            label=(article.title or article.path)[:40],
            title=f"{article.title or article.path}\n{published or 'unknown'} ({article.published_basis})",
            kind="ARTICLE",
            start=published,
            end=published,
            size=10,
            **_style("ARTICLE"),
        )
        details[article.id] = {
            "kind": "ARTICLE",
            "name": article.title or article.path,
            "path": article.path,
            "url": article.url,
            "outlet": article.outlet,
            "published": published,
            "published_basis": article.published_basis,
        }
    drawn = set(details)
    for event in selection.events:
        for participant in {p.entity: p for p in event.participants}.values():
            if participant.entity in drawn:
                role = participant.role
                same = story_of.get(event.id) is not None and story_of.get(event.id) == story_of.get(
                    participant.entity
                )
                network.add_edge(
                    event.id,
                    participant.entity,
                    title=f"{role} of: {event.label}",
                    label=role,
                    length=STORY_EDGE if same else ACROSS_EDGE,
                )
        for article in sorted({source.article for source in event.sources} & drawn_articles):
            sentences = [s.sentence for s in event.sources if s.article == article]
            network.add_edge(
                event.id, article, title="reported in: " + " / ".join(sentences), dashes=True, color="#bbbbbb"
            )
    nodes, edges, *_ = network.get_network_data()
    start = story_layout(
        found, [node["id"] for node in nodes], [(edge["from"], edge["to"]) for edge in edges]
    )
    for node in nodes:
        node["x"], node["y"] = start[node["id"]]
    return nodes, edges, details, found


def write_graph_html(result: BuildResult, path: Path, max_nodes: int = MAX_NODES) -> None:
    selection = select_for_graph(result, max_nodes)
    nodes, edges, details, found = graph_data(selection)
    script, style = _vis_network()
    page = _ENVIRONMENT.get_template("graph.html.j2").render(
        nodes=script_json(nodes),
        edges=script_json(edges),
        details=script_json(details),
        stories=script_json(story_legend(found)),
        smaller_stories=max(len(found) - len(STORY_COLOURS), 0),
        styles=STYLES,
        details_script=_asset("details.js"),
        vis_script=script,
        vis_style=style,
        articles=len(result.articles),
        events=len(result.events),
        entities=len(result.entities),
        note=selection.note,
    )
    with atomic_write(path) as stream:
        stream.write(page)


def timeline_items(result: BuildResult) -> tuple[list[dict], list[dict], list[dict]]:
    """vis-timeline items for dated events (ranges for vague dates), the undated events, and
    every event's record for the details panel.

    Each item names its event's type, place and actors, so the page can group the same
    items by type, by place or by who took part.
    """
    names = {entity.id: entity.name for entity in result.entities}
    items, undated, details = [], [], []
    for event in result.events:
        record = {"kind": "EVENT"} | event_record(event) | {"date_text": _date_text(event)}
        details.append(record)
        if event.date.start is None or event.date.end is None:
            undated.append(record)
            continue
        item = {
            "id": event.id,
            # vis-timeline renders content as HTML: it gets escaped text only.
            "content": html.escape(event.label),
            "title": html.escape(f"{event.label} — {_date_text(event)}"),
            "start": event.date.start.isoformat(),
            "group": event.type,
            "className": f"granularity-{event.date.granularity or 'day'}",
            "eventType": event.type,
            "place": names[event.places[0]] if event.places else "place not named",
            "actors": list(dict.fromkeys(p.name for p in event.participants if p.role != "place")),
        }
        if event.date.end > event.date.start:
            item["end"] = (event.date.end + timedelta(days=1)).isoformat()
            item["type"] = "range"
        else:
            item["type"] = "point"
        items.append(item)
    return items, undated, details


def opening_window(items: list[dict], days: int = OPENING_DAYS) -> dict | None:
    """Where the timeline opens: the densest stretch of the news, at a zoom where items read.

    Of every ``days``-day stretch, the one that starts the most events (the latest, on a
    tie), centred on the median day of its events, so that the day of the news sits in the
    middle rather than squeezed against an edge by one event of 2014 or a long tail; the
    page says how many events lie outside (zoom out or search to see them).

    >>> items = [{"start": "2014-01-01", "end": "2015-01-01"}] + [{"start": "2023-02-03"}] * 9
    >>> opening_window(items)
    {'start': '2023-01-31', 'end': '2023-02-07', 'outside': 1}
    """
    if not items:
        return None
    starts = sorted(date.fromisoformat(item["start"]) for item in items)
    best, most, first = 0, 0, 0
    for last, day in enumerate(starts):
        while (day - starts[first]).days >= days:
            first += 1
        if last - first + 1 >= most:
            best, most = first, last - first + 1
    middle = starts[best + most // 2]
    opening = middle - timedelta(days=days // 2)
    closing = opening + timedelta(days=days)
    outside = sum(
        1
        for item in items
        if date.fromisoformat(item.get("end", item["start"])) < opening
        or date.fromisoformat(item["start"]) >= closing
    )
    return {"start": opening.isoformat(), "end": closing.isoformat(), "outside": outside}


def write_timeline_html(result: BuildResult, path: Path) -> None:
    items, undated, details = timeline_items(result)
    window = opening_window(items)
    page = _ENVIRONMENT.get_template("timeline.html.j2").render(
        items=script_json(items),
        details=script_json(details),
        undated=undated,
        vis_script=_asset("vis-timeline-graph2d.min.js"),
        vis_style=_asset("vis-timeline-graph2d.min.css"),
        details_script=_asset("details.js"),
        events=len(result.events),
        dated=len(items),
        window=script_json(window),
        outside=window["outside"] if window else 0,
    )
    with atomic_write(path) as stream:
        stream.write(page)


def map_places(result: BuildResult) -> tuple[list[dict], list[dict], int]:
    """The places with coordinates that events happen at, each with its events' ids, the
    records of those events for the sources panel, and how many places have no coordinates."""
    at: dict[str, list[str]] = {}
    for event in result.events:
        for place in dict.fromkeys(event.places):
            at.setdefault(place, []).append(event.id)
    places, unplaced = [], 0
    for entity in result.entities:
        if entity.id not in at:
            continue
        if entity.lat is None or entity.lon is None:
            unplaced += 1
            continue
        places.append(
            {
                "id": entity.id,
                "name": entity.name,
                "lat": entity.lat,
                "lon": entity.lon,
                "events": at[entity.id],
            }
        )
    located = {event_id for place in places for event_id in place["events"]}
    details = [
        {"kind": "EVENT"} | event_record(event) | {"date_text": _date_text(event)}
        for event in result.events
        if event.id in located
    ]
    return places, details, unplaced


def write_map_html(result: BuildResult, path: Path) -> None:
    """The places of the events on an offline world map (Natural Earth, vendored)."""
    places, details, unplaced = map_places(result)
    page = _ENVIRONMENT.get_template("map.html.j2").render(
        world=_asset("world-atlas-countries-110m.json"),
        places=script_json(places),
        details=script_json(details),
        topojson_script=_asset("topojson-client.min.js"),
        details_script=_asset("details.js"),
        placed=len(places),
        unplaced=unplaced,
        located=len(details),
        events=len(result.events),
    )
    with atomic_write(path) as stream:
        stream.write(page)


# What index.html links to, when the build wrote it, and what each file is for.
_LINKED_FILES = {
    "graph.html": "interactive graph",
    "timeline.html": "interactive timeline",
    "map.html": "map of the events' places",
    "events.csv": "events table (spreadsheets, pandas)",
    "entities.csv": "entities table",
    "edges.csv": "edges table",
    "graph.graphml": "graph for Gephi, yEd, Cytoscape, networkx",
    "graph.gexf": "graph with time intervals for Gephi's timeline",
    "graph.json": "node-link JSON (networkx, d3)",
    "timeline.json": "TimelineJS slides",
    "events.jsonl": "events, one JSON record per line",
    "entities.jsonl": "entities, one JSON record per line",
    "articles.jsonl": "every input, used or skipped and why",
}


def write_index_html(result: BuildResult, path: Path) -> None:
    """The front page of an output folder: links to what was written beside it, every input
    accounted for (many skipped records of one file in one row, see ``Limits.skips_listed``),
    and a sortable, searchable table of the events."""
    rows = [
        {
            "start": isoformat_or_none(event.date.start) or "",
            "date": date_label(event),
            "type": event.type,
            "label": event.label,
            "who": ", ".join(dict.fromkeys(p.name for p in event.participants)),
            "sources": len(event.sources),
            "outlets": ", ".join(event.outlets),
        }
        for event in result.events
    ]
    files = [(name, purpose) for name, purpose in _LINKED_FILES.items() if (path.parent / name).exists()]
    page = _ENVIRONMENT.get_template("index.html.j2").render(
        files=files,
        rows=rows,
        skipped=result.skipped,
        skipped_count=f"{sum(item.count for item in result.skipped):,}",
        model=result.model,
        articles=len(result.articles),
        entities=len(result.entities),
    )
    with atomic_write(path) as stream:
        stream.write(page)
