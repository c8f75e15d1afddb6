"""The export stage: every output file, written atomically into one folder.

``FORMATS`` names what ``graphbuild build --formats`` can select.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graphbuild.export.files import (
    BuildResult,
    write_articles,
    write_dropped,
    write_edges_csv,
    write_entities,
    write_entities_csv,
    write_events,
    write_events_csv,
    write_timelinejs,
)
from graphbuild.export.graphs import write_gexf, write_graphml, write_node_link
from graphbuild.export.html import write_graph_html, write_index_html, write_map_html, write_timeline_html
from graphbuild.ingest import OUTPUT_MARKER

FORMATS = {
    "events.jsonl": write_events,
    "entities.jsonl": write_entities,
    "articles.jsonl": write_articles,
    "events.csv": write_events_csv,
    "entities.csv": write_entities_csv,
    "edges.csv": write_edges_csv,
    "graph.graphml": write_graphml,
    "graph.gexf": write_gexf,
    "graph.json": write_node_link,
    "timeline.json": write_timelinejs,
    "graph.html": write_graph_html,
    "timeline.html": write_timeline_html,
    "map.html": write_map_html,
    # Last: it links the other pages and files that were written.
    "index.html": write_index_html,
}


def write_all(
    result: BuildResult,
    outdir: Path,
    formats: Sequence[str] | None = None,
    keep_dropped: bool = False,
    max_nodes: int | None = None,
) -> dict[str, Path]:
    """Write the selected outputs (default: all) and return where each one went.

    The folder is marked (``graphbuild.ingest.OUTPUT_MARKER``) so that it is never read as input.

    ``max_nodes`` caps what graph.html draws; every other output holds everything.
    """
    unknown = set(formats or ()) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown output format(s) {sorted(unknown)}; choose from {sorted(FORMATS)}")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / OUTPUT_MARKER).write_text("graphbuild outputs: never read as input\n", encoding="utf-8")
    written = {}
    for name, writer in FORMATS.items():
        if formats is None or name in formats:
            if name == "graph.html" and max_nodes is not None:
                write_graph_html(result, outdir / name, max_nodes)
            else:
                writer(result, outdir / name)
            written[name] = outdir / name
    if keep_dropped:
        write_dropped(result, outdir / "dropped")
        written["dropped"] = outdir / "dropped"
    return written
