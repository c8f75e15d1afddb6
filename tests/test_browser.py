"""The HTML pages in headless Chromium, offline: they load, show the data, and run no article text."""

import json
from pathlib import Path

import pytest
from selenium.webdriver import ActionChains
from selenium.webdriver.support.ui import Select

import graphbuild
from graphbuild.evaluation.browser import CHROMEDRIVER, CHROMIUM, headless_chromium

ARTIFACTS = Path(__file__).parent / "artifacts"
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
    type_into(browser, "search", "bakhmut")
    found = browser.execute_script(shown)
    assert "place:bakhmut" in found and len(found) < expected
    assert "person:ursula-von-der-leyen" not in found

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
    assert browser.execute_script("return window.graphbuild.items.length") == len(dated)
    assert browser.execute_script("return document.querySelectorAll('.vis-item').length") > 0
    ranges = browser.execute_script(
        "return window.graphbuild.items.get().filter(i => i.type === 'range').length"
    )
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


def test_index_page_links_the_outputs_and_sorts_and_searches_events(browser, seeds_out):
    open_page(browser, seeds_out / "index.html", "index.png")
    events = records(seeds_out, "events.jsonl")
    links = {
        a.get_attribute("href").rsplit("/", 1)[-1] for a in browser.find_elements("css selector", ".files a")
    }
    assert {"graph.html", "timeline.html", "graph.graphml", "graph.gexf", "events.csv"} <= links
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
    for page in ("graph.html", "timeline.html", "index.html"):
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
