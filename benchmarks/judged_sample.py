"""A judged sample of events (issue 18): draw, then summarise, a reader's judgement of 100 events.

Draw a seeded random sample of the events of a build, one JSON line each with what a reader
needs to judge it (label, type, date and how it was resolved, participants, source sentence),
and empty judgement fields::

    graphbuild build ../shared/data/cleaning-pages/*.html -o /tmp/pages
    python benchmarks/judged_sample.py draw /tmp/pages benchmarks/judged/after.jsonl

A judge fills, for each event, ``real`` (a real happening: not a state, an opinion, page
furniture or a fragment), and for the real ones ``type_right``, ``participants_right``,
``date_right`` and ``label_right`` (true/false), with a one-line ``reason``. Then::

    python benchmarks/judged_sample.py score benchmarks/judged/after.jsonl

prints the counts the issue asks for: real happenings out of the sample, and the share of
the real ones with the right type, participants, date and label.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SAMPLE_SIZE = 100
SEED = 2019
JUDGEMENTS = ("real", "type_right", "participants_right", "date_right", "label_right")


def draw(outdir: Path, sample_size: int = SAMPLE_SIZE, seed: int = SEED) -> list[dict]:
    """The seeded sample of a build's events, in the form a judge fills."""
    events = [json.loads(line) for line in (outdir / "events.jsonl").read_text().splitlines() if line]
    events.sort(key=lambda event: event["id"])
    chosen = random.Random(seed).sample(events, min(sample_size, len(events)))
    return [
        {
            "id": event["id"],
            "label": event["label"],
            "type": event["type"],
            "trigger": event["trigger"],
            "date": event["date"] and {key: event["date"][key] for key in ("value", "basis", "text")},
            "modality": event["modality"],
            "participants": [
                {"name": p["name"], "type": p["type"], "role": p["role"]} for p in event["participants"]
            ],
            "places": event["places"],
            "published": event["sources"][0]["published"],
            "sentence": event["sources"][0]["sentence"],
            "title": event["sources"][0]["title"],
            **{judgement: None for judgement in JUDGEMENTS},
            "reason": "",
        }
        for event in chosen
    ]


def score(records: list[dict]) -> dict[str, float | int]:
    """Real happenings out of the sample; the other judgements as shares of the real ones."""
    real = [record for record in records if record["real"]]
    summary: dict[str, float | int] = {"sample": len(records), "real": len(real)}
    for judgement in JUDGEMENTS[1:]:
        summary[judgement] = round(sum(bool(record[judgement]) for record in real) / max(len(real), 1), 3)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw_command = commands.add_parser("draw", help="draw the sample of a build's events")
    draw_command.add_argument("outdir", type=Path)
    draw_command.add_argument("file", type=Path)
    score_command = commands.add_parser("score", help="summarise a judged sample")
    score_command.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "draw":
        records = draw(args.outdir)
        args.file.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))
        print(f"{len(records)} events drawn to {args.file}")
    else:
        records = [json.loads(line) for line in args.file.read_text().splitlines() if line]
        print(json.dumps(score(records), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
