"""``graphbuild eval timeml DIR`` and ``eval meantime DIR``: time expressions against gold TIMEX3.

Scoring follows TempEval-3: extent precision, recall and F1, strict (the same characters) and
relaxed (overlapping); then, over relaxed matches, the accuracy of the TIMEX3 ``type`` and
``value``; value F1 is relaxed F1 times value accuracy. Overall and per TIMEX3 type (gold type
for recall, system type for precision). Speed is words per second of the whole time stage,
parsing included, model loading excluded.

Readers: TimeML ``.tml`` files (TempEval-3 TimeBank and AQUAINT; the ``<DCT>`` is the
document creation time; their ``EVENT`` tags and classes are read too, for
:mod:`graphbuild.evaluation.happenings`) and MEANTIME XML (tokens and markables; the ``CREATION_TIME``
timex gives the date, and only sentences 0 to 5, the fully annotated region, are scored).
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import dateparser

from graphbuild.errors import BenchmarkDataError

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Timex:
    """A time expression: where it is in the document's text, its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True)
class GoldEventTag:
    """A TimeML EVENT: where its word is in the text and its class (OCCURRENCE, STATE, ...)."""

    start: int
    end: int
    text: str
    event_class: str


@dataclass
class TimeDoc:
    """A document with its creation time and gold time expressions."""

    name: str
    text: str
    dct: date | None
    gold: list[Timex]
    # System output is scored only before this character offset (MEANTIME's annotated region).
    scored_until: int | None = None
    # TimeML's EVENT tags, and the part of the corpus the file is from (its folder: TimeBank, AQUAINT).
    events: list[GoldEventTag] = field(default_factory=list)
    part: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    matched: int = 0
    type_right: int = 0
    value_right: int = 0

    def scores(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        strict_p = self.strict_system / self.system if self.system else 0.0
        strict_r = self.strict_gold / self.gold if self.gold else 0.0
        relaxed_p = self.relaxed_system / self.system if self.system else 0.0
        relaxed_r = self.relaxed_gold / self.gold if self.gold else 0.0
        type_accuracy = self.type_right / self.matched if self.matched else 0.0
        value_accuracy = self.value_right / self.matched if self.matched else 0.0
        return {
            "strict_p": strict_p,
            "strict_r": strict_r,
            "strict_f1": f1(strict_p, strict_r),
            "relaxed_p": relaxed_p,
            "relaxed_r": relaxed_r,
            "relaxed_f1": f1(relaxed_p, relaxed_r),
            "type_accuracy": type_accuracy,
            "value_accuracy": value_accuracy,
            "value_f1": f1(relaxed_p, relaxed_r) * value_accuracy,
        }


@dataclass
class TaggerRun:
    """One tagger's output on a corpus, how long it took, and its scores."""

    name: str
    seconds: float
    words: int
    overall: Counts
    by_type: dict[str, Counts]
    errors: list[tuple[str, Timex | None, Timex | None]] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass
class TimexReport:
    corpus: str
    documents: int
    gold: int
    runs: list[TaggerRun]

    def as_dict(self) -> dict:
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "gold_timexes": self.gold,
            "taggers": [
                {
                    "name": run.name,
                    "seconds": run.seconds,
                    "words_per_second": run.words_per_second,
                    "overall": run.overall.scores(),
                    "by_type": {kind: counts.scores() for kind, counts in run.by_type.items()},
                }
                for run in self.runs
            ],
        }

    def __str__(self) -> str:
        lines = [f"{self.corpus}: {self.documents} documents, {self.gold} gold TIMEX3"]
        header = "                     strict P   R    F1 | relaxed P   R    F1 | type acc value acc value F1"
        for run in self.runs:
            lines.append(f"\n{run.name}: {run.seconds:.1f} s, {run.words_per_second:,.0f} words/s")
            lines.append(header)
            for label, counts in [("all", run.overall), *sorted(run.by_type.items())]:
                s = counts.scores()
                lines.append(
                    f"  {label:<9} {counts.gold:>5} g "
                    f"{s['strict_p']:>6.3f} {s['strict_r']:.3f} {s['strict_f1']:.3f} |"
                    f"  {s['relaxed_p']:>6.3f} {s['relaxed_r']:.3f} {s['relaxed_f1']:.3f} |"
                    f"  {s['type_accuracy']:>7.3f} {s['value_accuracy']:>9.3f} {s['value_f1']:>8.3f}"
                )
        if len(self.runs) > 1 and self.runs[0].seconds:
            first, other = self.runs[0], self.runs[1]
            ours, theirs = first.overall.scores()["value_f1"], other.overall.scores()["value_f1"]
            lines.append(
                f"\n{first.name} is {other.seconds / first.seconds:.1f}x the speed of {other.name}; "
                f"value F1 {ours:.3f} vs {theirs:.3f}"
            )
        return "\n".join(lines)


Tagger = Callable[[Sequence[TimeDoc]], list[list[Timex]]]


def evaluate(corpus: str, docs: Sequence[TimeDoc], taggers: dict[str, Tagger]) -> TimexReport:
    """Run each tagger on ``docs`` and score it against the gold expressions."""
    runs = []
    for name, tagger in taggers.items():
        started = time.perf_counter()
        predictions = tagger(docs)
        seconds = time.perf_counter() - started
        runs.append(score(name, docs, predictions, seconds))
    return TimexReport(corpus, len(docs), sum(len(doc.gold) for doc in docs), runs)


def score(
    name: str, docs: Sequence[TimeDoc], predictions: Sequence[list[Timex]], seconds: float
) -> TaggerRun:
    overall = Counts()
    by_type = {kind: Counts() for kind in TYPES}
    errors: list[tuple[str, Timex | None, Timex | None]] = []
    for doc, predicted in zip(docs, predictions, strict=True):
        limit = doc.scored_until if doc.scored_until is not None else len(doc.text)
        system = [timex for timex in predicted if timex.start < limit]
        for timex in system:
            strict = any((g.start, g.end) == (timex.start, timex.end) for g in doc.gold)
            relaxed = any(_overlap(g, timex) for g in doc.gold)
            for counts in (overall, by_type.setdefault(timex.type, Counts())):
                counts.system += 1
                counts.strict_system += strict
                counts.relaxed_system += relaxed
            if not relaxed:
                errors.append((doc.name, None, timex))
        for gold in doc.gold:
            overlapping = [t for t in system if _overlap(gold, t)]
            best = max(overlapping, key=lambda t: _shared(gold, t), default=None)
            for counts in (overall, by_type.setdefault(gold.type, Counts())):
                counts.gold += 1
                counts.strict_gold += any((t.start, t.end) == (gold.start, gold.end) for t in system)
                if best is not None:
                    counts.relaxed_gold += 1
                    counts.matched += 1
                    counts.type_right += best.type == gold.type
                    counts.value_right += best.value == gold.value
            if best is None or best.value != gold.value:
                errors.append((doc.name, gold, best))
    words = sum(doc.words for doc in docs)
    return TaggerRun(name, seconds, words, overall, by_type, errors)


def _overlap(left: Timex, right: Timex) -> bool:
    return left.start < right.end and right.start < left.end


def _shared(left: Timex, right: Timex) -> int:
    return min(left.end, right.end) - max(left.start, right.start)


def _parse_dct(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def read_timeml(folder: str | Path) -> list[TimeDoc]:
    """Every ``.tml`` file under ``folder``, sorted by path, each document once.

    A byte-identical copy of a file already read is skipped: the TempEval-3 TBAQ folder holds
    AP900815-0044.tml both in TimeBank/ and in testpipeline/, and scoring it twice would weigh
    one document double.
    """
    paths = sorted(Path(folder).rglob("*.tml"))
    if not paths:
        raise BenchmarkDataError(f"no .tml files under {folder}")
    seen: set[bytes] = set()
    docs = []
    for path in paths:
        content = path.read_bytes()
        if content not in seen:
            seen.add(content)
            docs.append(_read_tml(path, content))
    return docs


def _read_tml(path: Path, content: bytes) -> TimeDoc:
    root = ET.fromstring(content)
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    gold: list[Timex] = []
    events: list[GoldEventTag] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
        if element.tag == "TIMEX3":
            text = "".join(parts)[start:length]
            gold.append(Timex(start, length, text, element.get("type", ""), element.get("value")))
        elif element.tag == "EVENT":
            events.append(GoldEventTag(start, length, "".join(parts)[start:length], element.get("class", "")))
        if element.tail and element is not body:
            parts.append(element.tail)
            length += len(element.tail)

    walk(body)
    dct_value = _parse_dct(dct.get("value") if dct is not None else None)
    return TimeDoc(path.stem, "".join(parts), dct_value, gold, events=events, part=path.parent.name)


_NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "%",
    "'",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
SCORED_SENTENCES = 6


def read_meantime(folder: str | Path) -> list[TimeDoc]:
    """Every MEANTIME ``.xml`` document under ``folder``, sorted by path."""
    paths = sorted(path for path in Path(folder).rglob("*.xml") if is_meantime(path))
    if not paths:
        raise BenchmarkDataError(f"no MEANTIME .xml documents under {folder}")
    return [_read_meantime(path) for path in paths]


def is_meantime(path: Path) -> bool:
    """Whether ``path`` is a MEANTIME XML document (not, say, its schema)."""
    with path.open("rb") as stream:
        return b"<Document" in stream.read(400)


def meantime_text(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]], dict[int, int]]:
    """Detokenised text, one sentence per line; token id -> character span; sentence -> first offset."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    sentence_starts: dict[int, int] = {}
    length = 0
    previous_sentence = None
    previous_token = None
    for token in root.iter("token"):
        word = token.text or ""
        sentence = int(token.get("sentence", "0"))
        if previous_sentence is not None and sentence != previous_sentence:
            separator = "\n"
        elif previous_token is None or word in _NO_SPACE_BEFORE or previous_token in _NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        parts.append(separator)
        length += len(separator)
        sentence_starts.setdefault(sentence, length)
        spans[token.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous_sentence, previous_token = sentence, word
    return "".join(parts), spans, sentence_starts


def _read_meantime(path: Path) -> TimeDoc:
    root = ET.parse(path).getroot()
    text, spans, sentence_starts = meantime_text(root)
    gold = []
    markables = root.find("Markables")
    for timex in markables.iter("TIMEX3") if markables is not None else ():
        anchors = [spans[a.get("t_id")] for a in timex.iter("token_anchor") if a.get("t_id") in spans]
        if anchors:
            start, end = min(s for s, _ in anchors), max(e for _, e in anchors)
            gold.append(Timex(start, end, text[start:end], timex.get("type", ""), timex.get("value")))
    gold.sort(key=lambda timex: timex.start)
    dct = meantime_dct(root, text, sentence_starts)
    return TimeDoc(path.stem, text, dct, gold, sentence_starts.get(SCORED_SENTENCES))


def meantime_dct(root: ET.Element, text: str, sentence_starts: dict[int, int]) -> date | None:
    """The document's creation time: its CREATION_TIME timex, else the date in its dateline."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_dct(timex.get("value"))
            if dct is not None:
                return dct
    if 1 not in sentence_starts:
        return None
    # A few documents lack the CREATION_TIME markable (or give it as dd-mm-yyyy); the
    # dateline, sentence 1, holds the date.
    dateline = text[sentence_starts[1] : sentence_starts.get(2, len(text))]
    parsed = dateparser.parse(dateline, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def graphbuild_tagger(model: str | None = None) -> Tagger:
    """Our time stage: spaCy parse plus :func:`graphbuild.timex.find_times`, per document.

    The pipeline is loaded here, before :func:`evaluate` starts timing.
    """
    from graphbuild import nlp
    from graphbuild.timex import find_times

    pipeline = nlp.load(model)

    def tag(docs: Sequence[TimeDoc]) -> list[list[Timex]]:
        results = []
        for doc, parsed in zip(docs, nlp.parse(pipeline, (d.text for d in docs)), strict=True):
            results.append(
                [
                    Timex(m.start, m.end, m.text, m.date.type, m.date.value)
                    for m in find_times(parsed, doc.dct)
                ]
            )
        return results

    return tag


def iter_errors(run: TaggerRun, limit: int = 20) -> Iterator[str]:
    """The first ``limit`` disagreements, readable: missed, spurious and wrong values."""
    for name, gold, got in run.errors[:limit]:
        if gold is None:
            yield f"{name}: spurious {got.text!r} = {got.value}"
        elif got is None:
            yield f"{name}: missed {gold.text!r} = {gold.value} ({gold.type})"
        else:
            yield f"{name}: {gold.text!r} should be {gold.value}, got {got.text!r} = {got.value}"


def load(kind: str, folder: str | Path) -> list[TimeDoc]:
    """The documents of a corpus in the format ``kind`` (timeml or meantime)."""
    readers: dict[str, Callable[[str | Path], list[TimeDoc]]] = {
        "timeml": read_timeml,
        "meantime": read_meantime,
    }
    return readers[kind](folder)
