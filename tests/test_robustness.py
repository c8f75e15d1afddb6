"""No input stops a build, no output is ever corrupt (issue 19): each hostile or careless
input is skipped or repaired with a reason that names it, and the good article beside it
comes out whole. Fixtures are generated here, small; the case numbers are the issue's.
"""

import errno
import gzip
import io
import json
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import graphbuild
from graphbuild import cache as cache_module
from graphbuild import export
from graphbuild import nlp as nlp_stage
from graphbuild.cli import main
from graphbuild.ingest import Limits, read_inputs
from graphbuild.linking import link
from graphbuild.model import Article, ArticleAnalysis, EntityMention, Skipped, SkippedRecords

GOOD = (
    "President Emmanuel Macron said on Monday that France would send more aid to Ukraine next week.\n\n"
    "The unions in Paris called a national strike for Thursday, the third this month, over the pensions.\n"
)
CLEAN_GOOD = GOOD.strip()
NO_TEXT = "record has no text in its text field (text/content/body/article/full_text/maintext/bodyText)"
NESTED = "[" * 100_000 + "]" * 100_000


def good_article(folder: Path, name: str = "good.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(GOOD)
    return path


def assert_good_whole(result, name: str = "good.txt") -> None:
    (article,) = [a for a in result.articles if Path(a.path).name == name]
    assert article.text == CLEAN_GOOD
    assert any(source.article == article.id for event in result.events for source in event.sources)


def reasons(result) -> dict[str, str]:
    return {Path(item.path).name: item.reason for item in result.skipped}


def listed(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


# 1. One input stopped the whole build.


def test_json_nested_100000_deep_is_skipped_in_every_form(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    good_article(folder)
    (folder / "deep.json").write_text(NESTED)
    (folder / "deep.jsonl").write_text(json.dumps({"text": GOOD.replace("Monday", "Friday")}) + "\n" + NESTED)
    (folder / "story.txt").write_text(GOOD.replace("Monday", "Saturday"))
    (folder / "story.meta.json").write_text(NESTED)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NESTED.encode())))
    result = graphbuild.build(["-", folder])
    too_deep = "JSON nested too deeply to read (over about 1,000 levels)"
    assert reasons(result) == {"<stdin>": too_deep, "deep.json": too_deep, "deep.jsonl#L2": too_deep}
    assert_good_whole(result)
    story = next(a for a in result.articles if a.path.endswith("story.txt"))
    assert story.warnings == [f"metadata sidecar story.meta.json ignored: {too_deep}"]
    assert len(result.articles) == 3  # good.txt, story.txt and deep.jsonl#L1


def test_a_5000_digit_number_keeps_its_record(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    huge = "7" * 5_000
    text = json.dumps(GOOD.replace("Monday", "Friday"))
    (folder / "feed.jsonl").write_text(f'{{"text": {text}, "views": {huge}, "date": {huge}}}\n')
    result = graphbuild.build([folder])
    assert_good_whole(result)
    feed = next(a for a in result.articles if a.path.endswith("feed.jsonl#L1"))
    assert feed.published is None and "is not a date; ignored" in feed.warnings[0]
    assert not result.skipped


def test_an_unpaired_surrogate_is_replaced_and_every_output_written(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    record = (
        '{"title": "Strike \\udc00 called", "text": "President Joe Biden said on Monday \\udc00 that '
        'the United States would send more aid to Ukraine."}'
    )
    (folder / "feed.json").write_text(record)
    result = graphbuild.build([folder])
    assert_good_whole(result)
    feed = next(a for a in result.articles if a.path.endswith("feed.json"))
    assert feed.title == "Strike \ufffd called" and "\ufffd" in feed.text
    assert feed.warnings == ["2 unpaired surrogate escape(s) (such as \\udc00) replaced with U+FFFD"]
    out = tmp_path / "out"
    result.write(out)
    assert [record["status"] for record in listed(out)] == ["ok", "ok"]
    assert "Strike \ufffd called" in (out / "events.jsonl").read_text(encoding="utf-8")


# 3. Tiny files, huge costs.


def test_many_bad_records_are_summarised_per_file_and_still_each_listed(tmp_path, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    empty_records = "{}\n" * 5_000
    (folder / "empty.jsonl.gz").write_bytes(gzip.compress(empty_records.encode()))
    (folder / "rows.csv").write_text("title,text\n" + "A,\n" * 3_000)
    (folder / "array.json").write_text("[" + ", ".join(["{}"] * 2_000 + ['"x"']) + "]")
    (folder / "blank.jsonl").write_text("\n \n\t\n")
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "1 article(s) (0 near-identical copies, 0 from the cache), 10002 skipped;" in err
    warnings = [line for line in err.splitlines() if "warning" in line]
    listed_each = Limits().skips_listed
    # Per file: the first records one by one, then one summary.
    assert len(warnings) == 3 * (listed_each + 1) + 1
    summary = next(line for line in warnings if "empty.jsonl.gz: " in line)
    assert summary.endswith(
        f"{5_000 - listed_each:,} more skipped records, past the first {listed_each} listed one by one: "
        f"{5_000 - listed_each:,} record has no text in its text field "
        "(text/content/body/article/full_text/maintext/bodyText) (first #L21, #L22, #L23); "
        "articles.jsonl lists each one"
    )
    array_summary = next(line for line in warnings if "array.json: " in line)
    assert (
        "1,980 record has no text" in array_summary
        and "1 record is a str, not an object (first #2000)" in (array_summary)
    )
    assert "skipped " + str(folder / "blank.jsonl") + ": file holds only blank lines" in "\n".join(warnings)
    records = listed(out)
    assert len(records) == 1 + 5_000 + 3_000 + 2_001 + 1
    paths = [record["path"] for record in records]
    assert len(set(paths)) == len(paths)
    assert {f"{folder / 'rows.csv'}#R{row}" for row in range(1, 3_001)} <= set(paths)
    assert (out / "index.html").stat().st_size < 100_000
    assert "10,002 inputs skipped" in (out / "index.html").read_text()
    result = graphbuild.build([folder])
    assert_good_whole(result)
    (summary_item,) = [item for item in result.skipped if item.path.endswith("empty.jsonl.gz")]
    assert isinstance(summary_item, SkippedRecords)
    assert summary_item.count == 5_000 - listed_each
    assert next(summary_item.records()) == Skipped(f"{summary_item.path}#L21", NO_TEXT)


# 7. Inputs missing from articles.jsonl with no warning.


def test_links_pipes_devices_and_unreadable_folders_are_listed_with_a_reason(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    good_article(folder)
    (folder / "loop").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.jsonl")
    (folder / "locked").mkdir()
    (folder / "locked" / "inside.txt").write_text(GOOD)
    (folder / "header.csv").write_text("title,text\n")
    real_scandir = os.scandir

    def denied(path):
        # chmod 000 does not stop root, who runs these tests in CI: refuse the way the OS would.
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    result = graphbuild.build([folder])
    assert_good_whole(result)
    assert reasons(result) == {
        "loop": "a folder already read, through a symlink loop or another link to it",
        "self.txt": "symlink loop: the link leads back to itself",
        "gone.txt": f"dangling symlink: its target {folder / 'missing.txt'} does not exist",
        "zero.txt": "not a regular file (a character device)",
        "pipe.jsonl": "not a regular file (a named pipe)",
        "locked": "cannot read folder: permission denied",
        "header.csv": "CSV has a header but no rows",
    }
    assert len(result.inputs) == 8


def test_a_named_pipe_on_the_command_line_is_read_and_never_waits_forever(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    silent, fed = tmp_path / "silent", tmp_path / "fed"
    os.mkfifo(silent)
    os.mkfifo(fed)
    writer = threading.Thread(
        target=lambda: fed.write_text(json.dumps({"text": GOOD.replace("Monday", "Sunday")}) + "\n"),
        daemon=True,
    )
    writer.start()
    done = {}
    reader = threading.Thread(
        target=lambda: done.update(result=graphbuild.build([silent, fed, folder])), daemon=True
    )
    reader.start()
    reader.join(120)
    assert not reader.is_alive(), "reading a named pipe without a writer blocked"
    result = done["result"]
    assert_good_whole(result)
    assert reasons(result) == {"silent": "empty file"}
    assert [a.path for a in result.articles if a.format == "jsonl"] == [f"{fed}#L1"]


def test_an_oversized_csv_field_costs_its_row_not_the_rest_of_the_file(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    big = "word " * 4_000
    rows = [
        "title,text",
        f'First,"{GOOD.replace("Monday", "Tuesday")}"',
        f"Huge,{big}",
        f'Quoted,"{big}\nover ""two"" lines\n{big}"',
        f'Last,"{GOOD.replace("Monday", "Wednesday")}"',
    ]
    (folder / "export.csv").write_text("\n".join(rows) + "\n")
    result = graphbuild.build([folder], limits=Limits(record_bytes=10_000))
    assert_good_whole(result)
    over = "over the 10,000-byte limit for one record"
    assert reasons(result) == {"export.csv#R2": over, "export.csv#R3": over}
    kept = {Path(a.path).name: a.text for a in result.articles}
    assert "Tuesday" in kept["export.csv#R1"] and "Wednesday" in kept["export.csv#R4"]


# 8. Encodings.


def test_a_stray_byte_in_utf8_costs_one_character_not_every_line(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    text = (
        "Zürich’s mayor said on Monday that the café strike would end “soon”, after talks.\n\n"
        "Workers in Genève and Köln joined the strike, the unions said, calling it “historic”.\n"
    )

    def stray(day: str) -> bytes:
        return text.replace("Monday", day).encode().replace(b"caf\xc3\xa9", b"caf\xe9")

    (folder / "stray.txt").write_bytes(stray("Monday"))
    (folder / "feed.jsonl").write_bytes(b'{"text": "' + stray("Tuesday").replace(b"\n", b"\\n") + b'"}\n')
    (folder / "sheet.csv").write_bytes(b'title,text\nCafe,"' + stray("Friday") + b'"\n')
    result = graphbuild.build([folder])
    assert_good_whole(result)
    for name in ("stray.txt", "feed.jsonl#L1", "sheet.csv#R1"):
        article = next(a for a in result.articles if Path(a.path).name == name)
        assert "Zürich’s mayor" in article.text and "caf\ufffd strike" in article.text, name
        assert "Köln" in article.text and "Genève" in article.text, name
        assert article.warnings == ["1 byte(s) that are not valid UTF-8 replaced with U+FFFD"], name


# 11. Output folder and URLs.


def test_an_output_folder_inside_the_input_folder_is_never_read_back(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    out = folder / "out"
    for _ in range(2):
        assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
        assert [(r["path"], r["status"]) for r in listed(out)] == [(str(folder / "good.txt"), "ok")]
    result = graphbuild.build([out, folder])
    assert reasons(result) == {
        "out": "a graphbuild output folder (it holds .graphbuild-output); not read as input"
    }
    assert_good_whole(result)


def test_a_web_address_says_pages_are_not_fetched(tmp_path, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    url = "https://www.example.org/news/strike.html"
    assert main(["build", url, str(folder), "-o", str(out), "-q", "--no-cache"]) == 0
    message = (
        f"skipped {url}: a web address: graphbuild does not fetch pages; save the page first "
        "(e.g. curl -o page.html 'URL') and give the saved file"
    )
    assert message in capsys.readouterr().err
    assert listed(out)[0]["path"] == url
    assert [record["status"] for record in listed(out)] == ["skipped", "ok"]


def test_read_inputs_never_raises_on_what_a_file_holds(tmp_path):
    # The last line of defence: a reader that fails in a way no rule foresaw costs that file.
    (tmp_path / "deep.html").write_text("<div>" * 50_000 + "Text." + "</div>" * 50_000)
    good_article(tmp_path)
    found = list(read_inputs([tmp_path]))
    assert len(found) == 2 and found[1].path.endswith("good.txt")
    assert isinstance(found[0], Skipped) or found[0].text


# 6. The cache ran code, and a damaged entry crashed the build.


class _WritesAFile:
    """A pickle payload: unpickling it would run a shell command that writes ``marker``."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_planted_in_the_cache_is_never_run(tmp_path, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    marker = tmp_path / "ran"
    with sqlite3.connect(out / ".graphbuild-cache.sqlite") as connection:
        connection.execute("UPDATE analyses SET analysis = ?", (pickle.dumps(_WritesAFile(marker)),))
    capsys.readouterr()
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    assert not marker.exists()
    err = capsys.readouterr().err
    assert "1 article(s) (0 near-identical copies, 0 from the cache)" in err
    assert (
        f"warning: {folder / 'good.txt'}: its cache entry in {out / '.graphbuild-cache.sqlite'} is damaged"
        in err
    )
    assert "analysed again" in err
    assert_good_whole(graphbuild.build([folder], cache=out / ".graphbuild-cache.sqlite"))


DAMAGED_ENTRIES = {
    "not UTF-8 JSON (UnicodeDecodeError)": b'{"entities": "\xff"}',
    "not UTF-8 JSON (JSONDecodeError)": b'{"entities": [',
    "an entry of type str, not bytes": "{}",
    "an entry of type int, not bytes": 7,
    "entities is a str, not list": b'{"entities": "x", "times": [], "events": [], '
    b'"language": null, "skipped": null}',
    "entry has the fields ['entities'], not ['entities', 'events', 'language', 'skipped', 'times']": (
        b'{"entities": []}'
    ),
    "an entity has 2 items, not 8": b'{"entities": [["Kyiv", "GPE"]], "times": [], "events": [], '
    b'"language": null, "skipped": null}',
    "entity start is a bool, not int": b'{"entities": [["Kyiv", "GPE", true, 4, 0, null, null, null]], '
    b'"times": [], "events": [], "language": null, "skipped": null}',
    "date start is not a date": b'{"entities": [], "times": [["today", 0, 5, "past", '
    b'["2023-01-01", "2023-13-45", null, "day", "explicit", null, "DATE"]]], "events": [], '
    b'"language": null, "skipped": null}',
}


def test_each_kind_of_damaged_cache_entry_is_analysed_again(tmp_path):
    folder = tmp_path / "in"
    days = ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "May 2", "May 3", "May 4"]
    good_article(folder)
    for number, day in enumerate(days):
        (folder / f"story{number}.txt").write_text(GOOD.replace("Monday", day))
    cache = tmp_path / "cache.sqlite"
    clean = graphbuild.build([folder], cache=cache)
    with sqlite3.connect(cache) as connection:
        keys = [key for (key,) in connection.execute("SELECT key FROM analyses ORDER BY key")]
        assert len(keys) == len(days) + 1
        for key, blob in zip(keys, DAMAGED_ENTRIES.values(), strict=False):
            connection.execute("UPDATE analyses SET analysis = ? WHERE key = ?", (blob, key))
    again = graphbuild.build([folder], cache=cache)
    assert again.from_cache == 1
    found = sorted(
        warning.split("damaged (")[1].removesuffix("); analysed again")
        for a in again.articles
        for warning in a.warnings
    )
    assert found == sorted(DAMAGED_ENTRIES)
    assert [event.id for event in again.events] == [event.id for event in clean.events]
    assert_good_whole(again)
    # Each damaged entry was overwritten with a good one.
    third = graphbuild.build([folder], cache=cache)
    assert third.from_cache == len(days) + 1
    assert not any(article.warnings for article in third.articles)


# 5. Concurrent builds into one folder, and builds killed while writing.

HOLD_THE_LOCK = """
import sys
from pathlib import Path
from graphbuild.export import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""

# A build killed (SIGKILL: no clean-up runs) while it writes timeline.html.
KILLED_WHILE_WRITING = """
import os, signal, sys
from graphbuild import export
from graphbuild.cli import main
export.FORMATS["timeline.html"] = lambda result, path: os.kill(os.getpid(), signal.SIGKILL)
main(["build", sys.argv[1], "-o", sys.argv[2], "-q"])
"""


def run_python(script: str, *args: str, **options) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(graphbuild.__file__).parent.parent)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True, **options)


def test_a_second_build_into_a_locked_folder_stops_and_says_why(tmp_path, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    holder = run_python(HOLD_THE_LOCK, str(out), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == "held\n"
        assert main(["build", str(folder), "-o", str(out), "-q"]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert line == (
            f"graphbuild: error: {out}: another graphbuild build is writing into this folder (process "
            f"{holder.pid}, lock .graphbuild-lock); this one stops rather than wait: run it again when "
            "that one ends, or choose another -o"
        )
        assert not (out / "events.jsonl").exists() and not (out / ".graphbuild-cache.sqlite").exists()
    finally:
        holder.communicate("")
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    assert [r["status"] for r in listed(out)] == ["ok"]


def test_a_build_killed_while_writing_leaves_the_previous_outputs_whole(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir() if not path.name.startswith(".")}
    (folder / "second.txt").write_text(GOOD.replace("Monday", "Friday"))
    (out / ".events.jsonl.x1y2.tmp").write_text("left by a graphbuild killed before this version")
    killed = run_python(KILLED_WHILE_WRITING, str(folder), str(out))
    assert killed.wait(300) == -signal.SIGKILL
    after = {path.name: path.read_bytes() for path in out.iterdir() if not path.name.startswith(".")}
    assert after == before
    (staging,) = out.glob(".graphbuild-staging-*")
    assert (staging / "events.jsonl").is_file()  # what the killed build had written
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    assert sorted(path.name for path in out.glob(".*")) == [
        ".graphbuild-cache.sqlite",
        ".graphbuild-lock",
        ".graphbuild-manifest.json",
        ".graphbuild-output",
    ]
    assert [r["status"] for r in listed(out)] == ["ok", "ok"]


def test_an_interrupted_write_keeps_the_previous_outputs(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    result = graphbuild.build([folder])
    result.write(out)
    before = (out / "events.jsonl").read_bytes()

    def interrupted(result, path):
        raise KeyboardInterrupt

    monkeypatch.setitem(export.FORMATS, "timeline.html", interrupted)
    (folder / "second.txt").write_text(GOOD.replace("Monday", "Friday"))
    with pytest.raises(KeyboardInterrupt):
        graphbuild.build([folder]).write(out)
    assert (out / "events.jsonl").read_bytes() == before
    assert not list(out.glob(".graphbuild-staging-*"))


# 9. Disk, permission and lock errors: one line naming the path and the cause, exit 2.


def test_a_read_only_output_folder_ends_with_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    out.mkdir()
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(real):
        # Root, who runs the tests in CI, ignores chmod: refuse the way a read-only folder does.
        def call(path, *args, **kwargs):
            if Path(path).parent == out or Path(path) == out:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "open", refuse(real_open))
    monkeypatch.setattr(os, "mkdir", refuse(real_mkdir))
    assert main(["build", str(folder), "-o", str(out), "-q", "--no-cache"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"graphbuild: error: {out}: cannot write it (Permission denied); choose another -o"


def test_a_full_disk_ends_with_one_line_and_keeps_the_previous_outputs(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir() if not path.name.startswith(".")}

    def full(result, path):
        with open(path, "w") as stream:
            stream.write("<html>")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setitem(export.FORMATS, "timeline.html", full)
    (folder / "second.txt").write_text(GOOD.replace("Monday", "Friday"))
    capsys.readouterr()
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (
        f"graphbuild: error: {out / 'timeline.html'}: cannot write it (No space left on device); "
        "free some space"
    )
    after = {path.name: path.read_bytes() for path in out.iterdir() if not path.name.startswith(".")}
    assert after == before
    assert not list(out.glob(".graphbuild-staging-*"))


def test_a_full_disk_under_the_cache_ends_with_one_line(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "in"
    good_article(folder)
    real_connect = sqlite3.connect

    def tiny(*args, **kwargs):
        # The file may not grow past what the empty cache takes: SQLite says "database or disk is full".
        connection = real_connect(*args, **kwargs)
        connection.execute("PRAGMA page_size = 512")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, version TEXT, analysis BLOB)"
        )
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(cache_module.sqlite3, "connect", tiny)
    cache = tmp_path / "cache.sqlite"
    assert main(["build", str(folder), "-o", str(tmp_path / "out"), "-q", "--cache", str(cache)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"graphbuild: error: {cache}: cannot ")
    assert "(database or disk is full)" in line and line.endswith("or run with --no-cache")


# 11. Outputs of an earlier build, and a build of nothing.


def test_a_rebuild_with_fewer_formats_removes_what_it_no_longer_writes(tmp_path):
    folder = tmp_path / "in"
    good_article(folder)
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q", "--keep-dropped"]) == 0
    (out / "notes.txt").write_text("the user's own file")
    assert (out / "graph.html").is_file() and (out / "dropped").is_dir()
    (folder / "second.txt").write_text(GOOD.replace("Monday", "Friday"))
    assert (
        main(["build", str(folder), "-o", str(out), "-q", "--formats", "events.jsonl", "articles.jsonl"]) == 0
    )
    assert sorted(path.name for path in out.iterdir() if not path.name.startswith(".")) == [
        "articles.jsonl",
        "events.jsonl",
        "notes.txt",
    ]
    assert [r["status"] for r in listed(out)] == ["ok", "ok"]


def test_a_folder_with_nothing_usable_still_lists_why_and_makes_no_cache(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 1
    assert listed(out) == [
        {
            "id": None,
            "path": str(folder / "empty.txt"),
            "status": "skipped",
            "reason": "empty file",
            "language": None,
        }
    ]
    assert not (out / ".graphbuild-cache.sqlite").exists()
    assert "lists why" in capsys.readouterr().err
    # The good article next to it, in a later build, comes out whole.
    good_article(folder)
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    assert [r["status"] for r in listed(out)] == ["skipped", "ok"]
    assert_good_whole(graphbuild.build([folder]))


# 4. Long articles: linear cost, and no text refused below the documented limits.


def test_a_text_longer_than_spacys_limit_is_analysed_in_pieces_with_its_own_offsets(tmp_path, monkeypatch):
    # The real limits are 1,000,000 characters and pieces of 50,000; a small model of both keeps
    # the test quick and the code path the same.
    nlp = nlp_stage.load(None)
    monkeypatch.setattr(nlp, "max_length", 3_000)
    monkeypatch.setattr(nlp_stage, "PIECE_CHARS", 2_000)
    folder = tmp_path / "in"
    good_article(folder)
    days = ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] * 8
    paragraphs = [
        GOOD.replace("Monday", day).replace("Macron", f"Macron{index}") for index, day in enumerate(days)
    ]
    cities = ["Berlin", "Rome", "Madrid", "Vienna", "Warsaw"]
    long_text = "".join(paragraphs) + "".join(
        f"Chancellor Olaf Scholz met Macron in {cities[day % 5]} on {day} May 2023.\n\n"
        for day in range(1, 29)
    )
    (folder / "long.txt").write_text(long_text)
    result = graphbuild.build([folder])
    assert not result.skipped
    assert_good_whole(result)
    long = next(a for a in result.articles if a.path.endswith("long.txt"))
    assert len(long.text) > 3 * nlp.max_length
    (analysis,) = [a for a in result.analyses if a.article.id == long.id]
    assert len(analysis.entities) > 100
    for mention in analysis.entities:
        assert long.text[mention.start : mention.end] == mention.text
    for time in analysis.times:
        assert long.text[time.start : time.end] == time.text
    sources = [source for event in result.events for source in event.sources if source.article == long.id]
    assert max(source.start for source in sources) > len(long.text) - 1_000
    for source in sources:
        assert long.text[source.start : source.end] == source.sentence


def test_pieces_join_back_into_the_text_and_cut_at_paragraphs():
    text = "".join(f"Paragraph {n} says something about the strike.\n\n" for n in range(200))
    parts = nlp_stage.pieces(text, 1_000)
    assert "".join(parts) == text
    assert all(len(part) <= 1_000 and part.endswith("\n\n") for part in parts)
    unbroken = "word" * 1_000  # no place to cut: cut anyway
    assert [len(part) for part in nlp_stage.pieces(unbroken, 999)] == [999, 999, 999, 999, 4]


# 10. Results that depended on the order of the inputs.


def test_linking_gives_a_tie_the_same_way_in_any_order():
    # "Jordan" a person in one article and an organisation in another, once each: a tie that
    # the first article seen used to win.
    def analysis(article_id: str, kind: str, other: str) -> ArticleAnalysis:
        article = Article(article_id, f"{article_id}.txt", f"Jordan and {other} spoke.")
        mentions = [
            EntityMention("Jordan", kind, 0, 6, 0),
            EntityMention(other, "PERSON", 11, 11 + len(other), 0),
        ]
        return ArticleAnalysis(article, mentions, [], [])

    analyses = [
        analysis("a1", "PERSON", "Smith"),
        analysis("b2", "ORG", "Jones"),
        analysis("c3", "ORG", "Smith"),
    ]
    analyses.append(analysis("d4", "PERSON", "Jones"))
    given = link(analyses)
    assert link(list(reversed(analyses))) == given
    assert link(analyses[1:] + analyses[:1]) == given


def test_the_order_of_the_inputs_changes_no_output(tmp_path):
    from graphbuild.evaluation.entities import read_meantime_documents

    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "meantime"
    if not shared.is_dir():
        pytest.skip("../shared/data/meantime is absent")
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for number, document in enumerate(read_meantime_documents(shared)[:30]):
        path = folder / f"{number:03}.jsonl"
        published = document.dct.isoformat() if document.dct else None
        path.write_text(json.dumps({"title": document.name, "text": document.text, "published": published}))
        paths.append(path)
    good = good_article(folder)
    outputs = {}
    for order, inputs in (("given", [good, *paths]), ("reversed", [*reversed(paths), good])):
        result = graphbuild.build(inputs)
        assert_good_whole(result)
        outputs[order] = tmp_path / order
        result.write(outputs[order])
    for name in sorted(export.FORMATS):
        given, reversed_ = (outputs[order].joinpath(name).read_text(encoding="utf-8") for order in outputs)
        if name in ("articles.jsonl", "index.html"):
            # Every input in the order given: the same lines.
            given, reversed_ = sorted(given.splitlines()), sorted(reversed_.splitlines())
        assert given == reversed_, name
