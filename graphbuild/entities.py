"""The entity stage: the names spaCy finds in one article, with corrected types.

Corrections use gazetteers rather than lists of test words: a single-word "person" or
"organisation" that is a known city, country or region is a place ("Kyiv says ..."),
and name particles keep "Ursula von der Leyen" in one piece. Linking the mentions of all
articles into entities is :mod:`graphbuild.linking`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from graphbuild.model import EntityMention
from graphbuild.names import fold
from graphbuild.places import REGION, place_of

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


def surface(text: str) -> str:
    """The display form of a mention: no leading article, possessive or stray quotes."""
    text = " ".join(text.split()).strip("“”\"'‘’ ,.")
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


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
        if kind == "PLACE" and span.end < len(doc) and REGION.match(f"x {doc[span.end].text}"):
            span = doc[span.start : span.end + 1]  # "Donetsk province" is not Donetsk city
        text = surface(span.text)
        if not text or not any(ch.isalpha() for ch in text) or "\n" in text:
            continue
        if kind in ("PERSON", "ORG") and (len(text.split()) == 1 and place_of(text) or REGION.match(text)):
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
        if place_of(run.text) or REGION.match(run.text):
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


def _strip_titles(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_.strip(".") in _TITLES:
        start += 1
    return span.doc[start : span.end] if start != span.start else span
