"""``graphbuild eval speed DIR``: throughput, growth with corpus size, and incremental re-runs.

In one run, on the articles of DIR:

1. words per second of bare ``nlp.pipe`` (the same loaded pipeline, the same cleaned texts,
   the docs thrown away) and of the whole pipeline (cleaning to graph), and their ratio;
2. time and peak memory of the whole pipeline on 1x, 4x and 16x the corpus, each in a fresh
   process; a repeat is every article again with one sentence added ("This is copy 3 of
   the corpus."), so it is a new article to every stage, as a wire copy would be;
3. the time of a re-run with 5% new articles through the cache, against a clean run of
   the same grown corpus, and whether both give the same events and entities.

A folder of TimeML (``.tml``) or MEANTIME XML documents is read as its documents' texts
with their creation times; any other folder is read as articles, as ``graphbuild build`` does.
Times exclude start-up (importing, loading the model), which a long run pays once; the
in-process ones are the best of three runs.
"""

from __future__ import annotations

import math
import multiprocessing
import resource
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from graphbuild import nlp as nlp_stage
from graphbuild.errors import BenchmarkDataError
from graphbuild.model import Article, RawArticle, Skipped

SCALES = (1, 4, 16)
NEW_SHARE = 0.05
REPEATS = 3


@dataclass
class ScaleRun:
    """One build in a fresh process: the corpus repeated ``copies`` times."""

    copies: int
    articles: int
    words: int
    seconds: float
    peak_mb: float
    model_mb: float


@dataclass
class SpeedReport:
    model: str
    articles: int
    words: int
    bare_seconds: float
    pipeline_seconds: float
    scale: list[ScaleRun] = field(default_factory=list)
    new_articles: int = 0
    clean_seconds: float = 0.0
    rerun_seconds: float = 0.0
    rerun_same: bool = False

    @property
    def bare_words_per_second(self) -> float:
        return self.words / self.bare_seconds

    @property
    def pipeline_words_per_second(self) -> float:
        return self.words / self.pipeline_seconds

    @property
    def ratio(self) -> float:
        """The whole pipeline's speed as a share of bare ``nlp.pipe``'s."""
        return self.bare_seconds / self.pipeline_seconds

    def as_dict(self) -> dict:
        return {
            **asdict(self),
            "bare_words_per_second": round(self.bare_words_per_second),
            "pipeline_words_per_second": round(self.pipeline_words_per_second),
            "ratio": round(self.ratio, 3),
            "rerun_share": round(self.rerun_seconds / self.clean_seconds, 3) if self.clean_seconds else None,
        }

    def __str__(self) -> str:
        lines = [
            f"model {self.model}; {self.articles} articles, {self.words:,} words",
            "",
            f"bare nlp.pipe        {self.bare_words_per_second:8,.0f} words/s  ({self.bare_seconds:.1f} s)",
            f"whole pipeline       {self.pipeline_words_per_second:8,.0f} words/s  "
            f"({self.pipeline_seconds:.1f} s)",
            f"ratio                {self.ratio:8.2f}",
        ]
        if self.scale:
            base = self.scale[0]
            lines += [
                "",
                "corpus  articles      words     time  x time of 1x  peak memory  (after loading the model)",
            ]
            lines += [
                f"{run.copies:>5}x  {run.articles:>8,}  {run.words:>9,}  {run.seconds:>6.1f} s  "
                f"{run.seconds / base.seconds:>11.1f}  {run.peak_mb:>8,.0f} MB  ({run.model_mb:,.0f} MB)"
                for run in self.scale
            ]
        if self.clean_seconds:
            lines += [
                "",
                f"re-run with {self.new_articles} new articles ({NEW_SHARE:.0%}) through the cache: "
                f"{self.rerun_seconds:.1f} s, against {self.clean_seconds:.1f} s for a clean run "
                f"({self.rerun_seconds / self.clean_seconds:.1%}); same output: "
                f"{'yes' if self.rerun_same else 'NO'}",
            ]
        return "\n".join(lines)


def read_corpus(folder: str | Path) -> list[RawArticle | Skipped]:
    """The inputs of ``folder``: TimeML or MEANTIME documents, or else articles of any format."""
    from graphbuild.evaluation import timex
    from graphbuild.ingest import read_inputs

    folder = Path(folder)
    if not folder.is_dir():
        raise BenchmarkDataError(f"{folder}: not a folder")
    documents = []
    if next(folder.rglob("*.tml"), None) is not None:
        documents = timex.read_timeml(folder)
    elif any(timex.is_meantime(path) for path in folder.rglob("*.xml")):
        documents = timex.read_meantime(folder)
    if documents:
        return [
            RawArticle(
                path=document.name,
                text=document.text,
                format="txt",
                published=document.dct.isoformat() if document.dct else None,
            )
            for document in documents
        ]
    return list(read_inputs([folder]))


def repeat(records: Sequence[RawArticle | Skipped], copy: int) -> list[RawArticle | Skipped]:
    """The records as copy number ``copy`` (0 is the records themselves): one sentence added,
    so each is a new article with a new id."""
    if copy == 0:
        return list(records)
    return [
        replace(
            record,
            path=f"{record.path}#copy{copy}",
            text=f"{record.text}\n\nThis is copy {copy} of the corpus.\n",
        )
        if isinstance(record, RawArticle)
        else record
        for record in records
    ]


def measure_speed(
    folder: str | Path,
    model: str | None = None,
    scales: Sequence[int] = SCALES,
    new_share: float = NEW_SHARE,
    log: Callable[[str], None] | None = None,
    repeats: int = REPEATS,
) -> SpeedReport:
    """Measure throughput, growth and re-run time on the articles of ``folder`` (see module).

    In-process timings are the best of ``repeats`` runs; each scale runs once.
    """
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from, prepare_articles

    def say(message: str) -> None:
        if log is not None:
            log(message)

    records = read_corpus(folder)
    model = nlp_stage.resolve(model)
    options = BuildOptions(model=model)
    nlp = nlp_stage.load(model)
    inputs = prepare_articles(records)
    articles = [item for item in inputs if isinstance(item, Article)]
    if not articles:
        raise BenchmarkDataError(f"no usable articles under {folder}")
    texts = [article.text for article in articles]
    words = sum(article.word_count for article in articles)
    list(nlp.pipe(texts[:2]))  # warm up: the first call allocates

    say(f"bare nlp.pipe on {len(texts)} articles, best of {repeats}")
    bare = _best_of(repeats, lambda: all(True for _ in nlp_stage.parse(nlp, texts)))
    say(f"whole pipeline, best of {repeats}")
    whole = _best_of(repeats, lambda: build_from(prepare_articles(records), options))
    report = SpeedReport(nlp_stage.describe(model), len(articles), words, bare, whole)

    for copies in scales:
        say(f"{copies}x the corpus, in a fresh process")
        report.scale.append(_in_fresh_process(records, copies, model))

    if new_share > 0:
        new = math.ceil(len(records) * new_share)
        grown = [*records, *repeat(records[:new], copy=1)]
        say(f"re-run with {new} new articles against a clean run, best of {repeats}")
        results = []
        with tempfile.TemporaryDirectory() as folder_for_cache:
            filled = Path(folder_for_cache) / "filled.sqlite"
            build_from(prepare_articles(records), replace(options, cache=filled))
            cache = Path(folder_for_cache) / "cache.sqlite"

            def rerun():
                # Each re-run starts from the cache of the original corpus alone.
                shutil.copyfile(filled, cache)
                results.append(build_from(prepare_articles(grown), replace(options, cache=cache)))

            report.clean_seconds = _best_of(
                repeats, lambda: results.append(build_from(prepare_articles(grown), options))
            )
            report.rerun_seconds = _best_of(repeats, rerun)
        report.new_articles = new
        report.rerun_same = all(_summary(result) == _summary(results[0]) for result in results)
    return report


def _best_of(repeats: int, work: Callable[[], object]) -> float:
    """The shortest of ``repeats`` timed runs of ``work``, in seconds: the least disturbed one."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _summary(result) -> tuple:
    events = [(event.id, event.label, event.date.value, len(event.sources)) for event in result.events]
    return events, [(entity.id, entity.mentions) for entity in result.entities]


def _in_fresh_process(records: Sequence[RawArticle | Skipped], copies: int, model: str) -> ScaleRun:
    # spawn: a fresh interpreter, so peak memory is this build's alone.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_build_copies, args=(sender, list(records), copies, model))
    process.start()
    sender.close()
    try:
        run = receiver.recv()
    except EOFError as error:
        raise RuntimeError(f"the {copies}x build died (exit code {process.exitcode})") from error
    finally:
        process.join()
    return run


def _build_copies(sender, records: list[RawArticle | Skipped], copies: int, model: str) -> None:
    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build_from, prepare_articles

    nlp_stage.load(model)
    model_mb = _resident_mb()
    grown = [record for copy in range(copies) for record in repeat(records, copy)]
    started = time.perf_counter()
    inputs = prepare_articles(grown)
    result = build_from(inputs, BuildOptions(model=model))
    seconds = time.perf_counter() - started
    words = sum(article.word_count for article in result.articles)
    sender.send(ScaleRun(copies, len(result.articles), words, seconds, _peak_mb(), model_mb))
    sender.close()


def _peak_mb() -> float:
    """This process's peak resident memory (ru_maxrss is in kilobytes on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _resident_mb() -> float:
    """This process's resident memory now (Linux), or its peak so far elsewhere."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return _peak_mb()
    line = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024
