"""Command line: ``graphbuild build PATH... -o OUTDIR``.

The CLI is the only place that prints: progress, warnings for skipped inputs, and errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphbuild import __version__
from graphbuild.export import FORMATS
from graphbuild.nlp import ModelError, installed_models

EXAMPLES = """examples:
  graphbuild build seeds -o out
  graphbuild build articles/ extra.jsonl -o out --model en_core_web_md
  graphbuild build feed.csv -o out --formats events.jsonl graph.graphml
  graphbuild models

outputs (in OUTDIR): graph.html, timeline.html, graph.graphml, events.jsonl,
entities.jsonl, articles.jsonl (one line per input, processed or skipped and why).
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
        help="article files or folders (searched recursively): .txt .md .html .htm .json .jsonl .csv",
    )
    build.add_argument("-o", "--out", required=True, type=Path, metavar="OUTDIR", help="output folder")
    build.add_argument(
        "--model", help="spaCy pipeline: an installed package name or a folder (default: best installed)"
    )
    build.add_argument("--formats", nargs="+", choices=sorted(FORMATS), help="write only these outputs")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    commands.add_parser("models", help="list the installed spaCy pipelines graphbuild can use")
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "models":
        for name in installed_models():
            print(name)
        return 0
    return _build(args)


def _build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

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

    try:
        result = build(args.paths, model=args.model, progress=progress)
    except ModelError as error:
        print(f"graphbuild: error: {error}", file=sys.stderr)
        return 2
    for skipped in result.skipped:
        print(f"graphbuild: warning: skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    if not result.articles:
        print(
            f"graphbuild: error: no usable articles in {', '.join(map(str, args.paths))} "
            f"({len(result.skipped)} input(s) skipped)",
            file=sys.stderr,
        )
        return 1
    written = result.write(args.out, args.formats)
    print(
        f"graphbuild: {len(result.articles)} article(s), {len(result.skipped)} skipped; "
        f"{len(result.entities)} entities, {len(result.events)} events -> {args.out}",
        file=sys.stderr,
    )
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
