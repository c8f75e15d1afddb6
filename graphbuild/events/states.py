"""Which verbs tell no happening: standing relations, habits, generic truths, and the
"going" of "is going to".

"Exxon owns the refinery", "the company is based in Dallas", "a group led by Smith", "it
holds a 10% stake", "the firm publishes magazines" say how things stand, not what happened,
and a reader would not list them, nor the present passive of such a fact ("the stake is
valued at $80 million", "its services are marketed by a subsidiary"). Two readings keep such a
verb an event: a date of its own ("owned the refinery until 2019", "controlled the city by
March": a state with a date is a change told with its time, and news dates it), and a change
of state in its verb group (the progressive or perfect of a verb of change, "has held
talks"). "hold" is a state unless what it holds is a meeting ("held talks", "holds an
election"). How long a state lasted ("lived there for two years") or someone's age ("Jorge
Hernandez, 49") is no date of a change. What happens again and again ("march each July",
"usually sells out") is a habit, whatever the verb: no one happening a reader would list.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Exxon", "owns", "refineries"], heads=[1, 1, 1],
...           deps=["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "NOUN"], tags=["NNP", "VBZ", "NNS"],
...           lemmas=["Exxon", "own", "refinery"])
>>> is_state(doc[1])
True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.events.relations import ACTOR_PRONOUNS, PEOPLE_NOUNS, RELATION_VERBS, RELATIVE_PRONOUNS
from graphbuild.events.words import (
    ACTOR_NOUNS,
    EVENT_NOUNS,
    MEETING_NOUNS,
    ORG_DESCRIPTIONS,
    STATIVE_PARTICIPLES,
    STATIVE_VERBS,
    TYPE_OF,
)
from graphbuild.timex import normalise

__all__ = ["is_relation", "is_state"]

_DATED = {"DATE", "TIME"}
# How often, not when: a verb with one of these in its clause tells a habit.
_FREQUENCY_ADVERBS = {
    "usually", "often", "always", "typically", "generally", "normally", "routinely", "regularly",
    "frequently", "sometimes", "seldom", "rarely", "occasionally", "customarily", "habitually",
}  # fmt: skip
# Pronouns that name any one of a kind: "everything that happens in Cuba gets attention".
# Determiners of a noun that pick out none in particular: "any money he has used", "no firm
# that has filed" tell what would hold of whichever, not a happening.
_ANY_OF_A_KIND = {"any", "no"}
_ANY_ONE = {"everything", "everyone", "everybody", "anything", "anyone", "anybody", "whoever", "whatever"}
# What ties a clause to another happening in time.
_SEQUENCE = {"after", "before", "since", "until"}
# Pronouns of people: "he succeeds Taylor" is news told in the present; "they" may be things.
_PERSONAL_PRONOUNS = {"he", "she", "i", "we", "you", "who", "whom"}
# "finds itself constrained", "see themselves as partners": being so, seen by oneself.
_SELF_VIEWS = {"find", "see"}
_REFLEXIVES = {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself", "oneself"}
# Clauses of their own: a date in them is theirs, not the verb's.
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj", "xcomp"}


def is_state(verb: Token) -> bool:
    """Whether the verb ``verb`` tells a state or a habit rather than a happening."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    # "A rise in prices followed the invasion [on Monday]": the date is the rise's.
    if is_relation(verb) or _habitual(verb) or _of_any(verb):
        return True
    if _dated(verb):
        return False
    # "is going to open": the future's auxiliary; the event is what is going to happen.
    if lemma == "go" and verb.tag_ == "VBG" and any(child.dep_ == "xcomp" for child in verb.children):
        return True
    if lemma == "hold":
        return not _holds_a_meeting(verb)
    if lemma in STATIVE_VERBS or _self_view(verb):
        return True
    # "a consortium led by Airbus", "the Dallas-based firm": a relation that describes a noun,
    # or the subject of the clause it stands beside ("Led by its cereals, General Mills gained").
    if _bare_participle(verb) and lemma in STATIVE_PARTICIPLES:
        return True
    return _generic_present(verb) or _present_passive(verb)


def _of_any(verb: Token) -> bool:
    """A relative clause that describes a noun of no one in particular: "any money he has used
    to pay lawyers derives from fraud" says what holds of whichever money, not what was used."""
    return verb.dep_ == "relcl" and any(
        child.dep_ == "det" and child.lower_ in _ANY_OF_A_KIND for child in verb.head.children
    )


def _self_view(verb: Token) -> bool:
    """'General Mills finds itself constrained', 'they see themselves as partners': what one
    finds or sees oneself to be is how one stands. The parser may take the reflexive for the
    subject of what follows it ("finds [itself constrained]")."""
    if verb.lemma_.lower() not in _SELF_VIEWS:
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    objects += [
        grandchild
        for child in verb.children
        if child.dep_ in ("ccomp", "xcomp", "oprd")
        for grandchild in child.children
        if grandchild.dep_ in ("nsubj", "nsubjpass")
    ]
    return any(noun.lower_ in _REFLEXIVES for noun in objects)


def _bare_participle(verb: Token) -> bool:
    """A past participle that describes a noun, or opens a clause of its own with no
    auxiliary ("Backed by the bank, ...")."""
    if verb.tag_ != "VBN":
        return False
    return verb.dep_ == "acl" or (
        verb.dep_ == "advcl"
        and not any(child.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for child in verb.children)
    )


def _dated(verb: Token) -> bool:
    """A date or time in the verb's own clause (outside the clauses hanging from it); a length
    of time ("for 2 1/2 years"), a frequency ("each July") or an age ("Smith, 49") is none."""
    return any(_kind_of_time(entity) == "DATE" for entity in _own_times(verb))


def _habitual(verb: Token) -> bool:
    """'Orangemen march each July', 'the shop usually opens at nine', 'he often visited Paris':
    a frequency that modifies the verb makes it a habit; one that describes a noun ("cut its
    quarterly dividend", "at the annual meeting") says nothing of how often the verb's deed is."""
    if any(child.dep_ == "advmod" and child.lower_ in _FREQUENCY_ADVERBS for child in verb.children):
        return True
    for entity in _own_times(verb):
        # The whole phrase, determiner included: spaCy's entity is "July" in "each July".
        phrase = entity.doc[entity.root.left_edge.i : entity.root.right_edge.i + 1]
        if _modifies(entity.root, verb) and _kind_of_time(phrase) == "SET":
            return True
    return False


def _modifies(word: Token, verb: Token) -> bool:
    """The word is an adverbial of the verb, directly ("each July") or through a preposition
    ("on Sundays"); not its object ("declared its first quarterly")."""
    if word.dep_ in ("npadvmod", "advmod", "tmod"):
        return word.head == verb
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head == verb


def _own_times(verb: Token) -> list[Span]:
    """The DATE and TIME entities in the verb's own clause, outside the clauses hanging from it."""
    found: dict[int, Span] = {}
    stack = [child for child in verb.children if child.dep_ not in _CLAUSES]
    while stack:
        token = stack.pop()
        if token.ent_type_ in _DATED:
            entity = _entity_of(token)
            found[entity.start] = entity
        stack.extend(child for child in token.children if child.dep_ not in _CLAUSES)
    return [found[start] for start in sorted(found)]


def _entity_of(token: Token) -> Span:
    """The entity a token is part of, from its IOB tags: a walk of the entity's own length,
    not a search through every entity of the document for each verb."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _kind_of_time(entity: Span) -> str:
    """DATE for a time a thing happened at, DURATION for a length, SET for a frequency; a lone
    number of up to three digits is an age ("Jorge Hernandez, 49"), no time."""
    if len(entity) == 1 and entity[0].like_num and len(entity.text) <= 3:
        return "AGE"
    return normalise(entity.text, None, "none").type


def is_relation(verb: Token) -> bool:
    """A relation verb whose subject is a thing, not someone who acts: a common noun that is
    no actor and holds no name ("the agreement", "a rise in prices"), or "this" or "that"."""
    if verb.lemma_.lower() not in RELATION_VERBS:
        return False
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return _relates_unsaid(verb)
    return all(not _an_actor(subject) for subject in subjects)


def _relates_unsaid(verb: Token) -> bool:
    """A relation verb with no subject of its own: a participle of the passive whose doer,
    after "by", is a thing ("watches covered by 58 tariff classifications"), or an "-ing"
    clause beside another, which relates that clause's happening to something ("Reflecting
    the concern, the stock fell": the fall reflects it), outside a headline, where it tells
    the news ("Ford's sales spike, surpassing GM")."""
    if verb.tag_ == "VBG":
        return verb.dep_ == "advcl" and verb.sent.start != 0
    doers = [
        grandchild
        for child in verb.children
        if child.dep_ == "agent"
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]
    return verb.tag_ == "VBN" and bool(doers) and all(not _an_actor(doer) for doer in doers)


def _an_actor(noun: Token) -> bool:
    if noun.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl":
        noun = noun.head.head
    if noun.lower_ in ACTOR_PRONOUNS or noun.ent_type_ or noun.pos_ == "PROPN":
        return True
    if noun.pos_ != "NOUN":
        return noun.lower_ not in ("this", "that")
    # "Unisys's announcement showed": a name in the noun phrase is no actor of the relation,
    # but the head noun says who acts ("the company", "officials").
    return any(word in ACTOR_NOUNS or word in PEOPLE_NOUNS for word in (noun.lemma_.lower(), noun.lower_))


def _holds_a_meeting(verb: Token) -> bool:
    held = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    return any(
        token.lemma_.lower() in MEETING_NOUNS or token.lower_ in MEETING_NOUNS or token.lower_ in EVENT_NOUNS
        for token in held
    )


def _generic_present(verb: Token) -> bool:
    """'The firm publishes magazines', 'it sells cars in Europe': a simple present whose object
    is a bare plural or mass noun states a habit, outside a headline; so does one whose subject
    is a kind of thing rather than someone named ("fiber moves slowly", "retirees stick to index
    funds", "the solution extends the reach of alarms"), and the main clause of one whose
    subject is no person ("Dow Jones publishes the Journal", "the sensor works with HomeKit",
    "they share Islam"): a company, a product or a thing in the simple present tells what it
    does or is, while news of a person is told in the present ("he succeeds Taylor").
    Statements are told ("GM says"), not habits."""
    if verb.tag_ not in ("VBZ", "VBP") or TYPE_OF.get(verb.lemma_.lower()) == "statement":
        return False
    # A headline tells what happened in the present: "First A380 enters commercial service".
    if verb.sent.start == 0:
        return False
    if any(child.dep_ in ("aux", "auxpass", "neg") for child in verb.children):
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if subjects and all(_a_kind(subject) for subject in subjects):
        return True
    if subjects and _main_clause(verb) and not any(_someone(subject) for subject in subjects):
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if not objects:
        # "Mesa flies to 42 cities": what the verb reaches, after a preposition.
        objects = [
            grandchild
            for child in verb.children
            if child.dep_ == "prep"
            for grandchild in child.children
            if grandchild.dep_ == "pobj" and _counted(grandchild)
        ]
    return bool(objects) and all(_bare(token) or _counted(token) for token in objects)


def _main_clause(verb: Token) -> bool:
    """A verb that tells its sentence's own matter (the main clause, a verb joined to it, a
    relative clause), with no clause of its own as object: "Dow Jones publishes the Journal",
    "the agency, which gives the daily tally", not "it expects to earn", "says it plans"."""
    if verb.dep_ not in ("ROOT", "conj", "relcl"):
        return False
    # "GM's move comes a day after Chrysler released its list": a happening told in sequence.
    return not any(child.dep_ in ("ccomp", "xcomp") or _in_sequence(child) for child in verb.children)


def _in_sequence(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in _SEQUENCE for child in clause.children
    )


def _someone(noun: Token) -> bool:
    """A person who acts, named, as a pronoun, or by a noun of people ("officials", "analysts");
    a company, a body, a product or a thing is not someone. "they" may be things."""
    if noun.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl":
        noun = noun.head.head
    if noun.ent_type_:
        return noun.ent_type_ == "PERSON"
    if noun.lower_ in _PERSONAL_PRONOUNS:
        return True
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_NOUNS or (lemma in ACTOR_NOUNS and lemma not in ORG_DESCRIPTIONS)


def _bare(noun: Token) -> bool:
    """A bare plural or mass noun: "magazines", "hardware"."""
    return (
        noun.tag_ in ("NNS", "NN")
        and not any(child.dep_ in ("det", "poss", "nummod") for child in noun.children)
        and not noun.ent_type_
    )


def _counted(noun: Token) -> bool:
    """A plural counted by a number, the size of what one has or does: "serves 10 cities",
    "operates 87 stores" (a deed has its date: "recalled 800,000 cars on Monday")."""
    return noun.tag_ == "NNS" and any(
        child.dep_ == "nummod" and child.ent_type_ not in _DATED for child in noun.children
    )


def _a_kind(noun: Token) -> bool:
    """A common noun that names no one: no name in it or owning it ("Apple's latest iPad"); or
    "everything", "anyone", which name any one of a kind."""
    if noun.lower_ in _ANY_ONE:
        return True
    return noun.pos_ == "NOUN" and not any(token.ent_type_ or token.pos_ == "PROPN" for token in noun.subtree)


def _present_passive(verb: Token) -> bool:
    """'The services are marketed by a subsidiary', 'the stake is valued at $80 million': a
    simple present passive says how things stand, as the simple present does. The progressive
    ("is being investigated") tells what is happening, "is expected to visit" what is to happen,
    and "when the merger is completed" when something else will."""
    if verb.tag_ != "VBN" or verb.sent.start == 0 or verb.dep_ == "advcl":
        return False
    # "is expected to visit", "it is reported that": what is to happen, or a report.
    if any(child.dep_ in ("xcomp", "ccomp") for child in verb.children):
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and all(
        child.dep_ == "auxpass" and child.tag_ in ("VBZ", "VBP") for child in auxiliaries
    )
