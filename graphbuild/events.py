"""The event stage: who did what, where and when, one or more events per sentence.

Each verb with at least one named participant is an event: of the main clause, of a clause
inside it ("said its sales rose 43%"), or a typed verb that describes a noun ("tanks pledged
by NATO nations last week"); so is an event noun with a doer or a date of its own ("Russia's
Feb. 24 invasion", ``EVENT_NOUNS``). Participants
and their roles come from the dependency parse; reported speech ("X said that ...") is one
statement event whose content (the quote) carries the entities spoken about. The date is
the time expression attached to the verb; failing that, a report that something has
happened (past, perfect, a present "says", a headline's present) is dated by the
publication date, or by the story's day when the article's first dated event falls in the
week before publication, and says which.

Event types (``EVENT_TYPES``): statement, meeting or visit, military action, capture or
loss of territory, aid or pledge, sanction, appointment or dismissal, application or
agreement, other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from graphbuild.model import (
    UNDATED,
    Basis,
    DateValue,
    EntityMention,
    EventMention,
    Role,
    Source,
    TimeMention,
)

EVENT_TYPES = {
    "statement": {
        "say",
        "tell",
        "vow",
        "add",
        "announce",
        "claim",
        "warn",
        "state",
        "insist",
        "declare",
        "deny",
        "confirm",
        "urge",
        "call",
        "demand",
        "report",
        "ask",
        "stress",
        "note",
        "argue",
        "promise",
        "threaten",
        "accuse",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "predict",
        "write",
        "tweet",
        "reply",
    },
    "meeting or visit": {
        "meet",
        "visit",
        "travel",
        "host",
        "arrive",
        "welcome",
        "attend",
        "talk",
        "gather",
        "summit",
        "convene",
        "hold",
    },
    "military action": {
        "attack",
        "fight",
        "shell",
        "strike",
        "bomb",
        "kill",
        "invade",
        "encircle",
        "launch",
        "fire",
        "shoot",
        "wound",
        "destroy",
        "target",
        "defend",
        "assault",
        "advance",
        "mobilize",
        "mobilise",
        "deploy",
    },
    "capture or loss of territory": {
        "capture",
        "seize",
        "annex",
        "occupy",
        "take",
        "lose",
        "retake",
        "liberate",
        "surrender",
        "withdraw",
        "abandon",
        "retreat",
        "control",
        "hold",
        "recapture",
    },
    "aid or pledge": {
        "pledge",
        "provide",
        "send",
        "supply",
        "donate",
        "give",
        "deliver",
        "approve",
        "fund",
        "grant",
        "offer",
        "secure",
        "commit",
        "allocate",
    },
    "sanction": {"sanction", "impose", "ban", "freeze", "embargo", "restrict", "blacklist"},
    "appointment or dismissal": {
        "appoint",
        "dismiss",
        "fire",
        "resign",
        "name",
        "elect",
        "nominate",
        "replace",
        "sack",
        "oust",
        "step",
    },
    "application or agreement": {
        "sign",
        "agree",
        "apply",
        "join",
        "ratify",
        "accept",
        "negotiate",
        "approve",
        "embrace",
        "reject",
        "veto",
    },
}
_TYPE_OF = {}
for _kind, _lemmas in reversed(list(EVENT_TYPES.items())):
    for _lemma in _lemmas:
        _TYPE_OF[_lemma] = _kind
# Nouns that name a happening, with their event type. "press conference" and "peace talks"
# are found by their last word.
EVENT_NOUNS = {
    "invasion": "military action",
    "attack": "military action",
    "offensive": "military action",
    "counteroffensive": "military action",
    "assault": "military action",
    "bombardment": "military action",
    "shelling": "military action",
    "airstrike": "military action",
    "annexation": "capture or loss of territory",
    "occupation": "capture or loss of territory",
    "capture": "capture or loss of territory",
    "summit": "meeting or visit",
    "visit": "meeting or visit",
    "meeting": "meeting or visit",
    "talks": "meeting or visit",
    "conference": "statement",
    "speech": "statement",
    "address": "statement",
    "interview": "statement",
    "pledge": "aid or pledge",
    "delivery": "aid or pledge",
    "sanctions": "sanction",
    "embargo": "sanction",
    "appointment": "appointment or dismissal",
    "resignation": "appointment or dismissal",
    "dismissal": "appointment or dismissal",
    "agreement": "application or agreement",
    "deal": "application or agreement",
    "treaty": "application or agreement",
    "application": "application or agreement",
    "accession": "application or agreement",
    "contract": "application or agreement",
    "order": "application or agreement",
    "purchase": "application or agreement",
    "merger": "application or agreement",
    "acquisition": "application or agreement",
    "takeover": "application or agreement",
    "announcement": "statement",
    "statement": "statement",
    "ceremony": "meeting or visit",
    "tour": "meeting or visit",
    "ban": "sanction",
    "flight": "other",
    "landing": "other",
    "crash": "other",
    "accident": "other",
    "launch": "other",
    "release": "other",
    "recall": "other",
    "loss": "other",
    "profit": "other",
    "bankruptcy": "other",
    "lawsuit": "other",
    "suit": "other",
}
# Verbs that say little on their own: the event is the noun they carry ("made its maiden
# flight", "posted a loss", "filed for bankruptcy", "signed a deal", "won an order").
_LIGHT_VERBS = {
    "make", "have", "take", "hold", "give", "conduct", "stage", "undergo", "post", "report",
    "file", "sign", "win", "place", "announce", "complete", "seal", "strike", "reach",
}  # fmt: skip
# An event noun that is the subject or object of a verb is the verb's event ("launched an invasion").
_NOUN_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr"}
_NOT_EVENTS = {
    "be",
    "have",
    "seem",
    "remain",
    "become",
    "appear",
    "look",
    "mean",
    "include",
    "know",
    "consider",
}
_SUBJECTS = ("nsubj", "nsubjpass")
_STATIVE_SUBJECTS = {"it", "this", "that", "there", "which", "what", "who"}
# "it" is the last organisation or place named ("Moscow says ... four regions it annexed").
_PRONOUNS = {
    "he": "PERSON",
    "she": "PERSON",
    "him": "PERSON",
    "her": "PERSON",
    "it": "THING",
    "they": "GROUP",
    "them": "GROUP",
}
# The entity types each kind of antecedent may have: "they" are companies, countries or people.
_ANTECEDENT_TYPES = {
    "PERSON": {"PERSON"},
    "ORG": {"ORG"},
    "ORG or PLACE": {"ORG", "PLACE"},
    "PRODUCT": {"PRODUCT"},
    "THING": {"ORG", "PLACE", "PRODUCT"},
    "GROUP": {"ORG", "PLACE", "PERSON"},
}
# "the company said", "the bloc is preparing": a definite description of the last organisation.
_ORG_DESCRIPTIONS = {
    "company", "firm", "group", "carmaker", "automaker", "airline", "carrier", "manufacturer",
    "planemaker", "airframer", "maker", "retailer", "bank", "bloc", "alliance", "agency", "ministry",
}  # fmt: skip
# "the aircraft was greeted", "the device goes on sale": a definite description of the last product.
_PRODUCT_DESCRIPTIONS = {
    "aircraft", "plane", "jet", "airliner", "superjumbo", "device", "phone", "handset", "smartphone",
    "tablet", "player", "computer", "car", "vehicle", "truck",
}  # fmt: skip
_PLACE_PREPS = {
    "in",
    "at",
    "near",
    "from",
    "into",
    "across",
    "around",
    "outside",
    "inside",
    "to",
    "toward",
    "towards",
    "through",
    "on",
}
_RECIPIENT_PREPS = {"to", "for", "with"}
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj", "xcomp"}
_MODAL_PLANNED = {"will", "shall", "'ll", "going", "plan", "expect", "intend", "aim"}
_MODAL_CONDITIONAL = {"would", "could", "may", "might", "should", "can", "must"}
_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_NO_DATE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}


def find_events(
    doc: Doc,
    article: str,
    entities: list[EntityMention],
    times: list[TimeMention],
    published: date | None,
    published_basis: str = Basis.PUBLICATION,
) -> list[EventMention]:
    """The event mentions of one parsed article, in text order."""
    by_root = {}
    for index, mention in enumerate(entities):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            by_root[span.root.i] = index
    events = []
    # Who "he said", "it announced" and "the company said" refer to when their sentence names
    # nobody of that kind: who was named in the sentences before it.
    named_before = _Salience(entities)
    quoted = _quoted_characters(doc.text)
    for sentence in doc.sents:
        triggers = (
            _predicates(sentence)
            + _modifying_predicates(sentence)
            + _embedded_predicates(sentence)
            + _event_nouns(sentence)
        )
        for predicate in sorted(set(triggers), key=lambda token: token.i):
            if quoted[predicate.idx]:
                continue
            event = _event(
                doc,
                sentence,
                predicate,
                article,
                entities,
                by_root,
                times,
                published,
                published_basis,
                named_before,
            )
            if event is not None:
                events.append(event)
        for root, index in by_root.items():
            if sentence.start <= root < sentence.end:
                named_before.add(index, doc[root].dep_ in _SUBJECTS)
    return _date_nonfinite_by_head(doc, _date_by_story_day(events, published, published_basis))


# How a participle or infinitive hangs from the verb whose date it takes.
_NONFINITE_LINKS = ("advcl", "xcomp", "conj", "pcomp", "acl", "prep")


def _date_nonfinite_by_head(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """A participle or infinitive with no date of its own happens when its head verb does:
    "unveiled the products on Wednesday, saying ...", "flew to Paris to attend the show"."""
    spans = [(doc.char_span(e.trigger_start, e.trigger_start + len(e.trigger)), e) for e in events]
    by_token = {span.start: event for span, event in spans if span is not None}
    for index, event in by_token.items():
        verb = doc[index]
        if event.time is not None or event.date.is_resolved:
            continue
        if verb.pos_ != "VERB" or _finite(verb) or verb.tag_ == "VBD":
            continue
        # Up through what links them: "unveiled the device by walking on stage and taking it out".
        token = verb
        while token.dep_ in _NONFINITE_LINKS and token.head.i != token.i and token.head.i not in by_token:
            token = token.head
        head = by_token.get(token.head.i) if token.dep_ in _NONFINITE_LINKS else None
        if head is not None and head.date.is_resolved:
            event.date = head.date
    return events


def _date_by_story_day(
    events: list[EventMention], published: date | None, published_basis: str
) -> list[EventMention]:
    """Past reports dated only by publication take the story's day instead, if the article
    dates its first dated event to a day in the week before publication."""
    story_day = next(
        (
            event.date.start
            for event in events
            if event.time is not None
            and event.date.granularity == "day"
            and event.date.start == event.date.end
            and published is not None
            and 0 < (published - event.date.start).days <= 7
        ),
        None,
    )
    if story_day is None:
        return events
    dated = DateValue(story_day.isoformat(), story_day, story_day, "day", Basis.STORY_DAY)
    for event in events:
        if event.time is None and event.date.basis == published_basis and event.tense in ("past", "perfect"):
            event.date = dated
    return events


def _quoted_characters(text: str) -> list[bool]:
    """For each character, whether it stands inside quotation marks (reported speech)."""
    inside = [False] * (len(text) + 1)
    depth = False
    for index, char in enumerate(text):
        if char == "“" or (char == '"' and not depth):
            depth = True
        elif char == "”" or char == '"' or char == "\n":
            depth = False
        inside[index] = depth
    return inside


def _predicates(sentence: Span) -> list[Token]:
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return []
    predicates = [root]
    predicates += [child for child in root.children if child.dep_ == "conj" and child.pos_ == "VERB"]
    return [verb for verb in predicates if verb.lemma_.lower() not in _NOT_EVENTS]


def _modifying_predicates(sentence: Span) -> list[Token]:
    """Verbs that describe a noun: typed ones ("tanks pledged by NATO", "the city Russia
    annexed"), and any with a doer of their own ("141,951 units sold by GM"). A statement there
    ("the east, where Kyiv says Moscow is sending troops") is read through what it says."""
    return [
        token
        for token in sentence
        if token.dep_ in ("acl", "relcl")
        and token.pos_ == "VERB"
        and token.lemma_.lower() not in _NOT_EVENTS
        and _describes_noun(token)
    ]


def _describes_noun(verb: Token) -> bool:
    kind = _TYPE_OF.get(verb.lemma_.lower(), "other")
    if kind == "statement":
        return False
    return kind != "other" or any(
        child.dep_ in ("nsubj", "agent") and child.lower_ not in ("which", "that", "who", "whom")
        for child in verb.children
    )


def _embedded_predicates(sentence: Span) -> list[Token]:
    """Verbs of clauses inside the main one: what was said ("said its sales rose 43% in
    February"), why or when ("after the company declared bankruptcy"), what followed."""
    return [
        token
        for token in sentence
        if token.dep_ in ("ccomp", "advcl", "conj", "xcomp", "pcomp")
        and token.pos_ == "VERB"
        and token.lemma_.lower() not in _NOT_EVENTS
    ]


def _event_nouns(sentence: Span) -> list[Token]:
    # The argument of a verb that is no event itself is its own: "the Air India order is worth
    # $6.8 billion", "the Air Canada deal includes 18 777s".
    return [
        token
        for token in sentence
        if token.pos_ == "NOUN"
        and _noun_type(token) is not None
        and not (
            token.dep_ in _NOUN_ARGUMENTS
            and token.head.pos_ in ("VERB", "AUX")
            and token.head.lemma_.lower() not in _NOT_EVENTS
        )
    ]


def _carried_noun(verb: Token) -> Token | None:
    """The event noun a light verb carries as its object, or after "for"."""
    if verb.lemma_.lower() not in _LIGHT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and _noun_type(child) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects and _noun_type(objects[0]) is not None:
                return objects[0]
    return None


def _noun_type(token: Token) -> str | None:
    return EVENT_NOUNS.get(token.lower_) or EVENT_NOUNS.get(token.lemma_.lower())


def _event(
    doc, sentence, predicate, article, entities, by_root, times, published, published_basis, named_before
) -> EventMention | None:
    lemma = predicate.lemma_.lower()
    noun = predicate.pos_ == "NOUN"
    kind = _noun_type(predicate) if noun else _TYPE_OF.get(lemma, "other")
    carried = None if noun else _carried_noun(predicate)
    if carried is not None and kind == "other":
        kind = _noun_type(carried)
    own = _clause_tokens(predicate, include_content=False)
    content = _clause_tokens(predicate, include_content=True) - own
    roles: list[Role] = []
    for token_index in sorted(own | content):
        index = by_root.get(token_index)
        if index is not None and token_index != predicate.i:
            in_content = token_index in content
            if noun:
                role = _noun_role(doc[token_index], predicate, entities[index].type)
            else:
                role = _role(doc[token_index], predicate, entities[index].type, in_content)
            roles.append(Role(index, role, in_content))
    # "Crimea, seized by Moscow": the noun a verb describes is what it acts on.
    described = by_root.get(predicate.head.i) if predicate.dep_ in ("acl", "relcl") else None
    if described is not None and all(role.mention != described for role in roles):
        roles.insert(0, Role(described, "patient"))
    subject = _subject(predicate)
    antecedent = (
        _antecedent(subject, sentence, entities, by_root, named_before) if subject is not None else None
    )
    # "The aircraft was greeted by ...": a passive's subject is what the event happened to.
    antecedent_role = "patient" if subject is not None and subject.dep_ == "nsubjpass" else "agent"
    if antecedent is not None and not any(role.role == antecedent_role for role in roles):
        roles.insert(0, Role(antecedent, antecedent_role))
    if not roles:
        return None
    if subject is not None and subject.lower_ in _STATIVE_SUBJECTS and kind == "other" and antecedent is None:
        return None

    time = _attached_time(doc, predicate, own, times)
    # "The first flight of the 777 was in 1994", "the Air India order is worth $6.8 billion": the
    # noun's verb says nothing but when, so it dates the noun by its time or its tense.
    copula = noun and predicate.dep_ in _NOUN_ARGUMENTS and predicate.head.lemma_.lower() in _NOT_EVENTS
    if copula and time is None:
        head = predicate.head
        time = _attached_time(doc, head, _clause_tokens(head, include_content=False) - own, times)
    # "at a press conference", "talks with NATO": a noun with neither a doer nor a date of its
    # own is the setting of its sentence's event, not an event a reader would list.
    if noun and time is None and not any(role.role == "agent" for role in roles):
        return None
    # A noun has no tense: "the invasion" is dated only by a date of its own (or its verb's).
    tense = _tense(predicate.head) if copula else "none" if noun else _tense(predicate)
    modality = _modality(predicate, kind)
    speaker = None if noun else _speaker(predicate, entities, by_root, named_before)
    if speaker is not None and modality == "asserted":
        modality = "reported"
    # "GM says it could be profitable", "It currently produces fifteen brands", a headline's
    # "Airbus wins order": what news asserts in the present holds when the story was written.
    headline = sentence.start == 0
    # So does what someone is reported to be doing now ("said the firm is trying to cut dealers").
    finite = _finite(predicate.head if copula else predicate)
    if tense == "present" and (
        modality == "asserted"
        and (finite or kind == "statement" or headline)
        or modality == "reported"
        and finite
    ):
        tense = "report"
    # "applied days after Russia invaded last year": with an earlier date in its sentence, the
    # report's date would be wrong here; the sentence's nearest such date is the better guess
    # ("In 2004, Airbus sold more planes, sparking questions whether Boeing had lost its grip"),
    # except for what is yet to happen. A later one ("before the end of the month") is a deadline.
    # Dates of what was said ("said it posted a profit in the third quarter") date the words'
    # content, not the saying.
    earlier_in_sentence = [
        other
        for other in times
        if time is None
        and sentence.start_char <= other.start < sentence.end_char
        and other.date.type == "DATE"
        and not _within(doc, other, content)
        and not _since(doc.char_span(other.start, other.end, alignment_mode="expand"))
        and published is not None
        and other.date.end is not None
        and other.date.end < published
    ]
    if not earlier_in_sentence:
        date_value = event_date(time, tense, published, published_basis)
    elif tense == "future" or modality in ("planned", "conditional"):
        date_value = UNDATED
    else:
        nearest = min(earlier_in_sentence, key=lambda other: (abs(other.start - predicate.idx), other.start))
        date_value = replace(nearest.date, basis=Basis.SENTENCE, text=nearest.text)
    quote = _quote(sentence, predicate, content) if kind == "statement" else None
    agent = next((entities[r.mention].text for r in roles if r.role == "agent"), None)
    # What the event is about: for reported speech, what was said, not where it was said.
    about = content if kind == "statement" and content else own | content
    keywords = frozenset(
        token.lemma_.lower()
        for token in sentence
        if token.i in about
        and token.pos_ in ("NOUN", "VERB", "ADJ", "NUM")
        and not token.is_stop
        and token.i != predicate.i
        and token.is_alpha
        and not token.ent_type_
    )
    return EventMention(
        article=article,
        trigger=predicate.text,
        lemma=lemma,
        type=kind,
        label=_noun_label(predicate, own)
        if noun
        else _modifier_label(predicate, agent, own)
        if predicate.dep_ in ("acl", "relcl")
        else _label(predicate, agent, own, content, kind, quote),
        modality=modality,
        tense=tense,
        roles=roles,
        source=Source(
            article,
            sentence.text.strip(),
            sentence.start_char,
            sentence.start_char + len(sentence.text.rstrip()),
        ),
        time=time,
        date=date_value,
        keywords=keywords,
        quote=quote,
        speaker=speaker,
        trigger_start=predicate.idx,
        noun_start=carried.idx if carried is not None else None,
    )


def event_date(
    time: TimeMention | None, tense: str, published: date | None, published_basis: str
) -> DateValue:
    """The date of an event: its own time expression, else its report's date when the
    report says it has happened ("said", "has captured", "says")."""
    if time is not None:
        return time.date
    if tense in ("past", "perfect", "report") and published is not None:
        return DateValue(published.isoformat(), published, published, "day", published_basis)
    return UNDATED


def _clause_tokens(predicate: Token, include_content: bool) -> set[int]:
    """Token indices of the predicate's own clause; with content, its complement clauses too."""
    tokens = {predicate.i}
    stack = list(predicate.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSES and token.head.i == predicate.i:
            if not include_content or token.dep_ not in ("ccomp", "xcomp", "parataxis"):
                continue
        elif (
            # "Jobs, born in San Francisco on February 24, 1955, has built": a clause hanging from a
            # participant is that participant's, with its own date.
            token.dep_ in ("relcl", "advcl", "conj", "acl")
            and token.pos_ in ("VERB", "AUX")
            and not include_content
        ):
            continue
        tokens.add(token.i)
        stack.extend(token.children)
    return tokens


class _Salience:
    """The entity mentions named so far, for :meth:`get`: the latest mention of the entity of a
    kind named most often (the story's protagonist, not someone mentioned in passing), then most
    often as a subject, then the latest. "Steve Jobs" and "Jobs" count as one by their last word.
    """

    def __init__(self, entities: list[EntityMention]):
        self.entities = entities
        # (last word, type) -> [times named, times a subject, latest mention index]
        self.counts: dict[tuple[str, str], list[int]] = {}

    def add(self, index: int, subject: bool) -> None:
        mention = self.entities[index]
        counts = self.counts.setdefault((mention.text.split()[-1].lower(), mention.type), [0, 0, index])
        counts[0] += 1
        counts[1] += subject
        counts[2] = max(counts[2], index)

    def get(self, kind: str) -> int | None:
        types = _ANTECEDENT_TYPES[kind]
        by_name: dict[str, list[int]] = {}
        for (name, kind_of), (named, subject, latest) in self.counts.items():
            if kind_of in types:
                total = by_name.setdefault(name, [0, 0, latest])
                total[0] += named
                total[1] += subject
                total[2] = max(total[2], latest)
        return max(by_name.values())[2] if by_name else None


def _subject(predicate: Token) -> Token | None:
    for child in predicate.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    # "and captured", "fight to hold": a joined or controlled verb shares its head's subject.
    if predicate.dep_ in ("conj", "xcomp"):
        return _subject(predicate.head)
    return None


def _speaker(predicate: Token, entities, by_root, named_before) -> str | None:
    """Who tells this event, when it is inside what a statement verb reports: the statement's
    subject ("Ford said its sales rose" -> Ford), named or resolved like a subject pronoun."""
    token = predicate
    while token.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "advcl") and token.head.i != token.i:
        head = token.head
        if token.dep_ in ("ccomp", "parataxis") and _TYPE_OF.get(head.lemma_.lower()) == "statement":
            subject = _subject(head)
            if subject is None:
                return None
            # "Ukraine's defense minister, Oleksii Reznikov, said": the name may be an apposition.
            named = [t.i for t in (subject, *subject.children) if t.i == subject.i or t.dep_ == "appos"]
            index = next((by_root[i] for i in named if i in by_root), None)
            if index is None:
                index = _antecedent(subject, head.sent, entities, by_root, named_before)
            if index is not None:
                return entities[index].text
            return " ".join(t.text for t in subject.subtree)
        token = head
    return None


def _antecedent(subject: Token, sentence: Span, entities, by_root, named_before) -> int | None:
    """The entity a pronoun or description subject refers to: a subject of its type earlier
    in its sentence ("Moscow says ... the regions it annexed"), else the nearest of its type
    there, else the last one named before the sentence."""
    kind = _antecedent_type(subject)
    if kind is None:
        return None
    types = _ANTECEDENT_TYPES[kind]
    earlier = [
        i for i in range(sentence.start, subject.i) if i in by_root and entities[by_root[i]].type in types
    ]
    subjects = [i for i in earlier if subject.doc[i].dep_ in _SUBJECTS]
    if subjects or earlier:
        return by_root[(subjects or earlier)[-1]]
    return named_before.get(kind)


def _antecedent_type(subject: Token) -> str | None:
    """The type of entity a pronoun or a definite description subject refers back to."""
    if subject.lower_ in _PRONOUNS:
        return _PRONOUNS[subject.lower_]
    determiners = {child.lower_ for child in subject.children if child.dep_ == "det"}
    if determiners != {"the"}:
        return None
    if subject.lemma_.lower() in _ORG_DESCRIPTIONS:
        return "ORG"
    if subject.lemma_.lower() in _PRODUCT_DESCRIPTIONS:
        return "PRODUCT"
    return None


def _role(token: Token, predicate: Token, kind: str, in_content: bool) -> str:
    """The role of an entity from the dependency path between it and the predicate.

    Only the argument itself (or its apposition or conjunct) takes the argument's role:
    in "Ukraine's defense minister, Oleksii Reznikov, said", Reznikov is the agent and
    Ukraine only describes him.
    """
    if in_content:
        return "theme"
    path = [token]
    while path[-1].head.i != predicate.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    top = path[-1]
    direct = all(step.dep_ in ("appos", "conj") for step in path[:-1])
    if direct and top.dep_ in ("nsubj", "agent"):
        return "agent"
    # "pledged by NATO nations": the passive's by-phrase names the doer.
    if top.dep_ == "agent" and all(step.dep_ in ("pobj", "compound", "appos", "conj") for step in path[:-1]):
        return "agent"
    if direct and top.dep_ in ("nsubjpass", "dobj", "attr", "oprd"):
        return "patient"
    if direct and top.dep_ == "dative":
        return "recipient"
    if top.dep_ == "prep" and len(path) >= 2 and path[-2].dep_ == "pobj":
        if kind == "PLACE" and top.lower_ in _PLACE_PREPS:
            return "place"
        if top.lower_ in _RECIPIENT_PREPS and kind != "PLACE":
            return "recipient"
    if top.dep_ == "prep" and kind == "PLACE":
        return "place"
    return "theme"


def _noun_role(token: Token, noun: Token, kind: str) -> str:
    """The role of an entity in an event noun's phrase: "Russia's invasion of Ukraine",
    "the Kyiv summit", "talks with NATO", "sanctions by the EU on Russia"."""
    path = [token]
    while path[-1].head.i != noun.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    top = path[-1]
    if top.dep_ == "poss" or top.lower_ == "by":
        return "agent"
    if top.dep_ == "compound":
        return "place" if kind == "PLACE" else "agent"
    if top.dep_ == "prep" and top.lower_ in ("of", "against", "on"):
        return "patient"
    if top.dep_ == "prep" and kind == "PLACE" and top.lower_ in _PLACE_PREPS:
        return "place"
    if top.dep_ == "prep" and top.lower_ in _RECIPIENT_PREPS:
        return "recipient"
    return "theme"


def _modifier_label(verb: Token, agent: str | None, own: set[int], limit: int = 16) -> str:
    """A verb that describes a noun, as a sentence: "tanks pledged by NATO nations last week"
    reads "NATO nations pledged new battle tanks last week"."""
    doc = verb.doc
    by_phrase = next((child for child in verb.children if child.dep_ == "agent"), None)
    skipped = {token.i for token in by_phrase.subtree} if by_phrase is not None else set()
    subject = _subject(verb)
    if subject is not None:
        skipped |= {token.i for token in subject.subtree}
    if by_phrase is not None and any(child.dep_ == "pobj" for child in by_phrase.children):
        who = " ".join(t.text for child in by_phrase.children if child.dep_ == "pobj" for t in child.subtree)
    elif subject is not None:
        who = " ".join(t.text for t in subject.subtree)
    else:
        who = agent or ""
    head = verb.head
    first = head.left_edge.i
    while first < head.i and doc[first].dep_ in ("det", "punct"):
        first += 1
    what = [t.text for t in doc[first : head.i + 1]]
    rest = [doc[i].text for i in sorted(own) if i > verb.i and i not in skipped and not doc[i].is_punct]
    words = [verb.text, *what, *rest]
    if len(words) > limit:
        words = words[:limit] + ["…"]
    text = " ".join([who, *words]).strip()
    return text[:1].upper() + text[1:]


def _noun_label(noun: Token, own: set[int], limit: int = 16) -> str:
    """The event noun's phrase as written: "Russia's Feb. 24 invasion"."""
    doc = noun.doc
    first, last = min(own), max(own)
    while last > first and (doc[last].is_punct or doc[last].dep_ in ("cc", "mark")):
        last -= 1
    while first < last and doc[first].dep_ == "det":
        first += 1
    words = doc[first : last + 1].text.split()
    if len(words) > limit:
        words = words[:limit] + ["…"]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _within(doc: Doc, time: TimeMention, tokens: set[int]) -> bool:
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return span is not None and span.root.i in tokens


def _attached_time(doc: Doc, predicate: Token, own: set[int], times: list[TimeMention]) -> TimeMention | None:
    """The time expression in the predicate's own clause: one that modifies the predicate
    itself ("Yesterday ... unveiled", "rose in February") before one inside a participant
    ("at this year's conference"), then the nearest."""
    candidates = []
    for time in times:
        # A stretch counted from publication ("over the past two weeks") dates an event; a bare
        # length ("for two years") or a vague one ("in the coming weeks") does not.
        floating = time.date.type == "DURATION" and (
            time.date.basis == Basis.EXPLICIT or (time.date.value or "").startswith(("PX", "PTX"))
        )
        if time.date.type == "SET" or floating or time.date.value in _NO_DATE_VALUES:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and span.root.i in own:
            head = span.root.head
            direct = head.i == predicate.i or (head.dep_ == "prep" and head.head.i == predicate.i)
            if _since(span):
                continue
            candidates.append((not direct, abs(span.root.i - predicate.i), time.start, time))
    return min(candidates)[-1] if candidates else None


def _since(span: Span | None) -> bool:
    """'has posted its first annual loss since 1992': a stretch up to now, not when it happened."""
    return span is not None and span.root.head.lower_ == "since"


def _finite(verb: Token) -> bool:
    """Whether a verb carries its own present tense ("produces", "are encircling")."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP") for child in verb.children
    )


def _tense(predicate: Token) -> str:
    auxiliaries = [child for child in predicate.children if child.dep_ in ("aux", "auxpass")]
    auxes = {child.lemma_.lower() for child in auxiliaries}
    if auxes & {"will", "shall", "'ll"}:
        return "future"
    # "was flown", "were being pushed", "had undergone", "did not sell": the auxiliary is past.
    if predicate.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    if predicate.tag_ == "VBN" and "have" in auxes:
        return "perfect"
    return "present"


def _modality(predicate: Token, kind: str) -> str:
    children = list(predicate.children)
    if any(child.dep_ == "neg" for child in children):
        return "negated"
    auxes = {child.lower_ for child in children if child.dep_ in ("aux", "auxpass")}
    if (
        any(child.dep_ == "mark" and child.lower_ in ("if", "unless") for child in children)
        or predicate.dep_ == "advcl"
        and any(c.lower_ == "if" for c in children)
    ):
        return "conditional"
    if auxes & _MODAL_PLANNED:
        return "planned"
    if auxes & _MODAL_CONDITIONAL:
        return "conditional"
    return "asserted"


def _quote(sentence: Span, predicate: Token, content: set[int]) -> str | None:
    quoted = _QUOTE.findall(sentence.text)
    if quoted:
        return " ".join(part.strip(" ,") for part in quoted)
    if content:
        tokens = sorted(content)
        text = sentence.doc[tokens[0] : tokens[-1] + 1].text
        return re.sub(r"^(that)\s+", "", text).strip(" ,.")
    return None


def _label(
    predicate: Token,
    agent: str | None,
    own: set[int],
    content: set[int],
    kind: str,
    quote: str | None,
    limit: int = 16,
) -> str:
    """A short readable sentence: who, the verb and what follows it in the clause.

    The subject is replaced by the agent's name; a fronted quote is put after the verb.
    """
    doc = predicate.doc
    verb_group = [
        child.i
        for child in predicate.children
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < predicate.i and child.tag_ != "TO"
    ]
    first = min([predicate.i, *verb_group])
    after = sorted(i for i in own | content if i >= first)
    last = after[-1] if after else predicate.i
    while last > first and (doc[last].is_punct or doc[last].dep_ in ("cc", "mark")):
        last -= 1
    words = doc[first : last + 1].text.split()
    if len(words) > limit:
        words = words[:limit] + ["…"]
    subject = _subject(predicate)
    who = agent or (" ".join(t.text for t in subject.subtree) if subject is not None else "")
    text = " ".join([who, *words]).strip()
    if quote and all(i < predicate.i for i in content) and content:
        short = " ".join(quote.split()[:limit])
        text = f"{text}: “{short}{'…' if len(quote.split()) > limit else ''}”"
    return text[:1].upper() + text[1:]
