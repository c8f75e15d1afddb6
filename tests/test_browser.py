"""The HTML pages in headless Chromium, offline: they load, show the data, and run no article text."""

import json
import shutil
from pathlib import Path

import pytest

import graphbuild

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian chromium and chromium-driver"),
]


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1400,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
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


def test_graph_page_shows_every_node(browser, seeds_out, seeds_result):
    open_page(browser, seeds_out / "graph.html", "graph.png")
    count = browser.execute_script("return window.graphbuild.nodes.length")
    expected = len(seeds_result.entities) + len(seeds_result.events) + len(seeds_result.articles)
    assert count == expected
    positions = browser.execute_script("return Object.keys(window.graphbuild.network.getPositions()).length")
    assert positions == expected
    zelensky = browser.execute_script("return window.graphbuild.nodes.get('person:volodymyr-zelensky')")
    assert "Also: Zelensky" in zelensky["title"]


def test_timeline_page_shows_every_dated_event(browser, seeds_out):
    open_page(browser, seeds_out / "timeline.html", "timeline.png")
    events = [json.loads(line) for line in (seeds_out / "events.jsonl").read_text().splitlines()]
    dated = [event for event in events if event["date"]["start"] and event["date"]["end"]]
    assert browser.execute_script("return window.graphbuild.items.length") == len(dated)
    visible = browser.execute_script("return document.querySelectorAll('.vis-item').length")
    assert visible > 0
    ranges = browser.execute_script(
        "return window.graphbuild.items.get().filter(i => i.type === 'range').length"
    )
    assert ranges == sum(1 for event in dated if event["date"]["start"] != event["date"]["end"])


def test_hostile_article_runs_no_script(browser, tmp_path):
    hostile = {
        "title": '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">',
        "date": "2023-02-03",
        "text": "President Volodymyr Zelensky said on Friday that <script>window.pwned=3</script> Ukraine "
        'will not surrender Bakhmut <img src=x onerror="window.pwned=4"> to Russia.\n\n'
        "</script><script>window.pwned=5</script> Zelensky met Charles Michel in Kyiv on Friday.",
    }
    (tmp_path / "hostile.json").write_text(json.dumps(hostile))
    out = tmp_path / "out"
    graphbuild.build([tmp_path]).write(out)
    for page in ("graph.html", "timeline.html"):
        browser.get((out / page).resolve().as_uri())
        browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 1000)")
        assert browser.execute_script("return window.pwned === undefined"), page
        assert browser.execute_script("return document.querySelectorAll('img[src=x]').length") == 0
