"""Cross-article entity linking: every mention of every article to one entity.

Linking merges surface forms within and across articles: possessives and case, old and new
place names ("Kiev" and "Kyiv"), a surname with the full name it belongs to, and an acronym
with its expansion; the user's alias file (:mod:`graphbuild.aliases`) overrides all of these.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from graphbuild.aliases import WELL_KNOWN_ACRONYMS
from graphbuild.headlines import title_case_line
from graphbuild.model import ArticleAnalysis, Entity, EntityMention
from graphbuild.names import VENUE_WORDS, fold, formal_first_names, names_a_venue, spelled
from graphbuild.places import REGION, place_by_key, place_of

if TYPE_CHECKING:
    from graphbuild.aliases import Aliases

__all__ = ["link"]

_ORG_SUFFIX = re.compile(r"(\s+(group|inc|ltd|corp|corporation|co|company|plc|llc|ag|sa|nv))+$", re.I)
# "Apple Computer" is Apple and "Ford Motor" is Ford when the corpus also names them alone;
# "General Motors" is not "General".
# "China Eastern Airlines" is China Eastern too.
_ORG_DESCRIPTORS = {"computer", "computers", "motor", "motors", "airlines", "airways"}
# "Staunton Police Department" is the Staunton Police: a descriptor after two words or more.
_LONG_ORG_DESCRIPTORS = {"department"}
# "Arcade Joseph Comeaux Jr." is the Arcade Joseph Comeaux another article names.
_GENERATION = re.compile(r"\s+(jr|sr|ii|iii|iv)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,6}$")
_MINOR_WORDS = {"of", "the", "and", "for", "de", "in", "on", "to", "&"}
# Generic words of the names of clinics and venues, which articles vary ("Betty Ford Center",
# "Betty Ford Clinic"); as spelled (:func:`graphbuild.names.spelled`).
_FACILITY_WORDS = {
    "center",
    "clinic",
    "hospital",
    "treatment",
    "rehab",
    "rehabilitation",
    "recovery",
    "facility",
    "convention",
}


def link(
    analyses: Iterable[ArticleAnalysis], aliases: Aliases | None = None
) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Link every mention of every article to one entity.

    ``aliases`` are the user's corrections (:mod:`graphbuild.aliases`): a listed name and its
    aliases are one entity under that name and type. Returns the entities, sorted by id, and a
    map from (article id, mention index) to the entity id.
    """
    groups: dict[str, list[tuple[str, int, EntityMention]]] = defaultdict(list)
    defined: dict[str, set[str]] = defaultdict(set)
    # The types the corpus gives each name as written, wherever its mentions were grouped.
    written: dict[str, Counter[str]] = defaultdict(Counter)
    headlines: set[tuple[str, int]] = set()
    # By article id (a hash of the text), not as given: the first seen wins ties (a type, a
    # form, a union's root), and the input order must not choose them.
    ordered = sorted(analyses, key=lambda analysis: analysis.article.id)
    for analysis in ordered:
        for mention in analysis.entities:
            written[_key(mention)][mention.type] += 1
    by_story = _surnames_by_story(ordered, written)
    surnames = frozenset(
        key[5:].split()[-1]
        for key, counts in written.items()
        if key.startswith("name:") and " " in key[5:] and _often_person(counts)
    )
    for analysis in ordered:
        full_names = _full_names(analysis.entities, analysis.article.text, surnames)
        joined = _joined_names(analysis.entities)
        teams = {
            short: full
            for short, full in _full_organisations(analysis.entities).items()
            if short not in joined.get(full, ())
        }
        for index, mention in enumerate(analysis.entities):
            canonical = aliases.lookup(mention.text) if aliases else None
            if canonical:
                key = f"name:{fold(canonical)}"
            elif mention.type == "PERSON" and fold(mention.text) in full_names:
                # "Ford" after "John M. Ford" is him in this article, whatever another
                # article's "Ford" (the carmaker) is.
                key = _key(full_names[fold(mention.text)])
            elif mention.type == "PERSON" and (analysis.article.id, _key(mention)) in by_story:
                key = by_story[analysis.article.id, _key(mention)]
            elif (
                mention.type == "ORG" and _key(mention) in teams and not _often_person(written[_key(mention)])
            ):
                # "the Saints" after "the New Orleans Saints" in the same article; not "Bettie
                # Page", tagged a company beside the film "The Notorious Bettie Page", whom
                # the corpus calls a person often.
                key = teams[_key(mention)]
            else:
                key = _key(mention)
            groups[key].append((analysis.article.id, index, mention))
            if title_case_line(analysis.article.text, mention.start):
                headlines.add((analysis.article.id, index))
        for short, full in _defined_acronyms(analysis):
            defined[short].add(full)

    # A union-find of its own, not networkx's: each group's root (the fuller name's) orders the
    # entities, which decides which of two with the same id becomes "-2"; networkx's picks the
    # bigger group's root and breaks ties in set order, which changes with the hash seed.
    parent = {key: key for key in groups}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    # Mentions of a short name the tagger typed otherwise than the full name it joins
    # ("Cerberus", a person, for Cerberus Capital Management): the full name's type is the
    # entity's, and these do not vote on it.
    retyped_keys: set[str] = set()
    # "Gannett-GateHouse" (their merger), "Israel-Gaza": two names side by side, neither's
    # longer form.
    pairs = _joined_names([mention for members in groups.values() for _, _, mention in members])
    for short, full in _name_links(groups, written, retyped_keys, _located(ordered)):
        if short not in pairs.get(full, ()):
            parent[find(short)] = find(full)
    retyped = {(article, index) for key in retyped_keys for article, index, _ in groups[key]}
    # Mentions whose words run past the name they hold: not the entity's name.
    run_in: set[tuple[str, int]] = set()
    for long, name in _nationality_links(groups):
        parent[find(long)] = find(name)
        run_in |= {(article, index) for article, index, _ in groups[long]}
    # So are those of headlines that run verbs into a name.
    for long, name in _headline_links(groups, headlines, [analysis.article.text for analysis in ordered]):
        parent[find(long)] = find(name)
        run_in |= {(article, index) for article, index, _ in groups[long]}
    for short, full in _cut_at_and(ordered, groups):
        if short not in pairs.get(full, ()):
            parent[find(short)] = find(full)
    for short, fulls in defined.items():
        if short in groups and len(fulls) == 1:
            parent[find(short)] = find(next(iter(fulls)))
    for name, place in _places_by_name(groups):
        parent[find(name)] = find(place)

    clusters: dict[str, list[tuple[str, int, EntityMention]]] = defaultdict(list)
    for key, members in groups.items():
        clusters[find(key)].extend(members)

    entities: list[Entity] = []
    mention_entity: dict[tuple[str, int], str] = {}
    used: Counter[str] = Counter()
    for root in sorted(clusters):
        members = clusters[root]
        entity = _entity(root, members, aliases, run_in, retyped)
        used[entity.id] += 1
        if used[entity.id] > 1:
            entity.id = f"{entity.id}-{used[entity.id]}"
        entities.append(entity)
        for article, index, _ in members:
            mention_entity[(article, index)] = entity.id
    entities.sort(key=lambda entity: entity.id)
    return entities, mention_entity


def _headline_links(
    groups: dict[str, list[tuple[str, int, EntityMention]]], headlines: set[tuple[str, int]], texts: list[str]
):
    """Pairs (headline name key, name key): a name found only in title-case headlines, where
    the tagger runs the verbs into it ("Lindsay Lohan Checks Into Rehab", "Hire Maurice
    Cheeks"), is the one name the corpus gives outside headlines that it holds as whole words,
    where a word around that name is one the corpus writes in lower case ("checks", "hired");
    none where it holds two ("Obama Reverses Bush Rules"), and "Apple Corps" is no Apple."""
    lower: set[str] | None = None
    # Written so outside a headline; a surname its article gave the headline's name ("Cheeks"
    # under "Hire Maurice Cheeks") does not count.
    named = {
        key
        for key, members in groups.items()
        if key.startswith("name:")
        and any((article, index) not in headlines and _key(m) == key for article, index, m in members)
    }
    for key, members in groups.items():
        if key in named or not key.startswith("name:") or len(key[5:].split()) < 2:
            continue
        if names_a_venue(key[5:]):
            continue  # "Toyota Music Factory" in a listing's title-case line is no Toyota
        padded = f" {key[5:]} "
        # Of its type: a headline's "Richard Ford" is not the carmaker another article names,
        # and the "Rehab" of "Lindsay Lohan Checks Into Rehab" is no second person in it.
        kind = _type_of(members)
        inside = {name for name in named if f" {name[5:]} " in padded and _type_of(groups[name]) == kind}
        if lower is None:
            lower = {word for text in texts for word in re.findall(r"\b[a-z]+\b", text)}
        # A one-word "name" the corpus also writes as a common word ("Rehab has been calling
        # her", "checked into rehab") is no second name in "Lindsay Lohan Checks Into Rehab".
        inside = {name for name in inside if " " in name[5:] or name[5:] not in lower}
        # The longest names only: "Lindsay Lohan", not the "Lohan" inside it too.
        inside = {
            name
            for name in inside
            if not any(f" {name[5:]} " in f" {other[5:]} " for other in inside - {name})
        }
        if len(inside) != 1:
            continue
        name = next(iter(inside))
        around = padded.replace(f" {name[5:]} ", " ", 1).split()
        # "Hire" is the "hired" of the text, "Flips" its "flip": a word or its inflection.
        if any(
            lower
            & {
                word,
                word + "s",
                word + "d",
                word + "ed",
                word.removesuffix("e") + "ing",
                word.removesuffix("s"),
            }
            for word in around
        ):
            yield key, name


def _surnames_by_story(analyses: list[ArticleAnalysis], written: dict[str, Counter[str]]) -> dict:
    """(article id, surname key) -> the full name's key, for a bare surname that the corpus
    gives two people ("Bush": Reggie Bush and George W. Bush) in an article that names
    neither: the one whose articles share twice as many other names with it as the other's
    do, and two at least (the Saints and New Orleans, not Obama and the Interior Department).
    """
    keys_of = {analysis.article.id: {_key(mention) for mention in analysis.entities} for analysis in analyses}
    people = {
        key
        for key, counts in written.items()
        if key.startswith("name:") and " " in key[5:] and _often_person(counts)
    }
    # Not a title the tagger took for a name, "Sheriff" of "L.A. County Sheriff": a word
    # the corpus writes in lower case is no surname.
    lower = {word for analysis in analyses for word in re.findall(r"\b[a-z]+\b", analysis.article.text)}
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in people:
        if key[5:].split()[-1] not in lower:
            by_last[f"name:{key[5:].split()[-1]}"].add(key)
    # One man under several forms counts once: "George W. Bush" is the George Bush beside him.
    named_so: dict[str, list[str]] = {}
    for last, keys in by_last.items():
        shortest = sorted(keys, key=lambda key: (len(key), key))
        heads: list[str] = []
        for key in shortest:
            if not any(key.endswith(" " + head[5:]) or head in _without_middle(key) for head in heads):
                heads.append(key)
        if len(heads) > 1:
            named_so[last] = heads
    if not named_so:
        return {}
    articles_of: dict[str, set[str]] = defaultdict(set)
    for article, keys in keys_of.items():
        for key in keys:
            articles_of[key].add(article)
    chosen = {}
    for article, keys in keys_of.items():
        for surname in keys & named_so.keys():
            if keys & by_last[surname]:
                continue  # the article names one of them in full
            others = keys - {surname}
            shared = []
            for head in named_so[surname]:
                forms = {
                    key
                    for key in by_last[surname]
                    if key == head or key.endswith(" " + head[5:]) or head in _without_middle(key)
                }
                story = set().union(*(keys_of[a] for form in forms for a in articles_of[form])) - forms
                shared.append((len(others & story), head))
            shared.sort(reverse=True)
            (best, head), (second, _) = shared[0], shared[1]
            if best >= 2 and best >= 2 * second:
                chosen[article, surname] = head
    return chosen


def _often_person(counts: Counter[str]) -> bool:
    """Whether the corpus calls a name a person in a third of its mentions or more: the
    tagger seldom does so for a team or a company, as it often takes a person for one."""
    return 3 * counts["PERSON"] >= sum(counts.values())


def _nationality_links(groups: dict[str, list[tuple[str, int, EntityMention]]]):
    """Pairs (name key, person key): "American Hasim Rahman", which the tagger read as one
    name (a company's, as often as not), is the Hasim Rahman the corpus names without his
    nationality, where it names a person so."""
    for key, members in groups.items():
        first, _, rest = members[0][2].text.partition(" ")
        if not key.startswith("name:") or len(rest.split()) < 2 or _type_of(members) not in ("PERSON", "ORG"):
            continue
        country = place_of(first)
        person = f"name:{fold(rest)}"
        if (
            country is not None
            and country.kind == "country"
            and fold(first) != fold(country.name)
            and person in groups
            and _type_of(groups[person]) == "PERSON"
        ):
            yield key, person


def _type_of(members: list[tuple[str, int, EntityMention]]) -> str:
    return Counter(mention.type for _, _, mention in members).most_common(1)[0][0]


def _full_names(
    mentions: list[EntityMention], text: str, surnames: frozenset[str]
) -> dict[str, EntityMention]:
    """A one-word person's name -> the full name in the article it is the surname of: the
    first one named ("Ford" after "John M. Ford", later "John Milo Ford" and his brother
    "Mike Ford", is the man the article is about). Or its first name: "Shakira" after
    "Shakira Nolan", where the article gives that first name to one person only, and no
    person of the corpus bears it as a surname ("Obama" is none of "Obama White House")."""
    by_last: dict[str, EntityMention] = {}
    for mention in sorted(mentions, key=lambda mention: mention.start):
        words = _GENERATION.sub("", fold(mention.text)).split()
        if mention.type == "PERSON" and len(words) > 1:
            by_last.setdefault(words[-1], mention)
    people = {fold(m.text) for m in mentions if m.type == "PERSON" and len(fold(m.text).split()) == 1}
    found = {last: full for last, full in by_last.items() if last in people}
    # A full name ending in a word the article writes in lower case is no person's: the
    # "Tony Awards", "Snyder Ave".
    lower = set(re.findall(r"\b[a-z]+\b", text))
    by_first: dict[str, list[EntityMention]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda mention: mention.start):
        words = _GENERATION.sub("", fold(mention.text)).split()
        if mention.type == "PERSON" and len(words) > 1 and words[-1] not in lower:
            by_first[words[0]].append(mention)
    for mention in mentions:
        first = fold(mention.text)
        named = by_first.get(first)
        if (
            mention.type == "PERSON"
            and named
            and first not in by_last
            and first not in surnames
            and named[0].start < mention.start
            and _one_person({_key(m) for m in named})
        ):
            found.setdefault(first, named[0])
    return found


def _given_names(groups, types: dict[str, str], people: list[str], surnames: set[str]) -> dict[str, set[str]]:
    """One-word person keys -> the full names of the one person of the corpus with that first
    name, where it is none of the ``surnames``."""
    full = [key for key in people if types[key] == "PERSON" and " " in key[5:]]
    by_given: dict[str, set[str]] = defaultdict(set)
    for key in full:
        by_given[key[5:].split()[0]].add(key)
    return {
        key: by_given[key[5:]]
        for key in groups
        if key.startswith("name:")
        and types[key] == "PERSON"
        and key[5:] in by_given
        and key[5:] not in surnames
        and _one_person(by_given[key[5:]])
    }


def _same_story(groups, keys_of: dict[str, set[str]], short: str, fuller: set[str]) -> bool:
    """Whether every article naming ``short`` shares two other names (``keys_of`` each
    article) with the articles that name one of ``fuller``."""
    story = set().union(*(keys_of[article] for name in fuller for article, _, _ in groups[name]))
    story -= fuller | {short}
    return all(len(keys_of[article] & story) >= 2 for article, _, _ in groups[short])


def _one_person(keys: set[str]) -> bool:
    """Whether the name keys of an article's people are all one person's: "Lindsay Lohan" and
    "Lindsay Dee Lohan", not "Mike Ford" and "Mike Tyson"."""
    shortest = min(keys, key=len)
    return all(
        key == shortest or key.endswith(" " + shortest[5:]) or shortest in _without_middle(key)
        for key in keys
    )


def _defined_acronyms(analysis: ArticleAnalysis):
    """Pairs (acronym key, name key) the text defines, "Singapore Airlines (SIA)": an acronym
    in brackets right after a name whose letters it takes in order, the first one first."""
    text = analysis.article.text
    mentions = sorted(analysis.entities, key=lambda mention: mention.start)
    for name, short in zip(mentions, mentions[1:], strict=False):
        letters = short.text.replace(".", "").lower()
        if (
            _ACRONYM.match(short.text)
            and text[name.end : short.start].strip() == "("
            and len(name.text.split()) >= 2
            and _initials_in(letters, fold(name.text))
        ):
            yield _key(short), _key(name)


def _initials_in(letters: str, name: str) -> bool:
    """Whether an acronym's letters are in a name in order, its first letter first."""
    if not letters or not name.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = name.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _joined_names(mentions: list[EntityMention]) -> dict[str, set[str]]:
    """Name key -> the keys of the two names it joins with a hyphen ("Gannett-GateHouse"),
    where the mentions give each of them alone as a name of the same type; a name with a part
    never given alone ("Agence France-Presse", "Rolls-Royce") is one name."""
    keys_by_type: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        keys_by_type[mention.type].add(_key(mention))
    pairs: dict[str, set[str]] = {}
    for mention in mentions:
        parts = mention.text.split("-")
        if len(parts) != 2 or not all(part[:1].isupper() and " " not in part for part in parts):
            continue
        keys = {f"name:{spelled(fold(part))}" for part in parts}
        if keys <= keys_by_type[mention.type]:
            pairs[_key(mention)] = keys
    return pairs


def _full_organisations(mentions: list[EntityMention]) -> dict[str, str]:
    """An organisation's key -> the key of the one longer organisation of the article whose
    name ends with it ("Saints" and "New Orleans Saints"); none where two do ("Air Force"
    beside the US and the Indian Air Force)."""
    keys = {_key(m) for m in mentions if m.type == "ORG"}
    fuller: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        words = key[5:].split()
        for size in range(1, len(words)):
            fuller["name:" + " ".join(words[-size:])].add(key)
    # An acronym is a name of its own: "GM" is not the "New GM" of the same article.
    acronyms = {_key(m) for m in mentions if m.type == "ORG" and _ACRONYM.match(m.text)}
    return {key: next(iter(fuller[key])) for key in keys - acronyms if len(fuller.get(key, ())) == 1}


def _key(mention: EntityMention) -> str:
    if mention.type == "PLACE":
        if mention.place:
            return mention.place
        region = REGION.match(fold(mention.text))
        if region:
            return f"region:{region.group('base')}"
    folded = spelled(_ORG_SUFFIX.sub("", fold(mention.text)) or fold(mention.text))
    if mention.type == "PERSON":
        folded = _GENERATION.sub("", folded) or folded
    if mention.type == "ORG":
        # "US Air Force" and "United States Air Force": a country's short form that begins an
        # organisation's name is spelled out.
        first, _, rest = mention.text.partition(" ")
        country = place_of(first) if rest and len(first.replace(".", "")) <= 3 else None
        if country is not None and country.kind == "country":
            folded = f"{fold(country.name)} {folded.split(' ', 1)[1]}"
    return f"name:{folded}"


def _places_by_name(groups: dict[str, list[tuple[str, int, EntityMention]]]):
    """Pairs (name key, place key): a name that spaCy took for an organisation or a person in
    one article and that other articles show to be a gazetteer place ("Bakhmut")."""
    places: dict[str, set[str]] = defaultdict(set)
    for key, members in groups.items():
        for _, _, mention in members:
            if mention.place:
                places[spelled(fold(mention.text))].add(key)
    # "Bush" is the surname of the George W. Bush the corpus names, not the village one
    # article's "a hearing into Bush" took it for.
    surnames = {
        key[5:].split()[-1]
        for key, members in groups.items()
        if key.startswith("name:") and len(key[5:].split()) > 1 and members[0][2].type == "PERSON"
    }
    for key, members in groups.items():
        if key[5:] in surnames and any(m.type == "PERSON" for _, _, m in members):
            continue
        if key.startswith("name:") and all(m.type in ("ORG", "PERSON") for _, _, m in members):
            targets = places.get(key[5:], set())
            if len(targets) == 1:
                yield key, next(iter(targets))


def _name_links(
    groups: dict[str, list[tuple[str, int, EntityMention]]],
    written: dict[str, Counter[str]],
    retyped: set[str],
    located: dict[str, set[str]],
):
    """Pairs (short key, full key): surnames to full names, acronyms to their expansions.
    Short names whose type the full name's overrides are added to ``retyped``; ``located``
    are the places each name is said to be in (:func:`_located`)."""
    types = {key: _type_of(members) for key, members in groups.items()}
    # "Teixeira" taken for an organisation in the one article that does not name Mark Teixeira
    # is the person the corpus calls so in most of its mentions ("Ford", a company in as many
    # mentions as a person, stays apart).
    as_written = {
        key: kind
        for key, counts in written.items()
        for kind, count in counts.most_common(1)
        if key in groups and 2 * count > sum(counts.values())
    }
    # "Mo Cheeks" is the Maurice Cheeks of the same story; the bare "Cheeks" is then one man's.
    short_forms = dict(_short_first_names(groups, types))
    yield from short_forms.items()
    for blend, person in _blends(groups, types):
        if types[blend] != "PERSON":
            retyped.add(blend)
        yield blend, person
    # Surnames to full names, and "A380" to "Airbus A380".
    people = [
        key
        for key in groups
        if types[key] in ("PERSON", "PRODUCT") and key.startswith("name:") and key not in short_forms
    ]
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in people:
        words = key[5:].split()
        for size in range(1, len(words)):
            by_last[" ".join(words[-size:])].add(key)
    # The ends of the corpus's people's names: "Grant" of Hugh Grant, "Mae Page" of Bettie Mae Page.
    surnames = {last for last, keys in by_last.items() if any(types[key] == "PERSON" for key in keys)}
    for key in groups:
        if not key.startswith("name:") or key in people and len(key[5:].split()) > 2:
            continue
        fuller = by_last.get(key[5:], set()) - {key}
        # "A380" -> "Airbus A380" even beside "First Airbus A380": the shortest fuller name
        # counts when every other ends with it.
        shortest = min(fuller, key=len, default=None)
        # A company named after a person is not that person: types must agree.
        # "Heller" beside "Mark Heller" and "Mark Jay Heller": one man, with his middle name.
        if (
            shortest is not None
            and as_written.get(key, types[key]) == types[shortest]
            and all(
                other.endswith(" " + shortest[5:]) or shortest in _without_middle(other) or other == shortest
                for other in fuller
            )
        ):
            yield key, shortest
    # "Lindsay" for Lindsay Lohan across articles: the one person of the corpus with that first
    # name (under all her forms), no person's surname, where one article at least shows the
    # first name alone used for her, and every article that gives it alone tells her story
    # (shares two other names with her articles: "Lindsay, a nurse in Leeds" is not her).
    keys_of: dict[str, set[str]] = defaultdict(set)
    for key, members in groups.items():
        for article, _, _ in members:
            keys_of[article].add(key)
    for key, fuller in _given_names(groups, types, people, surnames).items():
        shown = any(_key(mention) == key for name in fuller for _, _, mention in groups[name])
        if shown and _same_story(groups, keys_of, key, fuller):
            yield key, min(fuller, key=lambda name: (len(name), name))
    # "Red Sox" for the Boston Red Sox across articles: the one organisation of the corpus
    # whose name ends so (or whose names do, each ending with the shorter), where one article
    # at least shows both.
    by_tail: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        words = key[5:].split()
        if key.startswith("name:") and types[key] == "ORG":
            for size in range(1, len(words)):
                by_tail[" ".join(words[-size:])].add(key)
    for key in groups:
        fuller = by_tail.get(key[5:], set())
        acronym = any(_ACRONYM.match(mention.text) for _, _, mention in groups[key])
        # The shortest counts when every other ends with it: "Blazers" beside "Trail Blazers"
        # and "Portland Trail Blazers".
        full = min(fuller, key=lambda name: (len(name), name), default=None)
        if (
            key.startswith("name:")
            and types[key] == "ORG"
            and full is not None
            and all(other == full or other.endswith(" " + full[5:]) for other in fuller)
            and not acronym
            # Shown: a full name's entity holds the short one, from an article naming both.
            and any(_key(mention) == key for name in fuller for _, _, mention in groups[name])
        ):
            yield key, full
    # "Raj K. Chohan" is the Raj Chohan of another article, and "Mark Jay Heller" the Mark
    # Heller (news gives a middle name or initial once, at most), where no other middle name
    # or initial makes another man of him ("George H. W. Bush" beside "George W. Bush" and
    # "George Bush").
    initialled: dict[str, set[str]] = defaultdict(set)
    for key in people:
        if types[key] == "PERSON":
            for plain in _without_middle(key):
                initialled[plain].add(key)
    for plain, keys in initialled.items():
        if len(keys) == 1 and plain in groups and types[plain] == "PERSON":
            yield next(iter(keys)), plain
    # One name spelled two ways counts once below: "Academy" is the Academy of Motion Picture
    # Arts and Sciences beside its misspelt "Motion Pictures".
    variant = dict(_misspelt(groups, types)) | dict(_spacing_variants(groups, types))
    yield from variant.items()
    for key, facility in _facility_variants(groups, types, located):
        if types[key] != types[facility]:
            retyped.add(key)
        yield key, facility
    for key in groups:
        words = key[5:].split()
        if key.startswith("name:") and (
            len(words) >= 2
            and words[-1] in _ORG_DESCRIPTORS
            or len(words) >= 3
            and words[-1] in _LONG_ORG_DESCRIPTORS
        ):
            shorter = "name:" + " ".join(words[:-1])
            # "AirTran", tagged a place but no place of the gazetteer (its key is a name's),
            # is the AirTran Airways of the corpus.
            if shorter in groups and (
                types[shorter] == "ORG" or (types[shorter], types[key]) == ("PLACE", "ORG")
            ):
                yield key, shorter
    # "Northrop" for Northrop Grumman, where every article that says "Northrop" names the
    # company in full first, and no other company begins so ("Apple" beside an "Apple Corps"
    # does not, when other articles say "Apple" alone). An acronym ("UN" before "UN Security
    # Council") has its own expansion.
    first_at: dict[str, dict[str, int]] = defaultdict(dict)
    for key, members in groups.items():
        named = first_at[variant.get(key, key)]
        for article, _, mention in members:
            named[article] = min(named.get(article, mention.start), mention.start)
    by_first: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        words = key[5:].split()
        # "Pepsi Center", the venue, is not the Pepsi of an article that names it first.
        if key.startswith("name:") and types[key] == "ORG" and len(words) >= 2 and not names_a_venue(key[5:]):
            by_first[words[0]].add(variant.get(key, key))
    # So is "Morningside" for the Morningside Recovery Center, tagged a person or a place of no
    # gazetteer: one word that is no person's surname in the corpus.
    for key, members in groups.items():
        if (
            not key.startswith("name:")
            or _ACRONYM.match(members[0][2].text)
            or types[key] != "ORG"
            and not (types[key] in ("PERSON", "PLACE") and " " not in key[5:] and key[5:] not in surnames)
        ):
            continue
        fuller = by_first.get(key[5:], set())
        if len(fuller) == 1:
            full = next(iter(fuller))
            shown = first_at[full]
            if all(article in shown and shown[article] < at for article, at in first_at[key].items()):
                if types[key] != types[full]:
                    retyped.add(key)
                yield key, full
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, members in groups.items():
        # Initials of every written form without its legal suffix: "General Motors Corporation" is GM.
        for form in {mention.text for _, _, mention in members}:
            form = _ORG_SUFFIX.sub("", form.rstrip(".").strip()) if types[key] == "ORG" else form
            # "Agence France-Presse" is AFP: each part of a hyphenated name gives a letter.
            words = [w for w in form.replace("-", " ").split() if w.lower() not in _MINOR_WORDS]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                expansions["".join(w[0] for w in words).lower()].add(key)
                # "U.S. Geological Survey" is the USGS, its abbreviation giving each of its
                # letters; and a country before a name is often left out: "U.S. Food and
                # Drug Administration" is the FDA.
                expansions["".join(_initials(w) for w in words).lower()].add(key)
                country = place_of(words[0])
                if len(words) >= 3 and country is not None and country.kind == "country":
                    expansions["".join(w[0] for w in words[1:]).lower()].add(key)
    for key, members in groups.items():
        text = members[0][2].text
        if _ACRONYM.match(text):
            targets = expansions.get(text.replace(".", "").lower(), set()) - {key}
            # Only an expansion the text shows: one named in an article that uses the acronym.
            where = {article for article, _, _ in members}
            targets = {t for t in targets if where & {article for article, _, _ in groups[t]}}
            # Or a well-known expansion the corpus names anywhere: "AP" is the Associated Press.
            known = WELL_KNOWN_ACRONYMS.get(text.replace(".", "").upper())
            if known and f"name:{fold(known)}" in groups:
                targets.add(f"name:{fold(known)}")
            targets = {t for t in targets if types[t] == types[key]} or targets
            # "GM": General Motors (40 mentions) over a "Grand Marquis" (1) named in passing.
            ranked = sorted(targets, key=lambda t: (-len(groups[t]), t))
            if len(ranked) == 1 or (ranked and len(groups[ranked[0]]) >= 3 * len(groups[ranked[1]])):
                yield key, ranked[0]


def _initials(word: str) -> str:
    """The letters a word gives an acronym: its first, or each of an abbreviation's ("U.S.")."""
    return word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", word) else word[0]


def _misspelt(groups: dict[str, list[tuple[str, int, EntityMention]]], types: dict[str, str]):
    """Pairs (name key, name key) of one person or organisation spelled two ways by different
    articles ("Duncan Rait" and "Duncan Raite", "Academy of Motion Pictures Arts and
    Sciences"): names of two words or more (an organisation's, three) equal but for one
    word, where the two words have one letter more, less, changed or swapped past the first.
    Only where no article names both (two such names side by side are two people, "Mark Kelly
    and Mark Kelley"), each has no other such variant, and their articles name another
    person or organisation of two words or more in common: the same story."""
    articles = {key: {article for article, _, _ in members} for key, members in groups.items()}
    told: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        if key.startswith("name:") and " " in key[5:] and types[key] in ("PERSON", "ORG"):
            for article in articles[key]:
                told[article].add(key)
    # Keys by their type and words with one of them left out: the names that differ there.
    masked: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)
    for key in groups:
        words = key[5:].split()
        least = 2 if types[key] == "PERSON" else 3
        if key.startswith("name:") and types[key] in ("PERSON", "ORG") and len(words) >= least:
            for at, word in enumerate(words):
                if len(word) >= 4 and word.isalpha():
                    masked[(types[key], *words[:at], "*", *words[at + 1 :])][key] = word
    variants: dict[str, set[str]] = defaultdict(set)
    for keys in masked.values():
        for one, word in keys.items():
            for other, other_word in keys.items():
                if _one_slip(word, other_word) and not articles[one] & articles[other]:
                    variants[one].add(other)
    for one, others in sorted(variants.items()):
        other = next(iter(others))
        if len(others) != 1 or len(variants[other]) != 1 or one > other:
            continue
        around = set().union(*(told[a] for a in articles[one])) - {one}
        if around & set().union(*(told[a] for a in articles[other])) - {other}:
            # The rarer spelling joins the commoner one, whose written form names the entity.
            rare, common = sorted((one, other), key=lambda key: (len(groups[key]), key))
            yield rare, common


def _spacing_variants(groups: dict[str, list[tuple[str, int, EntityMention]]], types: dict[str, str]):
    """Pairs (name key, name key) of one name that articles write with and without a space or
    hyphen ("Trail Blazers" and "Trailblazers", "Al-Qaeda" and "AlQaeda"): names of one type
    equal but for spaces. The rarer joins the commoner."""
    by_letters: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in groups:
        if key.startswith("name:"):
            by_letters[types[key], key[5:].replace(" ", "")].append(key)
    for keys in by_letters.values():
        if len(keys) > 1:
            common, *rare = sorted(keys, key=lambda key: (-len(groups[key]), key))
            for key in rare:
                yield key, common


def _short_first_names(groups: dict[str, list[tuple[str, int, EntityMention]]], types: dict[str, str]):
    """Pairs (name key, name key) of one person whom articles name with a short form of the
    first name ("Mo Cheeks" and "Maurice Cheeks", "Alexis" and "Alexandros"): two-word
    names, the only two people of the corpus with that surname (a middle name, "Bettie Mae
    Page", makes no third), first names of one initial where one is of three letters at most
    or both begin with the same three, or one the short form of the other ("Bill" and
    "William", :func:`graphbuild.names.formal_first_names`), named together
    in no sentence (two such names side by side are two people; a headline's "Mo Cheeks"
    above its text's "Maurice Cheeks" is one) and in articles that name another person or
    organisation of two words or more in common. The rarer joins the commoner."""
    sentences = {key: {(article, m.sentence) for article, _, m in members} for key, members in groups.items()}
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key[5:].split()
        if key.startswith("name:") and types[key] == "PERSON" and len(words) >= 2:
            by_last[words[-1]].append(key)
    told = _story_names(groups, types)
    for keys in by_last.values():
        keys = [key for key in keys if not _without_middle(key) & set(keys)]
        if len(keys) != 2 or any(len(key[5:].split()) != 2 for key in keys):
            continue
        one, other = sorted(keys, key=lambda key: (len(groups[key]), key))
        first, second = one[5:].split()[0], other[5:].split()[0]
        short = min(len(first), len(second)) <= 3 or first[:3] == second[:3]
        if (
            (
                first[0] == second[0]
                and short
                or first in formal_first_names(second)
                or second in formal_first_names(first)
            )
            and first.isalpha()
            and second.isalpha()
            and not sentences[one] & sentences[other]
            and told[one] & told[other] - {one, other}
        ):
            yield one, other


# A blend of a person's names: "LiLo", "J.Lo", "A-Rod", two parts, each a capital and what
# follows it up to the next capital, dot or hyphen.
_BLEND = re.compile(r"^([A-Z][a-z]*)[.-]?([A-Z][a-z]+)$")
# Beginnings of surnames and first names written so ("McCain", "LaCalamita", "DeShawn"): no blend.
_NAME_PREFIXES = {"mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "del", "al", "el"}


def _blends(groups: dict[str, list[tuple[str, int, EntityMention]]], types: dict[str, str]):
    """Pairs (nickname key, person key): a one-word name blended from the beginnings of a
    person's first name and surname ("LiLo" for Lindsay Lohan, "A-Rod" for Alex Rodriguez),
    each part shorter than the name it begins, where the corpus names one such person only
    and calls the blend a person in a third of its mentions at least ("PayPal" is none); a
    particle begins no blend ("McCain", "LaCalamita")."""
    people = [
        key
        for key in groups
        if key.startswith("name:") and types[key] == "PERSON" and len(key[5:].split()) >= 2
    ]
    for key, members in groups.items():
        if not key.startswith("name:") or not _often_person(Counter(m.type for _, _, m in members)):
            continue
        forms = {_BLEND.match(mention.text) for _, _, mention in members}
        if None in forms or len({match.groups() for match in forms}) != 1:
            continue
        first, last = (part.lower() for part in next(iter(forms)).groups())
        if first in _NAME_PREFIXES:
            continue
        matches = [
            person
            for person in people
            if _begins(person[5:].split()[0], first) and _begins(person[5:].split()[-1], last)
        ]
        if matches and _one_person(set(matches)):
            yield key, min(matches, key=len)


def _begins(word: str, part: str) -> bool:
    """Whether a part of a blend begins a name, leaving some of it."""
    return word.startswith(part) and len(word) > len(part)


def _facility_variants(
    groups: dict[str, list[tuple[str, int, EntityMention]]],
    types: dict[str, str],
    located: dict[str, set[str]],
):
    """Pairs (name key, name key) of one clinic or centre that articles name with other
    generic words ("Betty Ford Center", "Betty Ford Clinic", "Betty Ford Treatment Center"):
    organisations (or places of no gazetteer) whose names are equal once those words are left
    out (a generic word in each, and some other word), where their articles name another
    person or organisation of two words or more in common (the same story), or, for a name of
    two words or more once they are left out, where both are said to stand in one place
    ("the Moscone West center in San Francisco", "the Moscone West Convention Center in San
    Francisco"). The rarer names join the most named. So does the one word left ("Morningside"
    for the Morningside Recovery Center), whatever the tagger typed it, where it is no
    person's surname in the corpus and no acronym ("CNN" is not the CNN Center), and the
    names say what kind of facility it is by a word no venue is named with."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key[5:].split()
        core = [word for word in words if word not in _FACILITY_WORDS]
        if key.startswith("name:") and types[key] in ("ORG", "PLACE") and core and len(core) < len(words):
            by_core[" ".join(core)].append(key)
    surnames = {
        key[5:].split()[-1]
        for key in groups
        if key.startswith("name:") and " " in key[5:] and types[key] == "PERSON"
    }
    told = _story_names(groups, types)
    for core, keys in by_core.items():
        alone = f"name:{core}"
        if (
            " " not in core
            and core not in surnames
            and alone in groups
            # "Pepsi Center", a venue named after a sponsor, is not "Pepsi"; the "Morningside
            # Recovery Center" tells what it is by a word no venue is named with.
            and any(set(key[5:].split()) & (_FACILITY_WORDS - VENUE_WORDS) for key in keys)
            and types[alone] != "PRODUCT"
            and not any(_ACRONYM.match(mention.text) for _, _, mention in groups[alone])
        ):
            keys.append(alone)
        if len(keys) < 2:
            continue
        keys.sort(key=lambda key: (key == alone, -len(groups[key]), key))
        common = keys[0]
        for key in keys[1:]:
            placed = " " in core and located.get(common, set()) & located.get(key, set())
            if told[common] & told[key] - {common, key} or placed:
                yield key, common


def _cut_at_and(analyses: list[ArticleAnalysis], groups: dict[str, list[tuple[str, int, EntityMention]]]):
    """Pairs (name key, name key): an organisation's name that the tagger cut at its "and"
    ("European Aeronautic Defence", then "and Space Company") is the one organisation of the
    corpus whose name goes on as the text does ("European Aeronautic Defence & Space NV");
    none where no name or two do ("Northrop Grumman and Airbus" is two companies)."""
    orgs = [key for key, members in groups.items() if key.startswith("name:") and _type_of(members) == "ORG"]
    for analysis in analyses:
        for mention in analysis.entities:
            after = re.match(r"\s+(?:and|&)\s+([A-Z][\w-]*)", analysis.article.text[mention.end :])
            key = _key(mention)
            if mention.type != "ORG" or after is None or not key.startswith("name:"):
                continue
            words = [*key[5:].split(), *spelled(fold(after.group(1))).split()]
            fuller = [other for other in orgs if other[5:].split()[: len(words)] == words]
            if len(fuller) == 1:
                yield key, fuller[0]


def _located(analyses: list[ArticleAnalysis]) -> dict[str, set[str]]:
    """Name key -> the gazetteer places the text says it is in: a place written right after
    it, after "in" or a comma ("Moscone Center in San Francisco", "Betty Ford Center, Rancho
    Mirage")."""
    located: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        mentions = sorted(analysis.entities, key=lambda mention: mention.start)
        for name, place in zip(mentions, mentions[1:], strict=False):
            between = analysis.article.text[name.end : place.start]
            if place.place and between in (" in ", ", "):
                located[_key(name)].add(place.place)
    return located


def _story_names(groups: dict[str, list[tuple[str, int, EntityMention]]], types: dict[str, str]):
    """Name key -> the keys of the people and organisations of two words or more that its
    articles name."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for key, members in groups.items():
        if key.startswith("name:") and " " in key[5:] and types[key] in ("PERSON", "ORG"):
            for article, _, _ in members:
                by_article[article].add(key)
    return {
        key: set().union(*(by_article[article] for article, _, _ in members))
        for key, members in groups.items()
    }


def _one_slip(one: str, other: str) -> bool:
    """Whether two words differ by one letter added, dropped, changed or swapped with its
    neighbour, past their first letter: "rait" and "raite", "picture" and "pictures"."""
    if one[0] != other[0] or one == other:
        return False
    if len(one) == len(other):
        diff = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and one[diff[0]] == other[diff[1]]
            and one[diff[1]] == other[diff[0]]
        )
    short, long = sorted((one, other), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(1, len(long)))


def _without_middle(key: str) -> set[str]:
    """A person's name key of three words or more without its middle initials, and with its
    first and last words only: "raj k chohan" -> {"raj chohan"}, "george h w bush" ->
    {"george bush"}, "mark jay heller" -> {"mark heller"}."""
    words = key[5:].split()
    if len(words) < 3:
        return set()
    plain = [words[0], *(word for word in words[1:-1] if len(word) > 1), words[-1]]
    forms = {"name:" + " ".join(plain)} if len(plain) < len(words) else set()
    return forms | {f"name:{words[0]} {words[-1]}"}


def _entity(
    root: str,
    members: list[tuple[str, int, EntityMention]],
    aliases: Aliases | None,
    run_in: set[tuple[str, int]] = frozenset(),
    retyped: set[tuple[str, int]] = frozenset(),
) -> Entity:
    type_counts = Counter(m.type for article, index, m in members if (article, index) not in retyped)
    kind = (type_counts or Counter(m.type for _, _, m in members)).most_common(1)[0][0]
    places = Counter(m.place for _, _, m in members if m.place)
    if places:
        kind = "PLACE"
    forms = Counter(mention.text for _, _, mention in members)
    canonical = next(
        (aliases.lookup(m.text) for _, _, m in members if aliases and aliases.lookup(m.text)), None
    )
    place, basis = None, None
    if places:
        key = max(places, key=lambda k: (places[k], k))
        place = place_by_key(key)
        basis = Counter(m.basis for _, _, m in members if m.place == key).most_common(1)[0][0]
    if canonical:
        name = canonical
        kind = aliases.type_of(canonical) or kind
        if kind == "PLACE" and place is None and place_of(canonical):
            place, basis = place_of(canonical), "the alias file names it"
    elif kind == "PLACE" and place is not None:
        name = place.name
    else:
        # Named as the text names it, not as a headline does ("Hire Maurice Cheeks").
        told = Counter(m.text for article, index, m in members if (article, index) not in run_in) or forms
        name = max(told, key=lambda form: (len(form.split()), told[form], form))
    evidence = Counter(m.evidence for _, _, m in members if m.type == kind and m.evidence).most_common(1)
    if canonical and aliases.type_of(canonical):
        evidence = [("alias file",)]
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
        basis=basis if place and kind == "PLACE" else None,
        evidence=evidence[0][0] if evidence else None,
    )


def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", fold(text)) or "unnamed"
