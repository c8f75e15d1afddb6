"""What a build found: articles (used and skipped), entities, events and their graph, with ways
to ask it questions, show it in Jupyter and write it out (:mod:`graphbuild.export`).

>>> import graphbuild
>>> result = graphbuild.build(["seeds"])                       # doctest: +SKIP
>>> result.timeline("Bakhmut")                                  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graphbuild.explore import EventList, entity_timeline, node_id, node_neighbours
from graphbuild.model import Article, ArticleAnalysis, Entity, Event, Skipped

__all__ = ["Result"]


@dataclass
class Result:
    """What a build found: articles (used and skipped), entities, events and their graph."""

    articles: list[Article]
    skipped: list[Skipped]
    entities: list[Entity]
    events: list[Event]
    graph: nx.DiGraph
    model: str
    inputs: list[Article | Skipped] = field(default_factory=list)
    # How many articles' analyses came from the cache instead of being computed.
    from_cache: int = 0
    # The per-article analyses of the articles used, as merging left them, and the entity
    # each of their mentions was linked to: (article id, mention index) -> entity id.
    analyses: list[ArticleAnalysis] = field(default_factory=list, repr=False)
    mention_entity: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # A list that can be called to query it: result.events(entity="Zelensky", type="statement").
        self.events = EventList(self.events, self.entities)

    def __repr__(self) -> str:
        return (
            f"<graphbuild.Result: {len(self.articles)} articles ({len(self.skipped)} "
            f"skipped), {len(self.entities)} entities, {len(self.events)} events>"
        )

    def _repr_html_(self) -> str:
        import html

        rows = "".join(
            f"<tr><td>{html.escape(event.date.value or 'undated')}</td><td>{html.escape(event.type)}</td>"
            f"<td>{html.escape(event.label)}</td><td>{len(event.sources)}</td></tr>"
            for event in self.events[:10]
        )
        return (
            f"<p><b>graphbuild</b>: {len(self.articles)} articles ({len(self.skipped)} skipped), "
            f"{len(self.entities)} entities, {len(self.events)} events; model {html.escape(self.model)}</p>"
            f"<table><tr><th>date</th><th>type</th><th>event</th><th>sources</th></tr>{rows}</table>"
        )

    def events_frame(self):
        """The events as a pandas DataFrame, one row per event (needs pandas); ``events.frame()``."""
        return self.events.frame()

    def entities_frame(self):
        """The entities as a pandas DataFrame (needs pandas)."""
        import pandas as pd

        return pd.DataFrame([vars(entity) for entity in self.entities])

    def timeline(self, entity: str, match: str = "one"):
        """One entity's events in date order, with its role in each, as a DataFrame.

        ``entity`` is an id, a name or alias in any case ("kiev"), or part of a name; a part
        that fits several entities is an error listing them, unless ``match="any"``.
        """
        import pandas as pd

        rows = [
            {
                "date": event.date.value,
                "start": event.date.start,
                "end": event.date.end,
                "role": role,
                "type": event.type,
                "label": event.label,
                "sources": len(event.sources),
                "id": event.id,
            }
            for event, role in entity_timeline(self.events, entity, match)
        ]
        return pd.DataFrame(rows, columns=["date", "start", "end", "role", "type", "label", "sources", "id"])

    def neighbours(self, node: str):
        """The nodes linked to ``node`` (an id, or an entity's name) with the relation, as a DataFrame."""
        import pandas as pd

        rows = node_neighbours(self.graph, node_id(self.graph, self.entities, node))
        return pd.DataFrame(rows, columns=["id", "kind", "type", "label", "relation", "direction"])

    def show_graph(self, height: int = 600):
        """The interactive graph, inline in Jupyter."""
        return self._inline("graph.html", height)

    def show_timeline(self, height: int = 500):
        """The interactive timeline, inline in Jupyter."""
        return self._inline("timeline.html", height)

    def _inline(self, name: str, height: int):
        import html
        import tempfile

        from IPython.display import HTML

        from graphbuild.export import write_all

        with tempfile.TemporaryDirectory() as folder:
            path = write_all(self, Path(folder), [name])[name]
            page = path.read_text(encoding="utf-8")
        # srcdoc keeps the page self-contained and sandboxed from the notebook; the div keeps
        # IPython from warning that a bare <iframe> should be an IFrame (which needs a URL).
        return HTML(
            f'<div><iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;'
            f'border:1px solid #ddd" sandbox="allow-scripts"></iframe></div>'
        )

    def write(
        self,
        outdir: str | Path,
        formats: Sequence[str] | None = None,
        keep_dropped: bool = False,
        max_nodes: int | None = None,
    ) -> dict[str, Path]:
        """Write every output (or only ``formats``) into ``outdir``; returns name -> path.

        ``keep_dropped`` also writes ``dropped/<article id>.tsv``: each line that cleaning
        removed from the article, with its line number and the reason. ``max_nodes`` caps
        what graph.html draws (default ``graphbuild.export.html.MAX_NODES``).
        """
        from graphbuild.export import write_all

        return write_all(self, Path(outdir), formats, keep_dropped, max_nodes)
