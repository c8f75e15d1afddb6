"""The entity stage: the names spaCy finds in one article, with corrected types.

Corrections use gazetteers rather than lists of test words: a single-word "person" or
"organisation" that is a known city, country or region is a place ("Kyiv says ..."),
and name particles keep "Ursula von der Leyen" in one piece. Linking the mentions of all
articles into entities is :mod:`graphbuild.linking`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphbuild.headlines import INFLECTION_ENDINGS, MINOR_WORDS, title_case_line, title_case_words
from graphbuild.model import EntityMention
from graphbuild.names import fold, names_a_venue
from graphbuild.places import REGION, candidates, place_of, resolve

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
    # Ranks and offices of the police, the forces, the courts and the churches, and the trades
    # news writes before a name as a title: "Trooper William Hakim", "Comedian Ellen
    # DeGeneres" are William Hakim and Ellen DeGeneres, whom other articles name without it.
    "trooper",
    "constable",
    "detective",
    "det",
    "officer",
    "sergeant",
    "sgt",
    "cpl",
    "corporal",
    "lieutenant",
    "maj",
    "adm",
    "admiral",
    "inspector",
    "superintendent",
    "commissioner",
    "sheriff",
    "attorney",
    "prosecutor",
    "professor",
    "prof",
    "coach",
    "rev",
    "reverend",
    "pastor",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheikh",
    "ayatollah",
    "dame",
    "actress",
    "actor",
    "comedian",
    "singer",
    "rapper",
    "producer",
    "filmmaker",
    "author",
    "novelist",
}


def surface(text: str) -> str:
    """The display form of a mention: no leading article, possessive or stray quotes."""
    text = " ".join(text.split()).strip("“”\"'‘’ ,.")
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


# Words after a name that make it a place, whatever spaCy labelled it: "the Crimea peninsula".
_PLACE_HEADS = {
    "peninsula",
    "island",
    "islands",
    "river",
    "valley",
    "mountains",
    "sea",
    "bay",
    "strait",
    "desert",
    "lake",
    "basin",
}
# Prepositions of place: "fighting in Soledar" makes a gazetteer name that NER missed a place.
_PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "into", "toward", "towards"}
# A city this populous is what its name means, even where spaCy reads an organisation ("Kyiv says").
_CITY_OF_MILLIONS = 1_000_000
_SETTLEMENTS = {"city", "town", "village", "port", "capital", "settlement"}
# Not names: contractions and clitics the tokenizer splits off, and month abbreviations.
_CONTRACTIONS = re.compile(r"^(n['’]t|['’](s|d|ll|re|ve|m|t))$", re.I)
# Titles only people bear: "spokeswoman Sandy Angers" tagged as an organisation is a person.
_PERSON_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "sen",
    "ceo",
    "chairman",
    "chairwoman",
    "governor",
    "mayor",
    "judge",
    "ambassador",
    "professor",
    "detective",
    "trooper",
    "constable",
    "sheriff",
    "sergeant",
    "sgt",
    "reverend",
}
# Titles the tagger runs into the organisation before its holder's name ("Ryanair CEO
# Michael O'Leary"); not "general" or "secretary", which end the names of offices.
_TRAILING_TITLES = {
    "ceo",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "coach",
    "capt",
    "captain",
    "judge",
    "governor",
    "ambassador",
}
# Last words of the names of ceremonies, tournaments and fairs: events, not organisations
# ("the Academy Awards", "the Oscars"; the Academy itself stays one).
_EVENT_NAME_ENDS = {"awards", "oscars", "olympics", "festival", "championship", "championships", "expo"}
# Currency codes: "USD 2 billion" names an amount, not an organisation.
_CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RMB", "CAD", "AUD", "INR", "RUB", "HKD"}
# A brand written lower-case first with a capital inside ("iPod", "iTunes") is a product's
# name; the company behind one ("eBay") shows itself by a legal suffix or by speaking.
_CAMEL_BRAND = re.compile(r"^[a-z]{1,2}[A-Z]")
_LEGAL_SUFFIXES = {"inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "ag", "sa", "group"}
_SPEECH_VERBS = {"say", "announce", "report", "tell", "add", "confirm", "deny", "claim", "state"}
_AMOUNT = re.compile(r"^\d[\d.,]*$")
# Common nouns that say a name is a product's: "Safari, the web browser", "the console Switch".
_PRODUCT_NOUNS = {
    "phone",
    "smartphone",
    "handset",
    "tablet",
    "laptop",
    "laptops",
    "computer",
    "console",
    "device",
    "browser",
    "app",
    "software",
    "game",
    "videogame",
    "camera",
    "car",
    "airliner",
    "aircraft",
    "rocket",
    "drug",
    "vaccine",
    "version",
    "processor",
    "chip",
    "headset",
    "system",
}
# Common nouns that say a name is an organisation's: "Ryanair, the Irish airline", "the
# retailer Best Buy"; not nouns of people who work for one ("spokesman", "editor").
_ORGANISATION_NOUNS = {
    "agency",
    "airline",
    "band",
    "bank",
    "broadcaster",
    "carrier",
    "chain",
    "club",
    "company",
    "firm",
    "magazine",
    "maker",
    "manufacturer",
    "newspaper",
    "retailer",
    "studio",
    "team",
    "website",
}
# Verbs whose object is a product when a company or a product is what they name.
_PRODUCT_VERBS = {"release", "unveil", "debut"}
# Verbs of a life, said of people only.
_LIFE_VERBS = {"die", "marry", "divorce"}
# Words that count or own things, not people or companies: "a Switch Lite", "my MacBook".
_THING_DETERMINERS = {"a", "an", "my", "your"}
# Adjectives of a product line: "Nintendo's new Switch Lite".
_NEW = {"new", "newest", "latest", "upcoming", "forthcoming"}
_MONTH_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}


def find_entities(doc: Doc) -> list[EntityMention]:
    """People, organisations, places and products named in a parsed text, with corrected types.

    spaCy's type stands unless the gazetteer or the sentence gives strong evidence against
    it; the mention's ``evidence`` says which. A place found in the gazetteer gets its key and
    the basis on which one of its namesakes was chosen (:func:`graphbuild.places.resolve`).
    """
    mentions = []
    recovered = _missed_people(doc)
    acronyms = _missed_acronyms(doc)
    spans = [*_joined_names(doc), *recovered, *acronyms]
    named = {tuple(token.text for token in span) for span in spans}
    spans = sorted((part for span in spans for part in _separated(span, named)), key=lambda span: span.start)
    for span in _headline_names(doc, spans):
        kind = TYPES.get(span.label_)
        evidence = None
        demonym = _demonym(span)
        if demonym:
            kind, evidence = "PLACE", "gazetteer: a nationality names its country"
        if kind is None:
            continue
        if kind == "ORG" and _titled_person(span):
            kind, evidence = "PERSON", f"sentence: a person's title, {span[0].text}"
        span = _strip_titles(span) if kind == "PERSON" else span
        if kind in ("PERSON", "ORG") and _national_before_person(span):
            # "the American Hasim Rahman": his nationality is no part of his name.
            span, kind, evidence = (
                span[1:],
                "PERSON",
                f"sentence: a nationality, {span[0].text}, before a person",
            )
        if kind == "PERSON" and _with_an_article(span):
            continue  # "landing on the Moon": a person's name takes no article
        # "Capturing Bakhmut": a verb the tagger pulled into the name is not part of it.
        trimmed = span
        while len(span) > 1 and (
            span[0].pos_ == "VERB"
            or span[0].tag_ == "VBG"
            or (span[0].is_sent_start and span[0].text.lower().endswith("ing") and place_of(span[1:].text))
        ):
            span = span[1:]
        if span is not trimmed and kind != "PLACE" and place_of(span.text):
            kind, evidence = "PLACE", f"gazetteer: a place name once {trimmed[0].text!r} is left out"
        # "General Motors' plan": the possessive is not part of the name, nor of its offsets.
        while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
            span = span[:-1]
        while (
            kind == "ORG"
            and len(span) > 1
            and span[-1].text.lower().strip(".") in _TRAILING_TITLES
            and span[-2].pos_ == "PROPN"
        ):
            span = span[:-1]  # "Ryanair CEO", "Philadelphia Homicide Capt.": the title is its holder's
        if len(span) == 1 and span[0].pos_ == "ADJ" and not demonym:
            continue  # adjectives tagged as places
        flight = next(
            (
                token.i
                for token in span[1:]
                if token.text.lower() == "flight" and doc[token.i + 1 : token.i + 2].text.isdigit()
            ),
            None,
        )
        if flight is not None:
            # "Air France Flight 447": the airline, not a product; the flight is what happened.
            span, kind, evidence = (
                doc[span.start : flight],
                "ORG",
                f"sentence: the airline of {doc[flight].text} {doc[flight + 1].text}",
            )
        if kind == "ORG" and span.end < len(doc) and _MODEL_NUMBER.match(doc[span.end].text):
            # "Airbus A380", "Boeing 787 Dreamliner": the maker's name begins a product's.
            end = span.end + 1
            while end < len(doc) and (_MODEL_NUMBER.match(doc[end].text) or doc[end].pos_ == "PROPN"):
                end += 1
            span, kind, evidence = (
                doc[span.start : end],
                "PRODUCT",
                "sentence: a maker's name and a model number",
            )
        if kind != "PLACE" and span.end < len(doc) and doc[span.end].text.lower() in _PLACE_HEADS:
            kind, evidence = "PLACE", f"sentence: {span.text} {doc[span.end].text}"
        if kind == "PLACE" and span.end < len(doc) and REGION.match(f"x {doc[span.end].text}"):
            span = doc[span.start : span.end + 1]  # "Donetsk province" is not Donetsk city
        text = surface(span.text)
        if not _is_name(text) or (kind == "ORG" and _currency_amount(span, text)):
            continue
        if kind in ("ORG", "PERSON") and len(span) > 1 and not any(_proper(token) for token in span):
            # "Convicted Child Molester": a headline's capitals, no name. One word alone may
            # be a name the tagger read as a noun ("Apple said").
            continue
        if kind == "ORG" and text.split()[-1].lower() in _EVENT_NAME_ENDS:
            continue
        if kind == "ORG" and _CAMEL_BRAND.match(text) and not _company(span):
            kind, evidence = "PRODUCT", "sentence: a brand written lower-case first, no company shown"
        if kind != "PLACE" and REGION.match(text):
            kind, evidence = "PLACE", f"sentence: {text}"
        if kind in ("PERSON", "ORG") and len(text.split()) <= 3:
            kind, evidence = _place_evidence(doc, span, text) or (kind, evidence)
        if kind == "PLACE" and evidence is None and _surname_of_article(span, text):
            # "hired Mo Cheeks", tagged a place, in an article that calls Cheeks a person.
            kind, evidence = "PERSON", f"article: {text.split()[-1]} is a person in it"
        if (
            kind == "PRODUCT"
            and not any(_MODEL_NUMBER.match(word) for word in text.split())
            and place_of(text)
        ):
            kind, evidence = "PLACE", "gazetteer: a bare place name is no product"
        if kind != "PLACE" and any(_MODEL_NUMBER.match(word) for word in text.split()):
            kind, evidence = "PRODUCT", "sentence: a model number"
        if kind == "PERSON" and text.isupper() and len(text.split()) > 1:
            continue  # upper-case bylines and photo credits, not people in the story
        if kind in ("PERSON", "ORG") and not _company(span):
            kind, evidence = _product_evidence(span, kind) or (kind, evidence)
        if (kind in ("PERSON", "ORG") or kind == "PLACE" and not candidates(text)) and evidence is None:
            kind, evidence = _organisation_evidence(span) or (kind, evidence)
        if kind == "ORG" and _lives(span):
            # "Bettie Page, the pin-up model, died": companies are not born and do not die.
            kind, evidence = "PERSON", f"sentence: {text} {span.root.head.text}"
        if any(span.start == other.start and span.end == other.end for other in recovered):
            evidence = "article: the tagger calls a person so elsewhere in it"
        if any(span.start == other.start for other in acronyms):
            evidence = "article: the tagger calls an organisation so elsewhere in it"
        mentions.append(
            EntityMention(
                text, kind, span.start_char, span.end_char, _sentence_index(doc, span.sent), evidence
            )
        )
    # A date or a nationality is no missed name either: "fighting in March" is no town of March.
    covered = {
        i
        for span in [*doc.ents, *recovered, *acronyms]
        if span.label_ in TYPES or span.label_ in ("DATE", "TIME", "NORP")
        for i in range(span.start, span.end)
    }
    for run in _proper_noun_runs(doc, covered):
        # Names the tagger saw but NER missed: "X Oblast" and a gazetteer name after a
        # preposition of place ("in Soledar") are places, "the A380" a product.
        before = doc[run.start - 1].text.lower() if run.start else ""
        if REGION.match(run.text):
            kind, evidence = "PLACE", f"sentence: {run.text}"
        elif before in _PLACE_PREPOSITIONS and place_of(run.text):
            kind, evidence = "PLACE", f"sentence: {before} {run.text}"
        elif _well_known_place(run.text):
            kind, evidence = "PLACE", f"gazetteer: {place_of(run.text).name} is a {place_of(run.text).kind}"
        elif any(_MODEL_NUMBER.match(word) for word in run.text.split()):
            kind, evidence = "PRODUCT", "sentence: a model number"
        else:
            continue
        if not _is_name(run.text):
            continue
        mentions.append(
            EntityMention(
                run.text, kind, run.start_char, run.end_char, _sentence_index(doc, run.sent), evidence
            )
        )
    mentions = _products(_platforms(doc, sorted(mentions, key=lambda mention: mention.start)))
    return _placed(doc, sorted(_surnames(doc, mentions), key=lambda mention: mention.start))


def _missed_people(doc: Doc) -> list[Span]:
    """Full names the tagger missed outside headlines, where it calls a person so elsewhere in
    the article: "Maurice Cheeks was introduced" beside a "Cheeks" it tags a person, "Lindsay
    Lohan has checked out" below a headline's "Lindsay Lohan Checks Out". Two proper nouns
    or more, no gazetteer place."""
    people = [span for span in doc.ents if span.label_ == "PERSON"]
    alone = {span.text for span in people if len(span) == 1}
    begun = {tuple(token.text for token in span) for span in people if len(span) > 2}
    covered = {i for span in doc.ents for i in range(span.start, span.end)}
    missed, start = [], None
    # Runs within a line, not a sentence: the parser ends sentences inside names it missed
    # ("Maurice | Cheeks was introduced").
    for token in [*doc, None]:
        inside = token is not None and token.i not in covered and token.pos_ == "PROPN" and token.is_title
        if inside and start is None:
            start = token.i
        if start is not None and (not inside or "\n" in token.whitespace_ or token.i + 1 == len(doc)):
            end = token.i + 1 if inside else token.i
            run = doc[start:end]
            start = None
            words = tuple(word.text for word in run)
            if (
                len(run) >= 2
                and all(len(word) > 1 and word.isalpha() for word in words)
                # Not the end of a longer name: "Mac OS X Lion".
                and not (run.start and doc[run.start - 1].pos_ == "PROPN")
                and not _in_headline(doc, run[0])
                and not candidates(run.text)
                and (words[-1] in alone or any(name[: len(words)] == words for name in begun))
            ):
                missed.append(Span(doc, run.start, run.end, "PERSON"))
    return missed


def _missed_acronyms(doc: Doc) -> list[Span]:
    """Acronyms the tagger missed once where it calls them an organisation every other time in
    the article: the "(USAF)" after "the United States Air Force", the "(ANA)" of an article
    about ANA. Capitals only, two letters or more, not in a headline."""
    tagged: dict[str, set[str]] = defaultdict(set)
    for span in doc.ents:
        if len(span) == 1 and span.text.isupper():
            tagged[span.text].add(span.label_)
    covered = {i for span in doc.ents for i in range(span.start, span.end)}
    return [
        Span(doc, token.i, token.i + 1, "ORG")
        for token in doc
        if token.i not in covered
        and tagged.get(token.text) == {"ORG"}
        and len(token.text) > 1
        and token.text.isalpha()
        and not _in_headline(doc, token)
    ]


def _platforms(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Organisations the tagger took for people or places: a one-word name right after "on"
    ("posted on Twitter", "people on Weibo") that is no word of a person's full name in the
    article, no gazetteer place, and not what spaCy calls a natural place or a heavenly body
    ("life on Europa"). The article's other bare mentions of that name, without evidence of
    their own ("the Twitter reaction"), agree with it."""
    people = {
        word for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1 for word in m.text.split()
    }
    natural = {ent.start for ent in doc.ents if ent.label_ == "LOC"}
    shown = set()
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end)
        if (
            mention.type in ("PERSON", "PLACE", "ORG")
            and mention.evidence is None
            and span is not None
            and len(span) == 1
            and span.start > 0
            and doc[span.start - 1].lower_ == "on"
            and span[0].dep_ == "pobj"
            and span.start not in natural
            and mention.text not in people
            and not candidates(mention.text)
        ):
            shown.add(mention.text)
    return [
        replace(mention, type="ORG", evidence=f"article: on {mention.text}, a name no person or place bears")
        if mention.text in shown and mention.type in ("PERSON", "PLACE") and mention.evidence is None
        else mention
        for mention in mentions
    ]


def _national_before_person(span: Span) -> bool:
    """Whether a name begins with a nationality ("American", "South Korean" is two words) and
    goes on with a person's name that spaCy gives a person elsewhere in the article, whole or
    by its last word ("Rahman"): "American Airlines" does not."""
    if len(span) < 3 or not all(_proper(token) for token in span[1:]):
        return False
    place = place_of(span[0].text)
    if place is None or place.kind != "country" or fold(span[0].text) == fold(place.name):
        return False
    last = fold(span[-1].text)
    return any(
        other.label_ == "PERSON" and other.start != span.start and fold(other.text).split()[-1:] == [last]
        for other in span.doc.ents
    )


def _product_evidence(span: Span, kind: str) -> tuple[str, str] | None:
    """("PRODUCT", why) when the sentence shows a name spaCy took for a person or company is a
    product's: a product noun in apposition ("Tiger, the newest version of Mac OS X") or right
    before it ("the web browser Safari"), "new" with a possessive ("Nintendo's new Switch
    Lite"), or the object of "released" or "unveiled" (a person only of "unveiled": the police
    release people)."""
    root = span.root
    if root.dep_ == "compound" and root.head.i >= span.end:
        return None  # "the Apple computer": the maker's name before a product noun
    noun = next((word for word in _apposed(span) if word.lemma_.lower() in _PRODUCT_NOUNS), None)
    if noun is not None:
        return "PRODUCT", f"sentence: {span.text}, a {noun.lemma_.lower()}"
    before = _noun_before(span, _PRODUCT_NOUNS)
    if before is not None:
        return "PRODUCT", f"sentence: the {before.lower_} {span.text}"
    modifiers = [child for child in root.children if child.i < span.start]
    # "a turquoise Switch Lite", "my MacBook Pro": a name counted or owned like a thing.
    # Only a company's name is counted so ("a sluggish Hasim Rahman" is a man).
    determiners = _THING_DETERMINERS if kind == "ORG" else _THING_DETERMINERS - {"a", "an"}
    counted = next((word for word in modifiers if word.lower_ in determiners), None)
    if counted is not None:
        return "PRODUCT", f"sentence: {counted.text} {span.text}"
    new = next((word for word in modifiers if word.dep_ == "amod" and word.lower_ in _NEW), None)
    if new is not None and any(word.dep_ == "poss" for word in modifiers):
        return "PRODUCT", f"sentence: a maker's {new.text} {span.text}"
    verbs = _PRODUCT_VERBS if kind == "ORG" else {"unveil"}
    if (
        root.dep_ == "dobj"
        and root.head.lemma_.lower() in verbs
        and not any(child.lower_ == "as" for child in root.head.children)
    ):
        return "PRODUCT", f"sentence: {root.head.text} {span.text}"
    return None


def _organisation_evidence(span: Span) -> tuple[str, str] | None:
    """("ORG", why) when the sentence calls a name the tagger took for a person (or for a
    place no gazetteer knows) a company, a paper or a band: a noun of organisations in
    apposition ("Ryanair, the Irish airline") or right before it ("the retailer Best Buy",
    "the magazine Der Spiegel")."""
    # Not a noun with a name of its own: "Talking to People magazine, Jack Ketsoyan said".
    noun = next(
        (
            word
            for word in _apposed(span)
            if word.lemma_.lower() in _ORGANISATION_NOUNS
            and not any(child.pos_ == "PROPN" for child in word.children if child.i < word.i)
        ),
        None,
    )
    if noun is not None:
        return "ORG", f"sentence: {span.text}, a {noun.lemma_.lower()}"
    before = _noun_before(span, _ORGANISATION_NOUNS)
    if before is not None:
        return "ORG", f"sentence: the {before.lower_} {span.text}"
    return None


def _apposed(span: Span) -> list[Token]:
    """The words in apposition to a name, after it ("Ryanair, the Irish airline") or before it."""
    root = span.root
    apposed = [child for child in root.children if child.dep_ == "appos" and child.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        apposed.append(root.head)
    return apposed


def _noun_before(span: Span, nouns: set[str]) -> Token | None:
    """The noun of ``nouns`` right before a name that it heads ("the retailer Best Buy")."""
    before = span.doc[span.start - 1] if span.start else None
    if (
        before is not None
        and before.lower_ in nouns
        and before.pos_ == "NOUN"
        and span.start <= before.head.i < span.end
    ):
        return before
    return None


def _surname_of_article(span: Span, text: str) -> bool:
    """Whether a name of two words or more that no gazetteer place bears ends with a word the
    article calls a person alone more often than anything else."""
    words = text.split()
    if len(words) < 2 or candidates(text) or not all(_proper(token) for token in span):
        return False
    alone = Counter(other.label_ == "PERSON" for other in span.doc.ents if other.text == words[-1])
    return alone[True] > alone[False]


def _lives(span: Span) -> bool:
    """Whether the sentence says a name lived as only people do: it died, married or divorced,
    or was born ("Apple bears the cost" is no birth)."""
    root = span.root
    return (root.dep_ == "nsubj" and root.head.lemma_ in _LIFE_VERBS) or (
        root.dep_ == "nsubjpass" and root.head.lemma_ == "bear"
    )


def _products(mentions: list[EntityMention]) -> list[EntityMention]:
    """A name the sentence shows to be a product's, a person's against spaCy's organisation or
    an organisation's against its person, is one in the rest of its article too, where nothing
    else is said of it ("Tiger" after "Tiger, the newest version of Mac OS X")."""
    shown = {
        m.text: m.type
        for m in mentions
        if m.type in ("PRODUCT", "PERSON", "ORG") and m.evidence and m.evidence.startswith("sentence")
    }
    return [
        replace(mention, type=shown[mention.text], evidence=f"article: {mention.text} is so named in it")
        if shown.get(mention.text, mention.type) != mention.type
        and mention.type in ("PERSON", "ORG")
        and mention.evidence is None
        else mention
        for mention in mentions
    ]


def _place_evidence(doc: Doc, span: Span, text: str) -> tuple[str, str] | None:
    """("PLACE", why) when a name spaCy took for a person or organisation is a place: the
    gazetteer names a country, a US state or a city of millions so, the sentence puts it after
    a preposition of place or "the city of", or spaCy calls it a place elsewhere in the article.
    A town that merely shares a name with a company ("Toyota") stays what spaCy says.
    """
    if _well_known_place(text):
        best = place_of(text)
        return "PLACE", f"gazetteer: {best.name} is a {best.kind}"
    if not candidates(text):
        return None
    folded = fold(text)
    elsewhere = any(other.label_ in ("GPE", "LOC") and fold(other.text) == folded for other in doc.ents)
    if not elsewhere and _person_named(doc, span, text):
        return None
    before = doc[span.start - 1].text.lower() if span.start else ""
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        host = candidates(doc[span.end + 1].text)
        if host and host[0].kind in ("country", "region"):
            return "PLACE", f"sentence: {text}, {doc[span.end + 1].text}"
    if before in _PLACE_PREPOSITIONS:
        return "PLACE", f"sentence: {before} {text}"
    if (
        span.start >= 2
        and doc[span.start - 1].text.lower() == "of"
        and doc[span.start - 2].text.lower() in _SETTLEMENTS
    ):
        return "PLACE", f"sentence: {doc[span.start - 2].text} of {text}"
    if elsewhere:
        return "PLACE", "article: spaCy calls it a place elsewhere in it"
    return None


def _person_named(doc: Doc, span: Span, text: str) -> bool:
    """Whether spaCy calls this name a person's elsewhere in the article, alone or as the
    surname of a full name, and never a place: "a hearing into Bush's rules" beside "the
    Bush administration" is about the man, whatever the gazetteer's village of Bush."""
    folded = fold(text)
    return any(
        other.label_ == "PERSON" and other.start != span.start and fold(other.text).split()[-1:] == [folded]
        for other in doc.ents
    )


def _well_known_place(text: str) -> bool:
    """Whether the gazetteer alone says a name is a place: a country, a US state, or a city of
    millions under its own name ("Kyiv")."""
    best = place_of(text)
    return best is not None and (
        best.kind != "city" or (best.population >= _CITY_OF_MILLIONS and fold(best.name) == fold(text))
    )


def _is_name(text: str) -> bool:
    """Whether a mention's text can be a name: not a contraction, a month abbreviation or a
    fragment without a capital letter."""
    if not text or not any(ch.isalpha() for ch in text) or "\n" in text:
        return False
    if _CONTRACTIONS.match(text) or text.lower().rstrip(".") in _MONTH_ABBREVIATIONS:
        return False
    return any(ch.isupper() for ch in text) and len(text.replace(".", "")) > 1


def _placed(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Places with the gazetteer place each means, namesakes told apart by the article."""
    found = [candidates(m.text) if m.type == "PLACE" else () for m in mentions]
    # The article's other places: countries and states it names, and where its unambiguous
    # places lie.
    around = set()
    for places in found:
        if len(places) == 1 or places and places[0].kind != "city":
            around |= {places[0].key, places[0].country, places[0].region} - {None}
    placed = []
    for index, (mention, places) in enumerate(zip(mentions, found, strict=True)):
        if not places:
            placed.append(mention)
            continue
        near = None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and following.type == "PLACE"
            and doc.text[mention.end : following.start] == ", "
        ):
            near = following.text  # "Paris, Texas"
        resolved = resolve(mention.text, around - {places[0].key}, near)
        placed.append(replace(mention, place=resolved.place.key, basis=resolved.basis))
    return placed


def _surnames(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Once "Steve Jobs" is named, a later "Jobs" is him, whatever the tagger made of it (a
    common noun, an organisation or nothing)."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1}
    first = {}
    for mention in mentions:
        if mention.type == "PERSON" and mention.text.split()[-1] in surnames:
            first.setdefault(mention.text.split()[-1], mention.start)
    # An organisation the article names in full keeps its type: "Douglas" after "McDonnell
    # Douglas" is the company, not a Douglas named before.
    companies = {m.text.split()[-1] for m in mentions if m.type == "ORG" and len(m.text.split()) > 1}
    named = [
        replace(m, type="PERSON", evidence="sentence: the surname of a person named before")
        if m.text in surnames and m.start > first[m.text] and not (m.type == "ORG" and m.text in companies)
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
            evidence = "sentence: the surname of a person named before"
            named.append(EntityMention(name, "PERSON", token.idx, token.idx + len(name), sentence, evidence))
    # Before the full name too, where the article uses the bare surname for the person more
    # than for anything else: the headline "Klitschko stops Thompson", tagged an
    # organisation, above a report on Tony Thompson.
    uses = Counter((m.text, m.type == "PERSON") for m in named if m.text in surnames)
    return [
        replace(m, type="PERSON", evidence="article: the surname of a person it names")
        if m.type != "PERSON"
        and m.text in surnames
        and m.evidence is None
        and uses[m.text, True] > uses[m.text, False]
        and not (m.type == "ORG" and m.text in companies)
        else m
        for m in named
    ]


def _proper(token) -> bool:
    """Whether the tagger reads a word as a proper noun, or it is written in capitals (IBF)."""
    return token.pos_ == "PROPN" or (token.text.isupper() and len(token.text) > 1)


def _titled_person(span: Span) -> bool:
    """Whether a name is a person's after a title only people bear: a first and a last name
    at least, and no company shown ("Dr Pepper Snapple Group" is none)."""
    if span[0].text.lower().strip(".") not in _PERSON_TITLES:
        return False
    name = _strip_titles(span)
    return (
        len(name) >= 2
        and all(token.text[:1].isupper() and token.pos_ == "PROPN" for token in name)
        and not _legal_suffix(span)
    )


def _currency_amount(span: Span, text: str) -> bool:
    """Whether a name is a currency code beside a number ("USD 2.5 billion", "40 EUR")."""
    doc = span.doc
    beside = [doc[i].text for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return text in _CURRENCY_CODES and any(_AMOUNT.match(word) for word in beside)


def _company(span: Span) -> bool:
    """Whether the sentence shows a name is a company's: a legal suffix in it or after it,
    or it speaks ("eBay said")."""
    root = span.root
    return _legal_suffix(span) or (root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS)


def _legal_suffix(span: Span) -> bool:
    """Whether a legal suffix ends a name or follows it ("eBay Inc", "Snapple Group")."""
    words = [token.text.lower().strip(".") for token in span]
    if span.end < len(span.doc):
        words.append(span.doc[span.end].text.lower().strip("."))
    return bool(_LEGAL_SUFFIXES & set(words))


def _with_an_article(span: Span) -> bool:
    """Whether a one-word name stands after "the" as the head of its phrase ("the Moon",
    "the Sun"), not as a modifier ("the Obama administration")."""
    return (
        len(span) == 1
        and span.start > 0
        and span.doc[span.start - 1].text.lower() == "the"
        and span[0].dep_ not in ("compound", "poss", "nmod", "amod")
    )


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
    # The sentence starts, found once per article: counting the sentences before each
    # mention made a long article cost its length times its mentions.
    starts = doc.user_data.get("graphbuild.sentence_starts")
    if starts is None:
        starts = doc.user_data["graphbuild.sentence_starts"] = [each.start for each in doc.sents]
    return bisect_left(starts, sentence.start)


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


# Marks that part two names in a listing or a dateline, never inside one: "Irving, TX @
# Toyota Music Factory", "Live | Pepsi Center". (Not a spaced dash: "Wal - Mart" is a
# hyphen spaced out by tokenised text.)
_SEPARATORS = {"@", "|", "•", "·"}


def _separated(span: Span, named: set[tuple[str, ...]]) -> list[Span]:
    """A span cut into the names on each side of a separator in it, each with the span's label;
    and cut after a name the article gives alone (``named``, the words of its names) that a
    possessive follows: "Apple Computer's Mac OS" beside "Apple Computer" is Apple Computer,
    what it owns of no type the tagger said; not "McDonald's Corporation" or "People's
    Republic of China"."""
    parts, start = [], span.start
    for token in span[:-1]:
        owner = token.tag_ == "POS" and tuple(t.text for t in span.doc[span.start : token.i]) in named
        if token.text in _SEPARATORS or owner:
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, span.label_))
            start = span.end if owner else token.i + 1
            if owner:
                break
    if start == span.start:
        return [span]
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, span.label_))
    return parts


def _headline_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names of a title-case headline cut to the names the rest of the article gives on their
    own: "Lindsay Lohan Checks Into Rehab" is Lindsay Lohan when the text names her so, and
    "Obama Reverses Bush Rules" names Obama and Bush. A name that does not begin with one the
    text gives stays whole."""
    headline = {span.start: _in_headline(doc, span[0]) for span in spans}
    named: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for span in spans:
        if not headline[span.start] and span.label_ in TYPES and _words(span):
            named[_words(span)][span.label_] += 1
    if not any(headline.values()):
        return spans
    common = _common_words(doc, named)
    longest = max((len(words) for words in named), default=0)
    cut: list[Span] = []
    for span in spans:
        words = tuple(token.text for token in span)
        if (
            not headline[span.start]
            or span.label_ not in TYPES
            or _words(span) in named
            or names_a_venue(span.text)
        ):
            # A venue's name is whole: "Toyota Music Factory" is no Toyota run into words.
            cut.append(span)
            continue
        found, at = [], 0
        while at < len(words):
            size = next(
                (
                    size
                    for size in range(min(longest, len(words) - at), 0, -1)
                    if words[at : at + size] in named
                ),
                0,
            )
            if size:
                label = named[words[at : at + size]].most_common(1)[0][0]
                found.append(Span(doc, span.start + at, span.start + at + size, label))
            at += size or 1
        inside = {i for name in found for i in range(name.start, name.end)}
        rest = [
            token
            for token in span
            if token.i not in inside and token.is_alpha and token.lower_ not in MINOR_WORDS
        ]
        if rest and all(_inflections(token) & common for token in rest):
            # "Worker Kills 2 Women", "Sixers Hire Maurice Cheeks": the other words are the
            # article's common words, capitalised by the headline; the names it gives stay.
            cut.extend(found)
        elif found and found[0].start == span.start:
            # A name the article gives that begins the headline's: "Arcade Joseph Comeaux
            # Jr" is no mere Comeaux for want of the whole name in the text.
            cut.extend(found)
        else:
            cut.append(span)
    return cut


def _common_words(doc: Doc, named: dict[tuple[str, ...], Counter[str]]) -> set[str]:
    """The words an article writes in lower case outside its title-case headlines, and their
    lemmas; no word of a name it gives ("a bush" beside George W. Bush)."""
    names = {word.lower() for words in named for word in words}
    lower = [token for token in doc if token.is_lower and token.is_alpha and not _in_headline(doc, token)]
    return {form for token in lower for form in _inflections(token)} - names


def _in_headline(doc: Doc, token) -> bool:
    """Whether a word stands in a title-case headline: its sentence or its line is in title
    case (three words or more, every one but the short ones capitalised), where the tagger
    reads verbs as names ("Lohan Checks Into Rehab"). By lines too: the parser often runs a
    headline without a full stop into the text's first sentence."""
    sentence = token.sent
    sentences = doc.user_data.setdefault("graphbuild.title_case_sentences", {})
    if sentence.start not in sentences:
        sentences[sentence.start] = title_case_words([word.text for word in sentence if word.is_alpha])
    return sentences[sentence.start] or _title_case_line(doc, token.idx)


def _title_case_line(doc: Doc, offset: int) -> bool:
    start = doc.text.rfind("\n", 0, offset) + 1
    lines = doc.user_data.setdefault("graphbuild.title_case_lines", {})
    if start not in lines:
        lines[start] = title_case_line(doc.text, start)
    return lines[start]


def _inflections(token) -> set[str]:
    """A word's lower-case form, its lemma and its stem without an ending of inflection: a
    headline's "Kills" is the "killed" of the text, "Hire" its "hired"."""
    word = token.lower_
    forms = {word, token.lemma_.lower()}
    for ending in INFLECTION_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)])
    return forms


def _words(span: Span) -> tuple[str, ...]:
    """A name's words without a leading "the" or a possessive."""
    words = [token.text for token in span]
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[-1] in ("'s", "’s", "'"):
        words = words[:-1]
    return tuple(words)


def _strip_titles(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].text.lower().strip(".") in _TITLES:
        start += 1
    return span.doc[start : span.end] if start != span.start else span
