"""The export stage: every output file, written as one unit into one folder.

``FORMATS`` names what ``graphbuild build --formats`` can select.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from graphbuild.errors import OutputError
from graphbuild.export.files import (
    BuildResult,
    atomic_write,
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

    The outputs are written as one unit: into a hidden staging folder inside ``outdir``, then
    moved into place together, while the folder is locked (:func:`output_lock`). A build that
    fails or is killed before the move leaves the previous outputs as they were; one killed
    during the move is completed by the next build. Files that graphbuild wrote last time
    (listed in ``MANIFEST_NAME``) and did not write this time are removed, so every file in
    the folder comes from one build. The folder is marked (``graphbuild.ingest.OUTPUT_MARKER``)
    so that it is never read as input.

    ``max_nodes`` caps what graph.html draws; every other output holds everything.
    """
    unknown = set(formats or ()) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown output format(s) {sorted(unknown)}; choose from {sorted(FORMATS)}")
    with output_lock(outdir):
        _finish_interrupted(outdir)
        with _writing(outdir / OUTPUT_MARKER):
            (outdir / OUTPUT_MARKER).write_text("graphbuild outputs: never read as input\n", encoding="utf-8")
        with _writing(outdir):
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=outdir))
        try:
            names = []
            for name, writer in FORMATS.items():
                if formats is None or name in formats:
                    with _writing(outdir / name):
                        if name == "graph.html" and max_nodes is not None:
                            write_graph_html(result, staging / name, max_nodes)
                        else:
                            writer(result, staging / name)
                    names.append(name)
            if keep_dropped:
                with _writing(outdir / DROPPED):
                    write_dropped(result, staging / DROPPED)
                names.append(DROPPED)
            # The commit point: from here on, the next build completes this one if it is killed.
            with _writing(outdir / MANIFEST_NAME), atomic_write(staging / MANIFEST_NAME) as stream:
                json.dump({"written": names}, stream)
                stream.write("\n")
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _move_into_place(staging, outdir)
        _remove(staging)
    return {name: outdir / name for name in names}


# What graphbuild keeps in an output folder beside the outputs: hidden, as working files.
LOCK_NAME = ".graphbuild-lock"
MANIFEST_NAME = ".graphbuild-manifest.json"
STAGING_PREFIX = ".graphbuild-staging-"
DROPPED = "dropped"
# Nothing of this process holds these output folders' locks more than once at a time.
_held: dict[Path, int] = {}


@contextmanager
def output_lock(outdir: Path) -> Iterator[None]:
    """Hold ``outdir`` (made if missing) for one build; an :class:`OutputError` if another holds it.

    Another build does not wait: a build can take hours, and what it would write is replaced by
    this one's anyway, so it stops at once with a message naming the other process. The lock
    (``fcntl.flock`` on ``LOCK_NAME``) goes with the process, so a killed build never leaves the
    folder locked. Taking it again in the same process (the CLI holds it over the build and
    :func:`write_all` takes it to write) does not block.
    """
    key = Path(os.path.abspath(outdir))
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    with _writing(outdir):
        outdir.mkdir(parents=True, exist_ok=True)
        handle = os.open(outdir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputError(
                f"{outdir}: another graphbuild build is writing into this folder (process {holder}, "
                f"lock {LOCK_NAME}); this one stops rather than wait: run it again when that one "
                "ends, or choose another -o"
            ) from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
    finally:
        os.close(handle)  # closing it releases the lock


def _move_into_place(staging: Path, outdir: Path) -> None:
    """Move what ``staging`` holds into ``outdir``, the manifest last, then remove the files of
    the previous manifest that this one does not list. Moving is a rename in one folder, so it
    takes milliseconds; if it is interrupted, running it again finishes it."""
    written = _manifest(staging)
    previous = _manifest(outdir)
    for name in written:
        if not (staging / name).exists():
            continue  # moved before an interruption
        with _writing(outdir / name):
            if (staging / name).is_dir():
                if (outdir / name).is_dir():
                    os.replace(outdir / name, staging / f".old-{name}")
                os.replace(staging / name, outdir / name)
            else:
                os.replace(staging / name, outdir / name)
    with _writing(outdir / MANIFEST_NAME):
        os.replace(staging / MANIFEST_NAME, outdir / MANIFEST_NAME)
    for name in previous:
        if name not in written:
            _remove(outdir / name)


def _finish_interrupted(outdir: Path) -> None:
    """Clean up after builds killed while writing: a staging folder with its manifest is
    moved into place (the build had finished writing); one without is deleted, and so are
    the temporary files that graphbuild's writers leave beside an output (``.NAME.*.tmp``)."""
    for staging in sorted(outdir.glob(f"{STAGING_PREFIX}*")):
        if staging.is_dir() and (staging / MANIFEST_NAME).is_file():
            _move_into_place(staging, outdir)
        _remove(staging)
    for name in (*FORMATS, MANIFEST_NAME, OUTPUT_MARKER):
        for temporary in outdir.glob(f".{name}.*.tmp"):
            _remove(temporary)


def _manifest(folder: Path) -> list[str]:
    """The outputs a manifest lists (only names of outputs: it is never trusted to name
    another file); none when there is none or it is damaged."""
    try:
        names = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))["written"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [
        name for name in names if isinstance(name, str) and "/" not in name and name not in ("", ".", "..")
    ]


def _remove(path: Path) -> None:
    with _writing(path):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turn a disk or permission error while writing ``path`` into one line naming it and the cause."""
    try:
        yield
    except OSError as error:
        if isinstance(error, OutputError):
            raise
        cause = error.strerror or str(error) or type(error).__name__
        hint = {errno.ENOSPC: "free some space", errno.EDQUOT: "free some space"}.get(
            error.errno, "choose another -o"
        )
        raise OutputError(f"{path}: cannot write it ({cause}); {hint}") from error
