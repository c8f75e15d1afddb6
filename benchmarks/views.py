"""How the pages hold up on a big corpus: page size, time to the first drawing and to a settled
layout in Chromium, with the machine's load (other work inflates every time).

A generated corpus (a fixed random seed, so every run draws the same graph) of about
``--nodes`` nodes: entities whose popularity follows a power law, events with two to four
participants spread over two years, and the articles that report them. graph.html is built
twice, drawing everything and with the default cap; timeline.html and index.html once.

    .venv/bin/python benchmarks/views.py --nodes 5000 [--out DIR] [--json]

Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from graphbuild.evaluation.browser import headless_chromium
from graphbuild.export.html import MAX_NODES, write_graph_html, write_index_html, write_timeline_html
from graphbuild.graph import build_graph
from graphbuild.model import Article, Basis, DateValue, Entity, Event, EventSource, Participant
from graphbuild.result import Result

TYPES = ["statement", "meeting or visit", "military action", "aid or pledge", "sanction", "other"]
KINDS = ["PERSON", "ORG", "PLACE"]


def generated_result(nodes: int, seed: int = 7) -> Result:
    """A corpus of ``nodes`` nodes: 20% entities, 70% events, 10% articles."""
    rng = random.Random(seed)
    first_day = date(2022, 1, 1)
    articles = [
        Article(
            id=f"art-{n:05d}",
            path=f"generated/{n}.txt",
            text="",
            title=f"Generated article {n}",
            url=f"https://example.org/{n}",
            outlet=f"Outlet {n % 40}",
            published=first_day + timedelta(days=rng.randrange(730)),
        )
        for n in range(nodes // 10)
    ]
    entities = [
        Entity(f"e-{n:05d}", f"Entity {n}", KINDS[n % 3], [f"Entity {n}"], 1, [], None, None)
        for n in range(nodes // 5)
    ]
    weights = [1 / (rank + 1) for rank in range(len(entities))]
    events = []
    for n in range(nodes - len(articles) - len(entities)):
        cast = {entity.id: entity for entity in rng.choices(entities, weights, k=rng.randint(2, 4))}
        article = rng.choice(articles)
        day = article.published - timedelta(days=rng.randrange(3))
        value = DateValue(day.isoformat(), day, day, "day", Basis.RELATIVE, "Friday")
        sentence = f"Generated sentence {n} about " + " and ".join(e.name for e in cast.values()) + "."
        events.append(
            Event(
                id=f"ev-{n:05d}",
                label=sentence,
                type=rng.choice(TYPES),
                trigger="said",
                date=value,
                participants=[Participant(e.id, e.name, e.type, "agent") for e in cast.values()],
                places=[e.id for e in cast.values() if e.type == "PLACE"],
                sources=[
                    EventSource(
                        article.id, article.title, article.url, article.published, sentence, 0, 1, value
                    )
                ],
                modality="asserted",
                outlets=[article.outlet],
            )
        )
    graph = build_graph(articles, entities, events)
    return Result(articles, [], entities, events, graph, "generated")


def measure(driver, page: Path, ready: dict[str, str], timeout: float = 600) -> dict:
    """Load ``page`` and wait, in turn, until each script of ``ready`` returns a time (ms since
    navigation); each time is reported under its name, in seconds."""
    started = time.perf_counter()
    driver.get(page.resolve().as_uri())
    row = {"page": page.name, "size_mb": round(page.stat().st_size / 1e6, 2)}
    for name, script in ready.items():
        ready_at = None
        while ready_at is None and time.perf_counter() - started < timeout:
            ready_at = driver.execute_script(script)
            if ready_at is None:
                time.sleep(0.05)
        row[name] = None if ready_at is None else round(ready_at / 1000, 2)
    loaded = driver.execute_script(
        "var t = performance.getEntriesByType('navigation')[0]; return t.domContentLoadedEventEnd"
    )
    return row | {"loaded_s": round(loaded / 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--out", type=Path, help="keep the pages here (default: a temporary folder)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    result = generated_result(args.nodes)
    started = time.perf_counter()
    write_graph_html(result, out / "graph-all.html", max_nodes=args.nodes)
    write_graph_html(result, out / "graph.html")
    write_timeline_html(result, out / "timeline.html")
    write_index_html(result, out / "index.html")
    written = time.perf_counter() - started
    graph = {
        "first_draw_s": "return window.graphbuild && window.graphbuild.firstDrawAt || null",
        "ready_s": "var g = window.graphbuild; return g && g.settled ? g.settledAt : null",
    }
    drawn = {"ready_s": "return window.graphbuild && window.graphbuild.firstItemsAt || null"}
    table = {"ready_s": "return document.getElementById('count').textContent ? performance.now() : null"}
    load_before = os.getloadavg()[0]
    driver = headless_chromium()
    try:
        rows = [
            measure(driver, out / "graph-all.html", graph) | {"drawn_nodes": args.nodes},
            measure(driver, out / "graph.html", graph) | {"drawn_nodes": min(args.nodes, MAX_NODES)},
            measure(driver, out / "timeline.html", drawn),
            measure(driver, out / "index.html", table),
        ]
    finally:
        driver.quit()
    load = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    report = {"nodes": args.nodes, "events": len(result.events), "write_s": round(written, 2), "load": load}
    report["pages"] = rows
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"{args.nodes:,} nodes ({len(result.events):,} events); all pages written in {written:.1f} s")
    print(f"load average (1 min) {load[0]} before, {load[1]} after, on {os.cpu_count()} cores")
    print(f"{'page':<16}{'drawn':>8}{'size MB':>10}{'loaded s':>10}{'first draw s':>14}{'ready s':>10}")
    for row in rows:
        drawn_nodes = row.get("drawn_nodes", "")
        print(
            f"{row['page']:<16}{drawn_nodes:>8}{row['size_mb']:>10}{row['loaded_s']:>10}"
            f"{row.get('first_draw_s', '')!s:>14}{row['ready_s']!s:>10}"
        )


if __name__ == "__main__":
    main()
