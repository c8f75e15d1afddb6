"""The HTML pages in headless Chromium, offline: they load, show the data, and run no article text."""

import json
from pathlib import Path

import pytest
from selenium.webdriver import ActionChains
from selenium.webdriver.support.ui import Select

import graphbuild
from graphbuild.evaluation.browser import CHROMEDRIVER, CHROMIUM, headless_chromium

ARTIFACTS = Path(__file__).parent / "artifacts"
CLEANING = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "cleaning-pages"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian chromium and chromium-driver"),
]


@pytest.fixture(scope="module")
def browser():
    driver = headless_chromium()
    yield driver
    driver.quit()


def open_page(browser, path: Path, screenshot: str):
    browser.get(path.resolve().as_uri())
    browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 1500)")
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / screenshot))
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], errors
    # Offline: nothing but the page itself was loaded.
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert [name for name in resources if not name.startswith(("file:", "data:", "blob:"))] == []


def records(out: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (out / name).read_text().splitlines()]


def type_into(browser, element_id: str, text: str) -> None:
    browser.execute_script(
        "var box = document.getElementById(arguments[0]); box.value = arguments[1];"
        "box.dispatchEvent(new Event('input'));",
        element_id,
        text,
    )


def wait_for(browser, script: str, seconds: float = 30):
    value = None
    for _ in range(int(seconds * 10)):
        value = browser.execute_script(script)
        if value:
            return value
        browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 100)")
    raise AssertionError(f"timed out waiting for: {script}")


def assert_readable(browser, labels: str, area: str, least: int = 1) -> list[dict]:
    """The labels drawn in ``area`` are at least 60 px wide and none overlaps another."""
    boxes = browser.execute_script(
        "var area = document.querySelector(arguments[1]).getBoundingClientRect();"
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getBoundingClientRect())"
        ".filter(r => r.width && r.right > area.left && r.left < area.right && r.bottom > area.top"
        " && r.top < area.bottom).map(r => ({x: r.left, y: r.top, w: r.width, h: r.height}))",
        labels,
        area,
    )
    assert len(boxes) >= least, boxes
    assert all(box["w"] >= 60 for box in boxes), [box for box in boxes if box["w"] < 60]
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            apart = (
                one["x"] + one["w"] <= other["x"] + 0.5
                or other["x"] + other["w"] <= one["x"] + 0.5
                or one["y"] + one["h"] <= other["y"] + 0.5
                or other["y"] + other["h"] <= one["y"] + 0.5
            )
            assert apart, (one, other)
    return boxes


def graph_labels(browser) -> list[dict]:
    """The boxes of the labels the graph page drew at the current zoom, in page pixels."""
    browser.execute_script("window.graphbuild.network.redraw()")
    browser.execute_async_script(
        "requestAnimationFrame(() => setTimeout(arguments[arguments.length - 1], 50))"
    )
    return browser.execute_script("return window.graphbuild.labels()")


def assert_apart(boxes: list[dict]) -> None:
    assert boxes and all(box["w"] >= 60 for box in boxes), boxes
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert (
                one["x"] + one["w"] <= other["x"]
                or other["x"] + other["w"] <= one["x"]
                or one["y"] + one["h"] <= other["y"]
                or other["y"] + other["h"] <= one["y"]
            ), (one, other)


@pytest.fixture(scope="session")
def cleaning_out(tmp_path_factory):
    """One build of the shared cleaning pages (real news pages) for the whole session."""
    pages = sorted(CLEANING.glob("*.html"))
    if not pages:
        pytest.skip("../shared/data/cleaning-pages is absent")
    out = tmp_path_factory.mktemp("cleaning")
    graphbuild.build(pages, jobs=2).write(out)
    return out


# Where each story's nodes are, and the share of them nearer their own story's centre than
# any other's.
STORY_PLACES = """
var g = window.graphbuild, at = g.network.getPositions(), by = {}, centre = {}, own = 0, all = 0;
g.nodes.forEach(function (n) {
  if (n.story !== null && n.story < g.stories.length) { (by[n.story] = by[n.story] || []).push(at[n.id]); }
});
Object.keys(by).forEach(function (k) {
  var n = by[k].length;
  centre[k] = { x: by[k].reduce((a, p) => a + p.x, 0) / n, y: by[k].reduce((a, p) => a + p.y, 0) / n };
});
Object.keys(by).forEach(function (k) { by[k].forEach(function (p) {
  var nearest = Object.keys(centre).sort((a, b) => Math.hypot(p.x - centre[a].x, p.y - centre[a].y)
    - Math.hypot(p.x - centre[b].x, p.y - centre[b].y))[0];
  own += nearest === k; all += 1;
}); });
return own / all;
"""


def check_stories(browser, labels: list[dict], apart: float) -> None:
    """The overview shows the stories: a legend names each coloured story by its leading
    actors, their nodes wear its colour and gather apart (at least ``apart`` of them nearest
    their own story's centre), its leaders are labelled first, and a story opens on its own
    and returns."""
    stories = browser.execute_script("return window.graphbuild.stories")
    assert 1 <= len(stories) <= 10
    chips = browser.execute_script(
        "return Array.from(document.querySelectorAll('#stories button')).map(b => ({text: b.textContent,"
        " colour: getComputedStyle(b.querySelector('.swatch')).backgroundColor}))"
    )
    assert [chip["text"] for chip in chips] == [f"{s['name']} · {s['events']}" for s in stories]
    assert len({chip["colour"] for chip in chips}) == len(stories)
    colours = browser.execute_script(
        "var s = window.graphbuild.stories; return window.graphbuild.nodes.get()"
        ".filter(n => n.story !== null && n.story < s.length).every(n => n.color === s[n.story].colour)"
        " && window.graphbuild.nodes.get().filter(n => n.story === null || n.story >= s.length)"
        ".every(n => n.color === '#c9c9c9')"
    )
    assert colours
    assert browser.execute_script(STORY_PLACES) >= apart
    # The leading actor of the biggest story is named first; most stories have a leader named.
    labelled = [box["id"] for box in labels]
    assert labelled[0] == stories[0]["leaders"][0]
    named = [s for s in stories if set(s["leaders"]) & set(labelled)]
    assert len(named) >= len(stories) / 2, (named, labelled)

    total = browser.execute_script("return window.graphbuild.view.length")
    browser.find_element("css selector", "#stories button[data-story='0']").click()
    # Its events with everyone taking part in them (some of whom lead other stories).
    inside = browser.execute_script(
        "return window.graphbuild.view.get().filter(n => n.kind === 'EVENT').map(n => n.story)"
    )
    assert set(inside) == {0} and len(inside) == stories[0]["events"]
    assert browser.execute_script(
        "var shown = window.graphbuild.view.getIds();"
        "return window.graphbuild.nodes.get().filter(n => n.story === 0).every(n => shown.includes(n.id))"
    )
    assert browser.execute_script("return window.graphbuild.view.length") < total
    assert browser.find_element("id", "focus").text.startswith(f"Showing one story: {stories[0]['name']}")
    panel = browser.find_element("id", "details").text
    assert panel.startswith(stories[0]["name"]) and f"{stories[0]['events']} events" in panel
    assert len(browser.find_elements("css selector", "#details li")) == stories[0]["events"]
    browser.find_element("id", "back").click()
    assert browser.execute_script("return window.graphbuild.view.length") == total


def check_opening_views(browser, out: Path, name: str, apart: float) -> list[str]:
    """The graph opens on its stories, their leading actors labelled apart; the timeline on
    the densest days, its items readable and drawn within seconds; an entity view opens and
    returns; the map shows the places with coordinates. Returns the timeline's opening window."""
    open_page(browser, out / "graph.html", f"graph-{name}.png")
    # The stories are drawn at once, before the layout settles.
    assert browser.execute_script("return window.graphbuild.firstDrawAt")
    wait_for(browser, "return window.graphbuild.settled", 120)
    browser.execute_script("window.graphbuild.network.fit({animation: false})")
    labels = graph_labels(browser)
    assert_apart(labels)
    # An entity on screen is named first.
    kinds = browser.execute_script(
        "return arguments[0].map(id => details[id].kind)", [b["id"] for b in labels]
    )
    assert kinds[0] not in ("EVENT", "ARTICLE")
    browser.save_screenshot(str(ARTIFACTS / f"graph-{name}.png"))
    check_stories(browser, labels, apart)
    total = browser.execute_script("return window.graphbuild.view.length")
    first = labels[0]["id"]
    browser.execute_script("window.graphbuild.focusOn(arguments[0])", first)
    own = browser.execute_script("return window.graphbuild.view.getIds()")
    assert first in own and len(own) < total
    panel = browser.find_element("id", "details").text
    assert (
        panel.startswith(browser.execute_script("return details[arguments[0]].name", first))
        and "With:" in panel
    )
    browser.find_element("id", "back").click()
    assert browser.execute_script("return window.graphbuild.view.length") == total

    open_page(browser, out / "timeline.html", f"timeline-{name}.png")
    # The first items within 2 s on a quiet machine (benchmarks/views.py); the bound leaves
    # room for a machine shared with other work.
    assert browser.execute_script("return window.graphbuild.firstItemsAt") < 6000
    assert_readable(browser, ".vis-item:not(.vis-cluster) .vis-item-content", "#timeline .vis-center", 3)
    assert len(browser.execute_script("return window.graphbuild.groups.getIds()")) <= 13
    Select(browser.find_element("id", "rows")).select_by_value("actor")
    rows = browser.execute_script("return window.graphbuild.groups.getIds()")
    assert len(rows) <= 13 and ("others" in rows or len(rows) < 13)
    Select(browser.find_element("id", "rows")).select_by_value("type")
    window = browser.execute_script(
        "var w = window.graphbuild.timeline.getWindow(); return [w.start.toISOString(), w.end.toISOString()]"
    )

    open_page(browser, out / "map.html", f"map-{name}.png")
    entities = {e["id"]: e for e in records(out, "entities.jsonl")}
    located = {p for e in records(out, "events.jsonl") for p in e["places"] if entities[p]["lat"] is not None}
    circles = browser.execute_script("return document.querySelectorAll('#map circle').length")
    assert circles == len(located)
    assert_apart(browser.execute_script("return window.graphbuild.labels()"))
    return window


def test_seeds_open_readable_on_the_day_of_the_news(browser, seeds_out):
    # Two articles of one story: every story shares Zelensky, Russia and Bakhmut, so they sit
    # closer together than the many stories of the real pages (about 0.67 here, 0.9 there).
    start, end = check_opening_views(browser, seeds_out, "seeds", apart=0.6)
    assert start < "2023-02-03" < "2023-02-04" < end


def test_real_news_pages_open_readable(browser, cleaning_out):
    check_opening_views(browser, cleaning_out, "cleaning-pages", apart=0.7)


def test_graph_page_shows_every_node_and_filters(browser, seeds_out):
    open_page(browser, seeds_out / "graph.html", "graph.png")
    events, entities = records(seeds_out, "events.jsonl"), records(seeds_out, "entities.jsonl")
    articles = [a for a in records(seeds_out, "articles.jsonl") if a["status"] == "ok"]
    expected = len(events) + len(entities) + len(articles)
    assert browser.execute_script("return window.graphbuild.nodes.length") == expected
    assert browser.execute_script("return window.graphbuild.view.length") == expected
    wait_for(browser, "return window.graphbuild.settled")
    positions = browser.execute_script("return Object.keys(window.graphbuild.network.getPositions()).length")
    assert positions == expected
    zelensky = browser.execute_script("return window.graphbuild.nodes.get('person:volodymyr-zelensky')")
    assert "Also: Zelensky" in zelensky["title"]

    shown = "return window.graphbuild.view.getIds()"
    overview = browser.execute_script("return window.graphbuild.network.getScale()")
    type_into(browser, "search", "bakhmut")
    found = browser.execute_script(shown)
    assert "place:bakhmut" in found and len(found) < expected
    assert "person:ursula-von-der-leyen" not in found
    # The search zooms onto what it found: every match is on screen, closer than the overview.
    assert browser.execute_script("return window.graphbuild.network.getScale()") > overview
    on_screen = browser.execute_script(
        "var g = window.graphbuild.network, c = document.querySelector('#network canvas');"
        "return arguments[0].every(function (id) { var p = g.canvasToDOM(g.getPositions([id])[id]);"
        " return p.x >= 0 && p.y >= 0 && p.x <= c.clientWidth && p.y <= c.clientHeight; })",
        found,
    )
    assert on_screen

    browser.find_element("id", "reset").click()
    browser.find_element("css selector", "#types input[value=ARTICLE]").click()
    kinds = browser.execute_script("return window.graphbuild.view.get().map(n => n.kind)")
    assert "ARTICLE" not in kinds and len(kinds) == expected - len(articles)

    browser.find_element("id", "reset").click()
    type_into(browser, "from", "2023-01-01")
    type_into(browser, "to", "2023-01-31")
    in_january = [e["id"] for e in events if e["date"]["start"] and e["date"]["start"] <= "2023-01-31"]
    in_january = [
        i for i in in_january if next(e for e in events if e["id"] == i)["date"]["end"] >= "2023-01-01"
    ]
    drawn_events = browser.execute_script(
        "return window.graphbuild.view.get().filter(n => n.kind === 'EVENT').map(n => n.id)"
    )
    assert sorted(drawn_events) == sorted(in_january) and in_january


def test_clicking_a_graph_node_shows_its_sources(browser, seeds_out):
    open_page(browser, seeds_out / "graph.html", "graph.png")
    wait_for(browser, "return window.graphbuild.settled")
    vow = next(
        e
        for e in records(seeds_out, "events.jsonl")
        if e["label"].startswith("President Volodymyr Zelensky said on Feb. 3")
    )
    browser.execute_script("window.graphbuild.network.focus(arguments[0], {scale: 1.5})", vow["id"])
    point = browser.execute_script(
        "var g = window.graphbuild.network, i = arguments[0]; return g.canvasToDOM(g.getPositions([i])[i])",
        vow["id"],
    )
    canvas = browser.find_element("css selector", "#network canvas")
    ActionChains(browser).move_to_element_with_offset(
        canvas, point["x"] - canvas.size["width"] / 2, point["y"] - canvas.size["height"] / 2
    ).click().perform()
    panel = browser.find_element("id", "details").text
    assert vow["label"] in panel
    assert f"Sources ({len(vow['sources'])}" in panel
    assert vow["sources"][0]["sentence"] in panel
    browser.save_screenshot(str(ARTIFACTS / "graph-details.png"))


def test_timeline_page_shows_every_dated_event_and_its_sources(browser, seeds_out):
    open_page(browser, seeds_out / "timeline.html", "timeline.png")
    events = records(seeds_out, "events.jsonl")
    dated = [event for event in events if event["date"]["start"] and event["date"]["end"]]
    assert browser.execute_script("return window.graphbuild.all.length") == len(dated)
    assert browser.execute_script("return document.querySelectorAll('.vis-item').length") > 0
    ranges = browser.execute_script("return window.graphbuild.all.filter(i => i.type === 'range').length")
    assert ranges == sum(1 for event in dated if event["date"]["start"] != event["date"]["end"])
    undated = browser.find_elements("css selector", "#undated li")
    assert len(undated) == len(events) - len(dated)

    groups = "return window.graphbuild.groups.getIds()"
    assert sorted(browser.execute_script(groups)) == sorted({event["type"] for event in dated})
    Select(browser.find_element("id", "rows")).select_by_value("place")
    assert "Kyiv" in browser.execute_script(groups)
    Select(browser.find_element("id", "rows")).select_by_value("actor")
    assert "Volodymyr Zelensky" in browser.execute_script(groups)
    Select(browser.find_element("id", "rows")).select_by_value("type")

    type_into(browser, "search", "reznikov")
    items = browser.execute_script("return window.graphbuild.items.get().map(i => i.event)")
    assert items and len(items) < len(dated)
    assert_readable(browser, ".vis-item:not(.vis-cluster) .vis-item-content", "#timeline .vis-center")
    assert all("Reznikov" in json.dumps(next(e for e in events if e["id"] == i)) for i in items)

    browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 300)")
    # A range item may start off screen; click the first point item, which is drawn whole.
    point = next(
        item
        for item in browser.find_elements("css selector", ".vis-item.vis-point .vis-item-content")
        if item.is_displayed()
    )
    point.click()
    panel = browser.find_element("id", "details").text
    assert "Sources (" in panel and "Reznikov" in panel
    undated[0].click()
    assert browser.find_element("id", "details").text.startswith(undated[0].text.rstrip(".…")[:40])


def test_timeline_clusters_a_crowded_day_with_its_count_and_parts_it_on_zoom(browser, tmp_path):
    mayors = ["Anna Kowalski", "Piotr Nowak", "Maria Lindqvist", "Jonas Berg", "Sofia Marino", "Luca Bianchi"]
    mayors += ["Elena Petrova", "Tomas Novak", "Ines Duarte", "Karl Weber", "Hanna Virtanen", "Mikko Laine"]
    text = " ".join(f"Mayor {name} said on Tuesday that the harbour would reopen in May." for name in mayors)
    (tmp_path / "harbours.json").write_text(
        json.dumps({"title": "Harbours", "date": "2021-03-12", "text": text})
    )
    out = tmp_path / "out"
    result = graphbuild.build([tmp_path / "harbours.json"])
    said = [e for e in result.events if e.type == "statement" and str(e.date.start) == "2021-03-09"]
    assert len(said) == len(mayors)
    result.write(out, ["timeline.html"])
    open_page(browser, out / "timeline.html", "timeline-crowded.png")
    # Only the statements are points (the harbours' reopening is a range: "in May").
    items = "return Array.from(document.querySelectorAll('#timeline .vis-item'))"
    # The week view: some of the day's events drawn as one cluster with their count, none lost.
    counts = browser.execute_script(
        items + ".filter(e => e.matches('.vis-cluster')).map(e => +e.textContent)"
    )
    alone = browser.execute_script(items + ".filter(e => e.matches('.vis-point')).length")
    assert counts and sum(counts) + alone == len(mayors)
    # Zoomed onto the day, every event has its own item and the clusters are gone.
    browser.execute_script(
        "window.graphbuild.timeline.setWindow('2021-03-09T00:00', '2021-03-10T00:00', {animation: false})"
    )
    wait_for(browser, "return document.querySelectorAll('.vis-cluster').length === 0", 10)
    assert browser.execute_script(items + ".filter(e => e.matches('.vis-point')).length") == len(mayors)
    assert_readable(browser, ".vis-item.vis-point .vis-item-content", "#timeline .vis-center", len(mayors))


def test_map_shows_the_places_with_coordinates_and_their_sources(browser, seeds_out):
    open_page(browser, seeds_out / "map.html", "map.png")
    entities = {e["id"]: e for e in records(seeds_out, "entities.jsonl")}
    events = records(seeds_out, "events.jsonl")
    located = {p for e in events for p in e["places"] if entities[p]["lat"] is not None}
    assert located, "the seeds name places with coordinates"
    drawn = browser.execute_script(
        "return Array.from(document.querySelectorAll('#map circle')).map(c => c.dataset.id)"
    )
    assert sorted(drawn) == sorted(located)
    assert browser.execute_script("return document.querySelectorAll('#map path').length") > 100
    assert_apart(browser.execute_script("return window.graphbuild.labels()"))
    # A click on a place opens its events with their sources.
    bakhmut = browser.find_element("css selector", "#map circle[data-id='place:bakhmut']")
    ActionChains(browser).move_to_element(bakhmut).click().perform()
    panel = browser.find_element("id", "details").text
    there = [e for e in events if "place:bakhmut" in e["places"]]
    assert panel.startswith("Bakhmut") and there[0]["label"] in panel and "Sources (" in panel
    # The slider shows one week at a time.
    browser.execute_script(
        "var s = document.getElementById('slider'); s.value = 0; s.dispatchEvent(new Event('input'));"
    )
    assert not browser.find_element("id", "all").is_selected()
    first_week = browser.execute_script("return document.querySelectorAll('#map circle').length")
    assert first_week <= len(located)


def test_index_page_links_the_outputs_and_sorts_and_searches_events(browser, seeds_out):
    open_page(browser, seeds_out / "index.html", "index.png")
    events = records(seeds_out, "events.jsonl")
    links = {
        a.get_attribute("href").rsplit("/", 1)[-1] for a in browser.find_elements("css selector", ".files a")
    }
    assert {"graph.html", "timeline.html", "map.html", "graph.graphml", "graph.gexf", "events.csv"} <= links
    rows = "return window.graphbuild.rows.filter(r => !r.hidden).length"
    assert browser.execute_script(rows) == len(events)
    type_into(browser, "search", "von der leyen")
    assert 0 < browser.execute_script(rows) < len(events)
    type_into(browser, "search", "")
    sources = browser.find_element("xpath", "//th[text()='sources']")
    sources.click()
    sources.click()
    first = browser.find_element("css selector", "#events tbody tr td:nth-child(5)").text
    assert int(first) == max(len(event["sources"]) for event in events)


def test_hostile_article_runs_no_script(browser, tmp_path):
    hostile = {
        "title": '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">',
        "date": "2023-02-03",
        "text": "President Volodymyr Zelensky said on Friday that <script>window.pwned=3</script> Ukraine "
        'will not surrender Bakhmut <img src=x onerror="window.pwned=4"> to Russia.\n\n'
        "</script><script>window.pwned=5</script> Zelensky met Charles Michel in Kyiv on Friday.",
    }
    (tmp_path / "hostile.json").write_text(json.dumps(hostile))
    # No publication date: its events are undated and listed below the timeline.
    undated = {
        "title": "<b>t</b>",
        "text": "Heavy snow closed roads near Oslo on Tuesday, Norwegian police said in a statement. "
        '<img src=x onerror="window.pwned=6"> Drivers waited in their cars for hours, officials said.',
    }
    (tmp_path / "undated.json").write_text(json.dumps(undated))
    out = tmp_path / "out"
    result = graphbuild.build([tmp_path])
    assert any(event.date.value is None for event in result.events), "the undated list must be tested too"
    result.write(out)
    for page in ("graph.html", "timeline.html", "map.html", "index.html"):
        browser.get((out / page).resolve().as_uri())
        browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 1000)")
        assert browser.execute_script("return window.pwned === undefined"), page
        assert browser.execute_script("return document.querySelectorAll('img[src=x]').length") == 0
        if page != "index.html":
            # Open every details panel: what it shows is text, never markup.
            browser.execute_script(
                "var ids = Object.keys(details); ids.forEach(function (id) {"
                "graphbuildDetails(document.getElementById('details'), details[id]); });"
            )
        assert browser.execute_script("return window.pwned === undefined"), page
        assert (
            browser.execute_script("return document.querySelectorAll('#details img, #details script').length")
            == 0
        )
