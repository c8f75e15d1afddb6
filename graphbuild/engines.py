"""Where the per-article stages run: in this process, in worker processes, or on a Dask cluster.

Every engine runs the same function, :func:`graphbuild.analysis.analyse_batch`, over batches
of articles and gives the analyses back in input order, so the engine never changes the output.
The cross-article stages (linking, merging, the graph) always run afterwards in the calling process.

>>> from graphbuild.model import Article
>>> [analysis.article.id for analysis in run([Article("art-1", "a.txt", "Kyiv is calm.")], engine="local")]
['art-1']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat

from graphbuild import nlp as nlp_stage
from graphbuild.analysis import analyse_batch, analyse_each
from graphbuild.errors import EngineError
from graphbuild.model import Article, ArticleAnalysis

ENGINES = ("local", "dask")
# Articles per task: big enough that spaCy batches well, small enough to spread over workers.
BATCH_SIZE = 16


def run(
    articles: Sequence[Article],
    model: str | None = None,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[ArticleAnalysis]:
    """Analyse ``articles`` and yield their analyses in order, as each is ready.

    ``engine="local"`` runs in this process, or in ``jobs`` worker processes when ``jobs`` > 1.
    ``engine="dask"`` sends batches to the Dask scheduler at ``scheduler`` (e.g.
    ``tcp://10.0.0.5:8786``), or to a LocalCluster of ``jobs`` workers when none is given.
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if not articles:
        return
    model = nlp_stage.resolve(model)
    if engine == "dask":
        yield from _run_dask(articles, model, jobs, scheduler)
    elif jobs > 1 and len(articles) > BATCH_SIZE:
        yield from _run_processes(articles, model, jobs)
    else:
        yield from analyse_each(articles, model)


def batches(articles: Sequence[Article], size: int = BATCH_SIZE) -> list[Sequence[Article]]:
    """``articles`` cut into consecutive batches of at most ``size``.

    >>> [len(batch) for batch in batches(list(range(40)))]
    [16, 16, 8]
    """
    return [articles[start : start + size] for start in range(0, len(articles), size)]


def _run_processes(articles: Sequence[Article], model: str, jobs: int) -> Iterator[ArticleAnalysis]:
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for analyses in pool.map(analyse_batch, batches(articles), repeat(model)):
            yield from analyses


def _run_dask(
    articles: Sequence[Article], model: str, jobs: int, scheduler: str | None
) -> Iterator[ArticleAnalysis]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise EngineError(
            "the dask engine needs Dask: pip install 'graphbuild[dask]' (dask[distributed])"
        ) from error
    cluster = None
    try:
        if scheduler is None:
            # One single-threaded worker process per job: spaCy holds the GIL while it parses.
            cluster = LocalCluster(
                n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=":0"
            )
        client = Client(cluster if cluster is not None else scheduler, timeout="30s")
    except OSError as error:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    try:
        # pure=False: two equal batches are still two tasks (their results are not shared).
        futures = client.map(analyse_batch, batches(articles), model=model, pure=False)
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
