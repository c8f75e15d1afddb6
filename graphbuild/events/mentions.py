"""One article's event mentions: each trigger of each sentence read, step by step, into an
:class:`~graphbuild.model.EventMention` (type, participants, time, tense, modality, date,
label), then dated across the article, and given the article's other words for the same
happening (:mod:`graphbuild.events.coreference`)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from graphbuild.events.clauses import SUBJECTS, clause_tokens, content_tokens, subject_of
from graphbuild.events.context import ArticleContext
from graphbuild.events.coreference import add_coreferent_words, without_repeated_nouns
from graphbuild.events.dating import attached_time, date_by_story_day, date_nonfinite_by_head, sentence_date
from graphbuild.events.factual import is_happening
from graphbuild.events.happening_words import HAPPENING_VERBS
from graphbuild.events.labels import event_keywords, event_label, statement_quote
from graphbuild.events.modality import modality_of
from graphbuild.events.nominals import is_determined, names_happening
from graphbuild.events.reference import antecedent_of, speaker_of
from graphbuild.events.roles import participants
from graphbuild.events.senses import place_roots, sensible_type
from graphbuild.events.tense import event_tense
from graphbuild.events.triggers import event_type, find_triggers, is_copula_noun, quoted_characters
from graphbuild.events.words import NOT_EVENTS, PRODUCT_DESCRIPTIONS, PRONOUNS, STATIVE_SUBJECTS, TYPE_OF
from graphbuild.model import Basis, EntityMention, EventMention, Role, Source, TimeMention
from graphbuild.syntax import read_verb

__all__ = ["find_events"]


# The subjects that may describe who or what took part, and the words that make a noun one
# specific thing: "the", "two", "its", "fatal", "sheriff's".
_SUBJECTS_DESCRIBED = ("nsubj", "nsubjpass")
_SPECIFIERS = ("det", "nummod", "poss", "amod", "compound")


def find_events(
    doc: Doc,
    article: str,
    entities: list[EntityMention],
    times: list[TimeMention],
    published: date | None,
    published_basis: str = Basis.PUBLICATION,
) -> list[EventMention]:
    """The event mentions of one parsed article, in text order."""
    context = ArticleContext.of(doc, article, entities, times, published, published_basis)
    quoted = quoted_characters(doc.text)
    events = []
    for sentence in doc.sents:
        for predicate in find_triggers(sentence, quoted):
            event = _event(context, sentence, predicate)
            if event is not None:
                events.append(event)
        _remember_names(context, sentence)
    events = date_nonfinite_by_head(doc, date_by_story_day(doc, events, published, published_basis, times))
    events = without_repeated_nouns(context, events)
    add_coreferent_words(context, events)
    return events


def _remember_names(context: ArticleContext, sentence: Span) -> None:
    """Who "he said", "it announced" and "the company said" refer to when their sentence names
    nobody of that kind: who was named in the sentences before it."""
    for root, index in context.names_in(sentence):
        context.salience.add(index, context.doc[root].dep_ in SUBJECTS)


def _event(context: ArticleContext, sentence: Span, predicate: Token) -> EventMention | None:
    """The event at ``predicate``, or None if it has no participant or is no event."""
    kind, carried = event_type(predicate)
    own = clause_tokens(predicate)
    content = content_tokens(predicate, own)
    subject = subject_of(predicate) if predicate.pos_ != "NOUN" else _possessive_pronoun(predicate)
    antecedent = antecedent_of(context, subject, sentence) if subject is not None else None
    roles = participants(context, predicate, own, content, subject, antecedent)
    # A noun that names a happening where it stands ("after the earthquake") needs no one named,
    # nor does a happening of someone described ("a deputy was shot").
    standalone = names_happening(predicate)
    if _is_state(subject, kind, antecedent) or not (
        roles or standalone or _described_happening(predicate, kind)
    ):
        return None
    copula = is_copula_noun(predicate)
    time = attached_time(context, predicate, own, copula)
    if standalone and not (roles or time is not None or is_determined(predicate)):
        # "after heavy declines", "since iPhone development": a kind of happening, not one.
        return None
    if not standalone and _is_setting(predicate, time, roles):
        return None
    if _describes_product(context, predicate, subject, antecedent, time):
        return None
    kind = sensible_type(kind, predicate, place_roots(context))
    speaker = None if predicate.pos_ == "NOUN" else speaker_of(context, predicate)
    modality = modality_of(predicate, reported=speaker is not None)
    if not is_happening(predicate, modality, dated=time is not None):
        return None
    tense = event_tense(predicate, copula, modality, kind, headline=sentence.start == 0)
    quote = statement_quote(sentence, content) if kind == "statement" else None
    agent = next((context.entities[role.mention].text for role in roles if role.role == "agent"), None)
    # What the event is about: for reported speech, what was said, not where it was said.
    about = content if kind == "statement" and content else own | content
    return EventMention(
        article=context.article,
        trigger=predicate.text,
        lemma=predicate.lemma_.lower(),
        type=kind,
        label=_label(predicate, agent, own, content, quote),
        modality=modality,
        tense=tense,
        roles=roles,
        source=Source(
            context.article,
            sentence.text.strip(),
            sentence.start_char,
            sentence.start_char + len(sentence.text.rstrip()),
        ),
        time=time,
        date=sentence_date(context, sentence, predicate, time, content, tense, modality),
        keywords=event_keywords(sentence, predicate, about),
        quote=quote,
        speaker=speaker,
        trigger_start=predicate.idx,
        noun_start=carried.idx if carried is not None else None,
    )


def _possessive_pronoun(noun: Token) -> Token | None:
    """'The House concluded its third hearing': whose a happening is, told by a pronoun, names
    its doer as a subject does. Beside a subject that is no name ("the hostages suffered from
    their ordeal") the pronoun is that subject's, which no entity stands for."""
    pronoun = next(
        (child for child in noun.children if child.dep_ == "poss" and child.lower_ in PRONOUNS), None
    )
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if pronoun is None or subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_:
        return None
    return pronoun


def _described_happening(predicate: Token, kind: str) -> bool:
    """'A sheriff's deputy was shot', 'the gunman was arrested': a happening of a specific kind
    (``kind``: an attack...), or of a verb whose senses are mostly doings (WordNet's,
    :data:`HAPPENING_VERBS`: "arrest", "flee"), told in the past whose subject is described,
    not named, keeps its event. Not so a verb of the mind, the senses or speech ("another
    study found": findings as often as not), of being or having ("the town had a mayor"), a
    progressive ("the victim was carrying a bag"), a bare noun ("prices rose": generic), or a
    pronoun the text names no one for ("we took a big swing"). WordNet's doings still hold
    states it does not tell apart ("the suspect wore a black hoodie")."""
    if predicate.pos_ != "VERB" or kind == "statement":
        return False
    lemma = predicate.lemma_.lower()
    if kind == "other" and (lemma not in HAPPENING_VERBS or lemma in NOT_EVENTS):
        return False
    told, described = predicate, _SUBJECTS_DESCRIBED
    if _participle_clause(predicate):
        # "an earthquake hit Iran, killing three people": told in its verb's tense, of what
        # it did to someone described.
        told, described = _participle_head(predicate), ("dobj",)
    verb = read_verb(told)
    # "The victim was carrying a bag": a progressive sets the scene of a happening.
    progressive = told.tag_ == "VBG" and "be" in verb.auxiliaries
    # A headline tells what happened in the simple present: "First A380 enters service".
    headline = told.sent.start == 0 and verb.present
    return (
        (verb.past or verb.perfect or headline)
        and not progressive
        and any(
            child.dep_ in described
            and child.pos_ == "NOUN"
            and any(word.dep_ in _SPECIFIERS for word in child.children)
            for child in predicate.children
        )
    )


def _participle_clause(predicate: Token) -> bool:
    """A present participle that adds a clause to a verb, with no subject of its own."""
    return (
        predicate.tag_ == "VBG"
        and predicate.dep_ in ("advcl", "conj")
        and not any(child.dep_ in SUBJECTS for child in predicate.children)
        and _participle_head(predicate).pos_ in ("VERB", "AUX")
    )


def _participle_head(predicate: Token) -> Token:
    """The verb a participle clause hangs from, past the participles joined to it."""
    head = predicate.head
    while head.tag_ == "VBG" and head.dep_ in ("advcl", "conj") and head.head.i != head.i:
        head = head.head
    return head


def _label(predicate: Token, agent: str | None, own: set[int], content: set[int], quote: str | None) -> str:
    """The event's label; a participle clause's is its verb's clause with it, so that it reads
    as a sentence: "The gunman opened fire on Monday, wounding two officers"."""
    if predicate.pos_ == "VERB" and _participle_clause(predicate):
        head = _participle_head(predicate)
        head_own = clause_tokens(head)
        return event_label(head, agent, head_own | own, content_tokens(head, head_own), None)
    return event_label(predicate, agent, own, content, quote)


def _is_state(subject: Token | None, kind: str, antecedent: int | None) -> bool:
    """'it costs', 'this shows', 'there came': a verb of no type whose subject names no one."""
    return (
        subject is not None and subject.lower_ in STATIVE_SUBJECTS and kind == "other" and antecedent is None
    )


def _describes_product(
    context: ArticleContext,
    predicate: Token,
    subject: Token | None,
    antecedent: int | None,
    time: TimeMention | None,
) -> bool:
    """'they still feature up to 5 hours of battery life', 'the Switch gives up the dock', 'the
    car will come with side mirrors': what a product does, in the present or the future and at
    no time of its own, is what it is, its description, not a happening. A headline's present
    ("iPad Pro drops to $799") tells news, and so does a product's past ("the phone went on
    sale on Friday")."""
    if subject is None or time is not None or predicate.sent.start == 0 or predicate.pos_ != "VERB":
        return False
    if TYPE_OF.get(predicate.lemma_.lower()) == "statement":
        return False
    verb = read_verb(predicate)
    if verb.past or not (verb.present or verb.modal in ("will", "'ll", "’ll")):
        return False
    # "has been named the Worldliner", "is aimed at": done to it, not what it does.
    if verb.passive or verb.auxiliaries & {"have", "be"}:
        return False
    return _a_product(context, subject, antecedent)


def _a_product(context: ArticleContext, subject: Token, antecedent: int | None) -> bool:
    if antecedent is not None and subject.lower_ in PRONOUNS:
        return context.entities[antecedent].type == "PRODUCT"
    if subject.ent_type_ == "PRODUCT" or subject.lemma_.lower() in PRODUCT_DESCRIPTIONS:
        return True
    return antecedent is not None and context.entities[antecedent].type == "PRODUCT"


def _is_setting(predicate: Token, time: TimeMention | None, roles: list[Role]) -> bool:
    """'at a press conference', 'talks with NATO': a noun with neither a doer nor a date of its
    own is the setting of its sentence's event, not an event a reader would list."""
    return predicate.pos_ == "NOUN" and time is None and not any(role.role == "agent" for role in roles)
