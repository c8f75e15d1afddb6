"""Users' own corrections to entity linking: which names are one thing, and what type it is.

Two file formats, chosen by extension:

- CSV (``.csv``) with a header: ``alias,name`` and optionally ``type`` (PERSON, ORG, PLACE or PRODUCT).
  Each row says that ``alias`` is another name of ``name``::

      alias,name,type
      Zelenskyy,Volodymyr Zelensky,PERSON
      Artemivsk,Bakhmut,PLACE

- YAML (``.yaml``/``.yml``): each canonical name maps to a list of its aliases, or to
  ``{type: ..., aliases: [...]}``::

      Volodymyr Zelensky: [Zelenskyy, Zelenskiy]
      Wagner Group: {type: ORG, aliases: [Wagner, PMC Wagner]}

Names are compared ignoring case, accents and punctuation. A listed name is always its own
entity under that name, whatever the gazetteer or spaCy say, and a listed type wins.

>>> aliases = Aliases.from_mapping({"Wagner Group": {"type": "ORG", "aliases": ["Wagner"]}})
>>> aliases.lookup("WAGNER"), aliases.type_of("Wagner Group")
('Wagner Group', 'ORG')
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import AliasError
from graphbuild.names import fold

TYPES = ("PERSON", "ORG", "PLACE", "PRODUCT")

# Acronyms so widely used that news seldom spells them out beside their expansion: linking
# joins one to its expansion where some article of the corpus names both forms, even apart
# (letters alone would make "AI" Amnesty International).
WELL_KNOWN_ACRONYMS = {
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "DPA": "Deutsche Presse-Agentur",
    "UN": "United Nations",
    "EU": "European Union",
    "NATO": "North Atlantic Treaty Organization",
    "WHO": "World Health Organization",
    "IMF": "International Monetary Fund",
    "WTO": "World Trade Organization",
    "IAEA": "International Atomic Energy Agency",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "ICC": "International Criminal Court",
    "ECB": "European Central Bank",
    "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency",
    "NASA": "National Aeronautics and Space Administration",
    "FAA": "Federal Aviation Administration",
    "SEC": "Securities and Exchange Commission",
    "BBC": "British Broadcasting Corporation",
}


@dataclass
class Aliases:
    """Folded alias -> canonical name, and canonical name -> type where the user gave one."""

    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)

    def lookup(self, text: str) -> str | None:
        """The canonical name ``text`` stands for, if the user listed it."""
        return self.names.get(fold(text))

    def type_of(self, name: str) -> str | None:
        return self.types.get(name)

    def add(self, alias: str, name: str, kind: str | None = None, where: str = "") -> None:
        if kind:
            kind = kind.strip().upper()
            if kind not in TYPES:
                raise AliasError(f"{where}type {kind!r} of {name!r} is not one of {', '.join(TYPES)}")
            self.types[name] = kind
        for form in (name, alias):
            known = self.names.get(fold(form))
            if known is not None and known != name:
                raise AliasError(f"{where}{form!r} is already an alias of {known!r}, not {name!r}")
            self.names[fold(form)] = name

    @classmethod
    def from_mapping(cls, mapping: Mapping, where: str = "") -> Aliases:
        aliases = cls()
        for name, value in mapping.items():
            kind = None
            if isinstance(value, Mapping):
                kind, value = value.get("type"), value.get("aliases", [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(name, str) or not isinstance(value, list):
                raise AliasError(f"{where}{name!r} must map to a list of aliases or {{type, aliases}}")
            aliases.add(name, name, kind, where)
            for alias in value:
                aliases.add(str(alias), name, kind, where)
        return aliases


def read_aliases(path: str | Path) -> Aliases:
    """Read a CSV or YAML alias file; :class:`AliasError` names the file and what is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AliasError(f"{path}: cannot read the alias file ({error})") from error
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        try:
            mapping = yaml.safe_load(text) or {}
        except yaml.YAMLError as error:
            raise AliasError(f"{path}: not valid YAML ({error})") from error
        if not isinstance(mapping, Mapping):
            raise AliasError(f"{path}: expected a mapping of names to their aliases")
        return Aliases.from_mapping(mapping, f"{path}: ")
    if path.suffix.lower() != ".csv":
        raise AliasError(f"{path}: an alias file must be .csv, .yaml or .yml")
    rows = csv.DictReader(text.splitlines())
    if not rows.fieldnames or not {"alias", "name"} <= {f.strip().lower() for f in rows.fieldnames}:
        raise AliasError(f"{path}: the CSV header must have the columns alias and name (and optionally type)")
    aliases = Aliases()
    for number, row in enumerate(rows, start=2):
        row = {key.strip().lower(): (value or "").strip() for key, value in row.items() if key}
        if not row.get("alias") or not row.get("name"):
            raise AliasError(f"{path}: row {number} needs both an alias and a name")
        aliases.add(row["alias"], row["name"], row.get("type") or None, f"{path}: row {number}: ")
    return aliases
