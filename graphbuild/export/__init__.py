"""The export stage: every output file, written atomically into one folder.

``FORMATS`` names what ``graphbuild build --formats`` can select.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.export.files import (
    write_articles,
    write_dropped,
    write_entities,
    write_events,
    write_graphml,
)
from graphbuild.export.html import write_graph_html, write_timeline_html

if TYPE_CHECKING:
    from graphbuild.pipeline import Result

FORMATS = {
    "events.jsonl": write_events,
    "entities.jsonl": write_entities,
    "articles.jsonl": write_articles,
    "graph.graphml": write_graphml,
    "graph.html": write_graph_html,
    "timeline.html": write_timeline_html,
}


def write_all(
    result: Result, outdir: Path, formats: Sequence[str] | None = None, keep_dropped: bool = False
) -> dict[str, Path]:
    """Write the selected outputs (default: all) and return where each one went."""
    unknown = set(formats or ()) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown output format(s) {sorted(unknown)}; choose from {sorted(FORMATS)}")
    outdir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, writer in FORMATS.items():
        if formats is None or name in formats:
            writer(result, outdir / name)
            written[name] = outdir / name
    if keep_dropped:
        write_dropped(result, outdir / "dropped")
        written["dropped"] = outdir / "dropped"
    return written
