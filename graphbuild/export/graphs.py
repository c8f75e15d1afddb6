"""The graph as files for graph tools: GraphML (Gephi, yEd, Cytoscape, networkx), GEXF with
time intervals (Gephi's timeline) and node-link JSON (networkx, d3).

Every format holds the same nodes, edges and attributes. GraphML and GEXF take scalars
only, so list attributes become JSON text and missing values are left out; characters that
XML 1.0 cannot hold at all (control characters, U+FFFE, U+FFFF, unpaired surrogates) are
removed from their text, so that a stray byte in an article never makes the file unreadable.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree.ElementTree import ElementTree

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from graphbuild.export.files import BuildResult, atomic_write

# What XML 1.0 forbids even as a character reference: C0 controls but tab and line breaks,
# surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value):
    """``value`` without the characters XML cannot hold; other values unchanged.

    >>> xml_text("Kyiv\x01 Post\ufffe"), xml_text(3)
    ('Kyiv Post', 3)
    """
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def graphml_ready(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with only scalar attributes that XML can hold: lists become JSON text, missing
    values are left out, and ids and text lose the characters XML forbids (see :func:`xml_text`).

    >>> graph = nx.DiGraph()
    >>> graph.add_node("a", aliases=["EU", "European Union"], lat=None)
    >>> graphml_ready(graph).nodes["a"]
    {'aliases': '["EU", "European Union"]'}
    """
    flat = nx.DiGraph()

    def scalar(attributes: dict) -> dict:
        out = {}
        for key, value in attributes.items():
            if value is None:
                continue
            text = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
            out[key] = xml_text(text)
        return out

    for node, attributes in graph.nodes(data=True):
        flat.add_node(xml_text(node), **scalar(attributes))
    for left, right, attributes in graph.edges(data=True):
        flat.add_edge(xml_text(left), xml_text(right), **scalar(attributes))
    return flat


def write_graphml(result: BuildResult, path: Path) -> None:
    with atomic_write(path) as stream:
        stream.write("\n".join(nx.generate_graphml(graphml_ready(result.graph), prettyprint=True)) + "\n")


def timed(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy where every node and edge that has a date carries ``start`` (and ``end``) days.

    Events keep their interval; an article starts on its publication day; an entity starts
    with the first event it takes part in and stays, so a time slider shows the cast grow.
    """
    flat = graphml_ready(graph)
    for node, attributes in flat.nodes(data=True):
        if attributes.get("kind") == "article" and "published" in attributes:
            attributes["start"] = attributes["published"]
        elif attributes.get("kind") == "entity":
            starts = [flat.edges[event, node].get("start") for event in flat.predecessors(node)]
            starts = [start for start in starts if start]
            if starts:
                attributes["start"] = min(starts)
    return flat


def write_gexf(result: BuildResult, path: Path) -> None:
    """GEXF 1.2 in dynamic mode with ISO-date intervals, valid against the GEXF schema."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(timed(result.graph))
    # networkx always writes a graph name, which the GEXF 1.2 schema does not allow, and
    # today's date, which would make two builds of the same input differ.
    writer.graph_element.attrib.pop("name", None)
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    if writer.graph_element.get("mode") == "dynamic":
        writer.graph_element.set("timeformat", "date")
    writer.indent(writer.xml)
    with atomic_write(path, "wb") as stream:
        ElementTree(writer.xml).write(stream, encoding="utf-8", xml_declaration=True)


def write_node_link(result: BuildResult, path: Path) -> None:
    """``networkx.node_link_data`` as JSON; ``networkx.node_link_graph(data, edges="links")``
    reads it back."""
    data = nx.node_link_data(result.graph, edges="links")
    with atomic_write(path) as stream:
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
