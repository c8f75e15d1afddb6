"""Command line: ``graphbuild build PATH... -o OUTDIR``.

The CLI is the only place that prints: progress, warnings for skipped inputs, and errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graphbuild import __version__
from graphbuild.engines import ENGINES
from graphbuild.errors import BenchmarkDataError, GraphbuildError, OptionError
from graphbuild.export import FORMATS, output_lock
from graphbuild.export.html import MAX_NODES
from graphbuild.ingest import FIELD_NAMES, parse_fields
from graphbuild.nlp import installed_models, parse_models

# The cache's file name in the output folder: hidden, as it is a working file, not an output.
CACHE_NAME = ".graphbuild-cache.sqlite"

EXAMPLES = """examples:
  graphbuild build seeds -o out
  graphbuild build articles/ extra.jsonl.gz -o out --model en_core_web_md
  graphbuild build export.csv -o out --field text=story_body --field published=pub_time
  curl -s https://example.org/feed.jsonl | graphbuild build - -o out
  graphbuild build feed.csv -o out --formats events.jsonl graph.graphml --keep-dropped
  graphbuild build archive/ -o out --jobs 2
  graphbuild build archive/ -o out --engine dask --scheduler tcp://10.0.0.5:8786
  graphbuild eval cleaning tests/data/cleaning
  graphbuild models

outputs (in OUTDIR): index.html, graph.html, timeline.html, map.html, graph.graphml,
graph.gexf, graph.json, timeline.json, events.jsonl/.csv, entities.jsonl/.csv, edges.csv,
articles.jsonl (one line per input, processed or skipped and why),
and with --keep-dropped, dropped/<article id>.tsv (each removed line and why).
"""


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="graphbuild",
        description="Turn news articles into dated events linked to people, places and organisations.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"graphbuild {__version__}")
    commands = main.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build",
        help="build the graph, timeline and exports from articles",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files or folders (searched recursively): .txt .md .html .json .jsonl .csv, "
        "each optionally .gz; - reads standard input (format detected)",
    )
    build.add_argument("-o", "--out", required=True, type=Path, metavar="OUTDIR", help="output folder")
    build.add_argument(
        "--model",
        action="append",
        default=[],
        metavar="[LANG=]NAME",
        help="spaCy pipeline: an installed package name or a folder (default: best installed) for "
        "English; LANG=NAME (repeatable) reads articles in language LANG (ISO 639-1, e.g. "
        "de=de_core_news_sm) with it; articles in other languages are skipped",
    )
    build.add_argument("--formats", nargs="+", choices=sorted(FORMATS), help="write only these outputs")
    build.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=COLUMN",
        help=f"read record field NAME ({', '.join(FIELD_NAMES)}) from COLUMN of your JSON/CSV; "
        "a dotted COLUMN reaches into nested JSON (outlet=source.name); repeatable",
    )
    build.add_argument(
        "--keep-dropped",
        action="store_true",
        help="write the lines removed from each article to OUTDIR/dropped/",
    )
    build.add_argument(
        "--aliases",
        type=Path,
        metavar="FILE",
        help="your corrections to entities: a CSV (alias,name[,type]) or YAML (name: [aliases]) file; "
        "the names listed are one entity under that name",
    )
    build.add_argument(
        "--max-nodes",
        type=int,
        default=MAX_NODES,
        metavar="N",
        help=f"graph.html draws at most N nodes: the most connected entities and their events "
        f"(default {MAX_NODES}); the other outputs always hold everything",
    )
    build.add_argument(
        "--cache",
        type=Path,
        metavar="FILE",
        help=f"SQLite cache of per-article analyses, so a re-run parses only new or changed articles "
        f"(default OUTDIR/{CACHE_NAME})",
    )
    build.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    build.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="analyse articles in N processes (or N Dask workers on a local cluster); default 1",
    )
    build.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where the per-article work runs: this machine, or Dask (needs graphbuild[dask]); "
        "the output is the same",
    )
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 "
        "(default: a LocalCluster of --jobs workers)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    commands.add_parser("models", help="list the installed spaCy pipelines graphbuild can use")
    evaluate = commands.add_parser("eval", help="benchmarks against annotated data")
    benchmarks = evaluate.add_subparsers(dest="benchmark", required=True)
    cleaning = benchmarks.add_parser(
        "cleaning",
        help="line-level precision and recall of cleaning on raw files with expected text",
        description="DIR holds raw inputs (page.html, feed.jsonl, ...) each beside page.expected.txt, "
        "the expected clean text, one paragraph per line; page.expected.json may give the expected "
        "title, published date and published_basis.",
    )
    cleaning.add_argument("folder", type=Path, metavar="DIR")
    cleaning.add_argument("--field", action="append", default=[], metavar="NAME=COLUMN")
    cleaning.add_argument("--json", action="store_true", help="print the report as JSON")
    pages = cleaning.add_argument_group(
        "page layout",
        "when DIR holds ID.html, ID.dump.txt, ID.gold.txt and ID.meta.json per page: each page's "
        "HTML and text dump are cleaned and scored against the gold body with word 4-gram "
        "shingles (mean per-page precision, recall, F1), English and other pages apart",
    )
    source = pages.add_mutually_exclusive_group()
    source.add_argument("--html", action="store_true", help="score the HTML pages only")
    source.add_argument("--text", action="store_true", help="score the text dumps only")
    pages.add_argument(
        "--half", choices=["even", "odd"], help="only the pages at even (0, 2, ...) or odd positions by id"
    )
    pages.add_argument(
        "--peer", choices=["trafilatura"], help="also score this extractor alone, with its default options"
    )
    for corpus, about in (
        ("timeml", "time expressions against TimeML .tml files (TempEval-3 TimeBank/AQUAINT)"),
        ("meantime", "time expressions against MEANTIME XML (sentences 0-5, the annotated region)"),
    ):
        timex = benchmarks.add_parser(corpus, help=about, description=f"{about}; TempEval-3 scoring.")
        timex.add_argument("folder", type=Path, metavar="DIR", help="searched recursively")
        timex.add_argument(
            "--peer", choices=["heideltime"], help="also run this tagger and print it beside ours"
        )
        timex.add_argument("--model", help="spaCy pipeline (default: best installed)")
        timex.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
        timex.add_argument(
            "--errors", type=int, default=0, metavar="N", help="print our first N disagreements"
        )
        timex.add_argument("--json", action="store_true", help="print the report as JSON")
    timelines = benchmarks.add_parser(
        "timeline",
        help="entity timelines against SemEval-2015 TimeLine gold timelines (CAT XML documents)",
        description="DIR holds one or more corpora, each a folder of gold timelines (one file per "
        "target entity) beside its CAT XML documents, e.g. ../shared/data/timeline-semeval2015.",
    )
    timelines.add_argument("folder", type=Path, metavar="DIR", help="searched recursively")
    timelines.add_argument("--model", help="spaCy pipeline (default: best installed)")
    timelines.add_argument("--json", action="store_true", help="print the report as JSON")
    ecbplus = benchmarks.add_parser(
        "ecbplus",
        help="events and named participants found and merged across articles against ECB+ "
        "(detection, cross-document coreference)",
        description="DIR is an ECB+ folder (e.g. ../shared/data/ecbplus) with "
        "ECBplus_coreference_sentences.csv in it or above it. Builds the documents all at once and "
        "per topic, and scores event detection and cross-document event coreference (MUC, B-cubed, "
        "CEAF-e, CoNLL F1) on gold mentions and end to end, beside the same-head-lemma and "
        "singleton baselines; then named participants (gold HUMAN_PART/NON_HUMAN_PART/LOC "
        "mentions with a proper-noun head) and cross-document entity coreference over them.",
    )
    ecbplus.add_argument("folder", type=Path, metavar="DIR", help="searched recursively")
    ecbplus.add_argument(
        "--topics", metavar="LIST", help="only these topics: ranges and lists, e.g. 1-25 or 3,5,7-9"
    )
    ecbplus.add_argument("--model", help="spaCy pipeline (default: best installed)")
    ecbplus.add_argument("--json", action="store_true", help="print the report as JSON")
    auditing = benchmarks.add_parser(
        "audit",
        help="places linked through another name, entities only from other languages, largest merges",
        description="OUTDIR is the output folder of a build (its entities.jsonl and articles.jsonl).",
    )
    auditing.add_argument("folder", type=Path, metavar="OUTDIR")
    auditing.add_argument("--json", action="store_true", help="print the report as JSON")
    speed = benchmarks.add_parser(
        "speed",
        help="throughput against bare nlp.pipe, growth at 1x/4x/16x the corpus, and cached re-runs",
        description="DIR is any folder of articles, or of TimeML/MEANTIME documents (e.g. "
        "../shared/data/meantime). Prints words per second of bare nlp.pipe and of the whole "
        "pipeline; time and peak memory at each --scales multiple of the corpus, each in a fresh "
        "process; and the time of a re-run with 5%% new articles through the cache against a clean run.",
    )
    speed.add_argument("folder", type=Path, metavar="DIR", help="searched recursively")
    speed.add_argument("--model", help="spaCy pipeline (default: best installed)")
    speed.add_argument(
        "--scales",
        type=int,
        nargs="*",
        default=[1, 4, 16],
        metavar="N",
        help="corpus multiples to time (default 1 4 16; none to skip)",
    )
    speed.add_argument("--json", action="store_true", help="print the report as JSON")
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "models":
        for name in installed_models():
            print(name)
        return 0
    try:
        fields = parse_fields(args.field) if "field" in args else {}
        if args.command == "eval":
            return _evaluate(args, fields)
        return _build(args, fields)
    except GraphbuildError as error:
        print(f"graphbuild: error: {error}", file=sys.stderr)
        return 2


def _evaluate(args: argparse.Namespace, fields: dict[str, str]) -> int:
    from graphbuild.evaluation import (
        ecbplus,
        entities,
        happenings,
        heideltime,
        pages,
        speed,
        timeline,
        timex,
    )
    from graphbuild.evaluation.cleaning import evaluate_cleaning

    time_report = None
    if args.benchmark == "speed":
        report = speed.measure_speed(
            args.folder,
            args.model,
            args.scales,
            log=lambda message: print(f"graphbuild: {message}", file=sys.stderr),
        )
    elif args.benchmark == "cleaning" and pages.has_pages(args.folder):
        sources = ["html"] if args.html else ["dump"] if args.text else list(pages.SOURCES)
        report = pages.evaluate_pages(args.folder, sources, args.half, [args.peer] if args.peer else [])
    elif args.benchmark == "cleaning":
        if args.html or args.text or args.half or args.peer:
            raise BenchmarkDataError(
                f"{args.folder}: --html, --text, --half and --peer need the page layout "
                "(ID.html, ID.dump.txt, ID.gold.txt, ID.meta.json); none of its files is ID.gold.txt"
            )
        report = evaluate_cleaning(args.folder, fields)
    elif args.benchmark == "audit":
        from graphbuild.evaluation.audit import audit

        report = audit(args.folder)
    elif args.benchmark == "ecbplus":
        topics = ecbplus.parse_topics(args.topics) if args.topics else None
        report = ecbplus.evaluate_ecbplus(
            args.folder,
            topics,
            args.model,
            log=lambda message: print(f"graphbuild: {message}", file=sys.stderr),
        )
    elif args.benchmark == "timeline":
        report = timeline.evaluate_timelines(timeline.find_corpora(args.folder), args.model)
    else:
        docs = timex.load(args.benchmark, args.folder)[: args.limit]
        taggers = {"graphbuild": timex.graphbuild_tagger(args.model)}
        if args.peer == "heideltime":
            taggers["heideltime"] = heideltime.heideltime_tagger()
        report = time_report = timex.evaluate(args.benchmark, docs, taggers)
        if args.benchmark == "meantime":
            documents = entities.read_meantime_documents(args.folder)[: args.limit]
            gold_events = entities.read_gold_events(args.folder)
            entity_report = entities.evaluate_entities(documents, gold_events, args.model)
            report = entities.MeantimeReport(time_report, entity_report)
        else:
            report = happenings.TimemlReport(time_report, happenings.evaluate_happenings(docs, args.model))
    print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if args.json else report)
    if getattr(args, "errors", 0) and time_report is not None:
        print(f"\nfirst {args.errors} disagreements of graphbuild:")
        print("\n".join(timex.iter_errors(time_report.runs[0], args.errors)))
    return 0


def _build(args: argparse.Namespace, fields: dict[str, str]) -> int:
    from tqdm import tqdm

    from graphbuild.options import BuildOptions
    from graphbuild.pipeline import build

    def progress(items, total):
        return tqdm(
            items,
            total=total,
            desc="articles",
            unit="article",
            disable=args.quiet or total < 2,
            file=sys.stderr,
        )

    if args.jobs < 1:
        raise OptionError("--jobs must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise OptionError("--scheduler needs --engine dask")
    cache = None if args.no_cache else (args.cache or args.out / CACHE_NAME)
    options = BuildOptions(
        model=parse_models(args.model),
        aliases=args.aliases,
        fields=fields,
        cache=cache,
        engine=args.engine,
        jobs=args.jobs,
        scheduler=args.scheduler,
        progress=progress,
    )
    # One build at a time in a folder: the cache and the outputs in it are this build's.
    with output_lock(args.out):
        result = build(args.paths, options)
        for skipped in result.skipped:
            print(f"graphbuild: warning: skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
        for article in result.articles:
            for warning in article.warnings:
                print(f"graphbuild: warning: {article.path}: {warning}", file=sys.stderr)
        if not result.articles:
            # Still say what happened to each input; no other output describes nothing.
            result.write(args.out, ["articles.jsonl"])
            print(
                f"graphbuild: error: no usable articles in {', '.join(map(str, args.paths))} "
                f"({len(result.skipped)} input(s) skipped; {args.out / 'articles.jsonl'} lists why)",
                file=sys.stderr,
            )
            return 1
        written = result.write(
            args.out, args.formats, keep_dropped=args.keep_dropped, max_nodes=args.max_nodes
        )
    copies = sum(1 for article in result.articles if article.duplicate_of)
    print(
        f"graphbuild: {len(result.articles)} article(s) ({copies} near-identical copies, "
        f"{result.from_cache} from the cache), "
        f"{sum(item.count for item in result.skipped)} skipped; "
        f"{len(result.entities)} entities, {len(result.events)} events -> {args.out}",
        file=sys.stderr,
    )
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
