"""``graphbuild eval audit OUTDIR``: the checks a reader would run by eye on any build's entities.

Reads ``entities.jsonl`` and ``articles.jsonl`` of a build and lists the places linked through
an alias that is not a spelling of their name (an old name, or a mistake), the entities found
only in articles of another language than English, and the largest merged entities.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.places import is_spelling

__all__ = ["AuditReport", "audit"]

# How many of the largest merged entities to list.
_LARGEST = 10


@dataclass
class AuditReport:
    entities: int
    # (entity id, name, the alias that is no spelling of the name, basis)
    places_by_other_name: list[dict] = field(default_factory=list)
    # Entities every article of which is in another language (article languages listed).
    other_language_only: list[dict] = field(default_factory=list)
    largest: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        lines = [f"{self.entities} entities"]
        lines.append(
            "places linked through an alias that is not a spelling of their name: "
            f"{len(self.places_by_other_name)}"
        )
        lines += [f"  {p['name']} <- {p['alias']!r} ({p['basis']})" for p in self.places_by_other_name]
        lines.append(f"entities found only in articles of another language: {len(self.other_language_only)}")
        lines += [f"  {e['id']} ({', '.join(e['languages'])})" for e in self.other_language_only]
        lines.append("largest merged entities (by names):")
        lines += [
            f"  {e['id']}: {e['mentions']} mentions, {len(e['aliases'])} names: {', '.join(e['aliases'][:8])}"
            for e in self.largest
        ]
        return "\n".join(lines)


def _read_jsonl(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: cannot read a build's output ({error})") from error


def audit(folder: str | Path) -> AuditReport:
    """Audit the build written to ``folder``."""
    folder = Path(folder)
    entities = _read_jsonl(folder / "entities.jsonl")
    articles = _read_jsonl(folder / "articles.jsonl")
    language = {row["id"]: row.get("language") for row in articles if row.get("id")}
    report = AuditReport(len(entities))
    for entity in entities:
        if entity["type"] == "PLACE" and entity.get("lat") is not None:
            for alias in entity["aliases"]:
                if not is_spelling(alias, entity["name"]):
                    report.places_by_other_name.append(
                        {
                            "id": entity["id"],
                            "name": entity["name"],
                            "alias": alias,
                            "basis": entity.get("basis"),
                        }
                    )
        languages = sorted({language.get(article) or "en" for article in entity["articles"]})
        if "en" not in languages:
            report.other_language_only.append({"id": entity["id"], "languages": languages})
    ranked = sorted(entities, key=lambda e: (-len(e["aliases"]), -e["mentions"], e["id"]))
    report.largest = [
        {"id": e["id"], "mentions": e["mentions"], "aliases": e["aliases"]} for e in ranked[:_LARGEST]
    ]
    return report
