"""Metadata sidecars: ``story.meta.json`` beside ``story.txt`` gives its title, date, outlet...

A sidecar belongs to the text, Markdown or HTML file of the same name; its fields win over
what the file itself says.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.ingest.decode import STDIN, parse_json
from graphbuild.ingest.fields import FIELD_NAMES, field_value
from graphbuild.ingest.formats import COMPRESSED, FORMATS, SIDECAR, format_of
from graphbuild.model import RawArticle, Skipped

__all__ = ["sidecar_owner", "with_sidecar"]


def sidecar_owner(sidecar: Path) -> Path | None:
    """The article file that ``sidecar`` describes, if there is one beside it."""
    stem = sidecar.name[: -len(SIDECAR)] if sidecar.name.endswith(SIDECAR) else sidecar.name
    for suffix in FORMATS:
        for candidate in (sidecar.with_name(stem + suffix), sidecar.with_name(stem + suffix + COMPRESSED)):
            if candidate.is_file() and format_of(candidate.name) in ("txt", "md", "html"):
                return candidate
    return None


def _sidecar_of(path: Path) -> Path:
    name = path.name[: -len(COMPRESSED)] if path.name.lower().endswith(COMPRESSED) else path.name
    return path.with_name(Path(name).stem + SIDECAR)


def with_sidecar(record: RawArticle | Skipped, path: Path | str) -> RawArticle | Skipped:
    """Metadata from ``article.meta.json`` beside ``article.txt`` wins over what the file says."""
    if isinstance(record, Skipped) or str(path) == STDIN:
        return record
    sidecar = _sidecar_of(Path(path))
    if not sidecar.is_file():
        return record
    try:
        metadata = parse_json(sidecar.read_text(encoding="utf-8"))
        if not isinstance(metadata, dict):
            raise InputError(f"holds a {type(metadata).__name__}, not an object")
    except (OSError, UnicodeDecodeError, InputError) as error:
        warning = f"metadata sidecar {sidecar.name} ignored: {error}"
        return replace(record, warnings=(*record.warnings, warning))
    values = {name: field_value(metadata, name, None) for name in FIELD_NAMES if name != "text"}
    return replace(record, **{name: value for name, value in values.items() if value is not None})
