"""The two interactive pages: the graph (pyvis, vis-network inlined) and the timeline
(vis-timeline, vendored in ``graphbuild/assets`` and inlined). Both are single files that
work offline.

Article text is untrusted. It reaches the pages only as JSON inside script tags, with
``<``, ``>`` and ``&`` escaped so it cannot close the tag, and the pages put it into the
document as text (``textContent``, vis-network's text tooltips), or HTML-escaped where a
library insists on HTML (vis-timeline item content).
"""

from __future__ import annotations

import html
import json
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, PackageLoader, select_autoescape

from graphbuild.export.files import atomic_write, event_record
from graphbuild.model import Event

if TYPE_CHECKING:
    from graphbuild.pipeline import Result

COLOURS = {
    "PERSON": "#e4572e",
    "ORG": "#4e79a7",
    "PLACE": "#59a14f",
    "EVENT": "#f2c14e",
    "ARTICLE": "#9c9c9c",
}
_ENVIRONMENT = Environment(loader=PackageLoader("graphbuild", "assets"), autoescape=select_autoescape())


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


def _date_label(event: Event) -> str:
    """What a reader sees: the TIMEX3 value, or the days a stretch such as P2W covers."""
    date = event.date
    if date.value is None:
        return "undated"
    if date.type == "DURATION" and date.start and date.end:
        return f"{date.start.isoformat()} to {date.end.isoformat()}"
    return date.value


def _date_text(event: Event) -> str:
    date = event.date
    if date.value is None:
        return "undated"
    detail = ", ".join(part for part in (date.granularity, date.basis) if part)
    quoted = f' from "{date.text}"' if date.text else ""
    return f"{_date_label(event)} ({detail}{quoted})"


def _sources_text(event: Event) -> str:
    lines = []
    for source in event.sources:
        published = source.published.isoformat() if source.published else "date unknown"
        lines.append(f"• {source.title or source.article} ({published})\n  “{source.sentence}”")
    return "\n".join(lines)


def graph_data(result: Result) -> tuple[list[dict], list[dict]]:
    """Nodes and edges for vis-network, built with pyvis."""
    from pyvis.network import Network

    network = Network(directed=True, cdn_resources="in_line")
    titles = {article.id: article.title or article.path for article in result.articles}
    for entity in result.entities:
        where = "\n".join(f"  - {titles.get(article, article)}" for article in entity.articles)
        aliases = ", ".join(alias for alias in entity.aliases if alias != entity.name)
        title = f"{entity.name} ({entity.type})"
        if aliases:
            title += f"\nAlso: {aliases}"
        title += f"\n{entity.mentions} mention(s) in:\n{where}"
        network.add_node(
            entity.id,
            label=entity.name,
            title=title,
            kind=entity.type,
            shape="dot",
            color=COLOURS.get(entity.type, "#bab0ac"),
            size=10 + 4 * min(entity.mentions, 10),
        )
    for event in result.events:
        title = (
            f"{event.label}\nType: {event.type}; {event.modality}\nDate: {_date_text(event)}\n"
            f"Sources:\n{_sources_text(event)}"
        )
        label = f"{_date_label(event)}\n{event.label[:40]}"
        network.add_node(
            event.id,
            label=label,
            title=title,
            kind="EVENT",
            shape="diamond",
            color=COLOURS["EVENT"],
            size=12 + 3 * len(event.sources),
        )
        for participant in event.participants:
            network.add_edge(
                event.id,
                participant.entity,
                title=f"{participant.role} of: {event.label}",
                label=participant.role,
            )
    for article in result.articles:
        published = article.published.isoformat() if article.published else "date unknown"
        network.add_node(
            article.id,
            label=(article.title or article.path)[:40],
            shape="square",
            title=f"{article.title or article.path}\n{published} ({article.published_basis})\n{article.path}",
            kind="ARTICLE",
            color=COLOURS["ARTICLE"],
            size=10,
        )
    for event in result.events:
        for article in sorted({source.article for source in event.sources}):
            sentences = [s.sentence for s in event.sources if s.article == article]
            network.add_edge(
                event.id, article, title="reported in: " + " / ".join(sentences), dashes=True, color="#bbbbbb"
            )
    nodes, edges, *_ = network.get_network_data()
    return nodes, edges


def write_graph_html(result: Result, path: Path) -> None:
    nodes, edges = graph_data(result)
    script, style = _vis_network()
    page = _ENVIRONMENT.get_template("graph.html.j2").render(
        nodes=script_json(nodes),
        edges=script_json(edges),
        colours=COLOURS,
        vis_script=script,
        vis_style=style,
        articles=len(result.articles),
        events=len(result.events),
        entities=len(result.entities),
    )
    with atomic_write(path) as stream:
        stream.write(page)


def timeline_items(result: Result) -> tuple[list[dict], list[dict], list[dict]]:
    """vis-timeline items for dated events (ranges for vague dates), the undated events, and
    every event's record for the details panel."""
    items, undated, details = [], [], []
    for event in result.events:
        record = event_record(event) | {"date_text": _date_text(event)}
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
        }
        if event.date.end > event.date.start:
            item["end"] = (event.date.end + timedelta(days=1)).isoformat()
            item["type"] = "range"
        else:
            item["type"] = "point"
        items.append(item)
    return items, undated, details


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def write_timeline_html(result: Result, path: Path) -> None:
    items, undated, details = timeline_items(result)
    groups = sorted({item["group"] for item in items})
    window = None
    if items:
        # Open on all dated events with a margin, not on vis-timeline's default of "now".
        first = min(item["start"] for item in items)
        last = max(item.get("end", item["start"]) for item in items)
        window = {"start": _shift(first, -3), "end": _shift(last, 3)}
    page = _ENVIRONMENT.get_template("timeline.html.j2").render(
        items=script_json(items),
        groups=script_json([{"id": g, "content": html.escape(g)} for g in groups]),
        details=script_json(details),
        undated=undated,
        vis_script=_asset("vis-timeline-graph2d.min.js"),
        vis_style=_asset("vis-timeline-graph2d.min.css"),
        events=len(result.events),
        dated=len(items),
        window=script_json(window),
    )
    with atomic_write(path) as stream:
        stream.write(page)
