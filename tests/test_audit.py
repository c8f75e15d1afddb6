"""``graphbuild eval audit``: what a reader checks by eye on a build's entities."""

from __future__ import annotations

import json

import pytest

from graphbuild.errors import InputError
from graphbuild.evaluation.audit import audit


def write(folder, name, rows):
    (folder / name).write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def entity(id, name, kind, aliases, articles, lat=None):
    return {
        "id": id,
        "name": name,
        "type": kind,
        "aliases": aliases,
        "mentions": len(aliases),
        "articles": articles,
        "lat": lat,
        "lon": lat,
        "basis": "the only place of that name",
    }


def test_audit_lists_other_names_other_languages_and_the_largest_merges(tmp_path):
    write(
        tmp_path,
        "articles.jsonl",
        [
            {"id": "art-1", "status": "ok", "language": "en"},
            {"id": "art-2", "status": "ok", "language": "it"},
        ],
    )
    write(
        tmp_path,
        "entities.jsonl",
        [
            entity("place:kyiv", "Kyiv", "PLACE", ["Kiev", "Kyiv"], ["art-1"], 50.4),
            entity("place:topeka", "Topeka", "PLACE", ["Google", "Topeka"], ["art-1"], 39.0),
            entity(
                "person:mario-rossi",
                "Mario Rossi",
                "PERSON",
                ["Mario Rossi", "Rossi", "Sig. Rossi"],
                ["art-2"],
            ),
        ],
    )
    report = audit(tmp_path)
    assert [(p["name"], p["alias"]) for p in report.places_by_other_name] == [("Topeka", "Google")]
    assert report.other_language_only == [{"id": "person:mario-rossi", "languages": ["it"]}]
    assert report.largest[0]["id"] == "person:mario-rossi"
    assert "Topeka <- 'Google'" in str(report)


def test_audit_of_a_folder_that_is_no_build_names_the_file(tmp_path):
    with pytest.raises(InputError, match="entities.jsonl"):
        audit(tmp_path)
