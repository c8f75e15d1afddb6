"""Find the inputs: files and folders (recursively), symlinks, named pipes and standard input.

What cannot be read is reported as :class:`Skipped` with its reason, never dropped silently.

>>> inputs, skipped = discover(["-", "no/such/story.txt"])
>>> inputs, [(item.path, item.reason) for item in skipped]
(['-'], [('no/such/story.txt', 'no such file or folder')])
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from graphbuild.ingest.decode import STDIN, os_reason
from graphbuild.ingest.formats import format_of
from graphbuild.ingest.sidecars import sidecar_owner
from graphbuild.model import Skipped

__all__ = ["OUTPUT_MARKER", "discover", "shown"]

# Written into every output folder (see graphbuild.export): a folder holding it is never read
# as input, so an output folder inside an input folder does not come back as articles.
OUTPUT_MARKER = ".graphbuild-output"
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def discover(paths: Iterable[str | Path]) -> tuple[list[Path | str], list[Skipped]]:
    """Expand files and folders (recursively) into the inputs they hold, in a stable order.

    Files of a type graphbuild does not read are reported as skipped, not dropped silently;
    so are a metadata sidecar without its article, folders that cannot be read, dangling
    symlinks, symlink loops and special files (pipes, devices) inside folders. A named pipe
    given by name is read, like standard input. Hidden files and folders are ignored, and so
    is a graphbuild output folder (it holds ``OUTPUT_MARKER``). ``-`` stands for standard
    input and keeps its place.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    stdin = False
    for given in paths:
        if str(given) == STDIN:
            stdin = True
            continue
        path = Path(given)
        kind, problem = _file_kind(path)
        if problem == "no such file or folder" and _URL.match(str(given)):
            problem = (
                "a web address: graphbuild does not fetch pages; save the page first "
                "(e.g. curl -o page.html 'URL') and give the saved file"
            )
        if problem:
            skipped.append(Skipped(shown(given), problem))
            continue
        if kind == "folder":
            if (path / OUTPUT_MARKER).exists():
                reason = f"a graphbuild output folder (it holds {OUTPUT_MARKER}); not read as input"
                skipped.append(Skipped(shown(path), reason))
                continue
            candidates = _walk(path, skipped)
        else:
            candidates = [path]
        for candidate in candidates:
            fmt = format_of(candidate.name)
            if fmt == "sidecar":
                if sidecar_owner(candidate) is None:
                    skipped.append(Skipped(shown(candidate), "metadata sidecar without an article beside it"))
            elif fmt is None and not (kind == "pipe" and candidate is path):
                skipped.append(Skipped(shown(candidate), f"unsupported file type {candidate.suffix!r}"))
            else:
                files.append(candidate)
    found: list[Path | str] = sorted(set(files))
    return ([STDIN] if stdin else []) + found, skipped


def _file_kind(path: Path) -> tuple[str, str | None]:
    """``folder``, ``file`` or ``pipe``, or a reason why ``path`` cannot be read."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return "", f"dangling symlink: its target {os.readlink(path)} does not exist"
        return "", "no such file or folder"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "", "symlink loop: the link leads back to itself"
        return "", os_reason(error)
    if stat.S_ISDIR(mode):
        return "folder", None
    if stat.S_ISREG(mode):
        return "file", None
    if stat.S_ISFIFO(mode):
        return "pipe", None
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "a special file")
    return "", f"not a regular file ({kind})"


def _walk(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """The regular files under ``folder``, following symlinks to folders once each.

    What cannot be read is added to ``skipped``: the walk itself never fails.
    """
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            status = current.stat()
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError as error:
            problem = error.strerror.lower() if error.strerror else str(error)
            skipped.append(Skipped(shown(current), f"cannot read folder: {problem}"))
            continue
        if (status.st_dev, status.st_ino) in seen:
            reason = "a folder already read, through a symlink loop or another link to it"
            skipped.append(Skipped(shown(current), reason))
            continue
        seen.add((status.st_dev, status.st_ino))
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            kind, problem = _file_kind(path)
            if problem:
                skipped.append(Skipped(shown(path), problem))
            elif kind == "folder":
                if not (path / OUTPUT_MARKER).exists():
                    folders.append(path)
            elif kind == "file":
                files.append(path)
            else:
                # Opening a pipe nobody writes to would wait forever; one named on purpose is read.
                skipped.append(Skipped(shown(path), "not a regular file (a named pipe)"))
        pending.extend(reversed(folders))
    return files


def shown(path: str | Path) -> str:
    """A path as text that can be written anywhere: undecodable bytes of a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")
