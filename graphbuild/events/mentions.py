"""One article's event mentions: each trigger of each sentence read, step by step, into an
:class:`~graphbuild.model.EventMention` (type, participants, time, tense, modality, date,
label), then dated across the article."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from graphbuild.events.clauses import SUBJECTS, clause_tokens, content_tokens, subject_of
from graphbuild.events.context import ArticleContext
from graphbuild.events.dating import attached_time, date_by_story_day, date_nonfinite_by_head, sentence_date
from graphbuild.events.labels import event_keywords, event_label, statement_quote
from graphbuild.events.modality import modality_of
from graphbuild.events.nouns import is_event_noun
from graphbuild.events.reference import antecedent_of, speaker_of
from graphbuild.events.roles import participants, with_subject
from graphbuild.events.senses import place_roots, sensible_type
from graphbuild.events.tense import event_tense
from graphbuild.events.triggers import event_type, find_triggers, is_copula_noun, quoted_characters
from graphbuild.events.words import EVENT_NOUNS, STATIVE_SUBJECTS
from graphbuild.model import Basis, EntityMention, EventMention, Role, Source, TimeMention

__all__ = ["find_events"]

# The dependents that make a participant of a verb: its subject or object.
_PARTICIPANTS = {"nsubj", "nsubjpass", "dobj"}


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
    return date_nonfinite_by_head(doc, date_by_story_day(events, published, published_basis, times))


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
    subject = subject_of(predicate)
    antecedent = antecedent_of(context, subject, sentence) if subject is not None else None
    roles = with_subject(participants(context, predicate, own, content), subject, antecedent)
    if (not roles and not _happening(predicate)) or _is_state(subject, kind, antecedent):
        return None
    copula = is_copula_noun(predicate)
    time = attached_time(context, predicate, own, copula)
    if _is_setting(predicate, time, roles):
        return None
    kind = sensible_type(kind, predicate, place_roots(context))
    speaker = None if predicate.pos_ == "NOUN" else speaker_of(context, predicate)
    modality = modality_of(predicate, reported=speaker is not None)
    tense = event_tense(predicate, copula, modality, kind, headline=sentence.start == 0)
    if not roles and not _told_as_fact(predicate, time, tense, modality):
        return None
    quote = statement_quote(sentence, content) if kind == "statement" else None
    agent = next((context.entities[role.mention].text for role in roles if role.role == "agent"), None)
    # What the event is about: for reported speech, what was said, not where it was said.
    about = content if kind == "statement" and content else own | content
    return EventMention(
        article=context.article,
        trigger=predicate.text,
        lemma=predicate.lemma_.lower(),
        type=kind,
        label=event_label(predicate, agent, own, content, quote),
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


def _happening(predicate: Token) -> bool:
    """An event with no named participant that is still a happening: a noun the event-noun
    model reads as one ("the blast"), or a verb with a participant of its own, a common noun
    or a pronoun ("the men were arrested", "they fled"), or describing one ("2 leaders
    arrested in Canada")."""
    if predicate.pos_ == "NOUN":
        return is_event_noun(predicate)
    return (
        predicate.pos_ == "ADJ"
        or predicate.dep_ in ("acl", "relcl")
        or any(
            child.dep_ in _PARTICIPANTS and child.pos_ in ("NOUN", "PRON", "PROPN", "NUM")
            for child in predicate.children
        )
    )


def _told_as_fact(predicate: Token, time: TimeMention | None, tense: str, modality: str) -> bool:
    """An event that names no one is listed only when the text tells it as something that
    happened: asserted or reported, and dated by the text or told in the past ("the men were
    arrested", "after the robbery" under a past verb). Without a name to anchor it, a present
    or a hypothetical is mostly advice, a description or a habit ("it is treated with
    antibiotics", "users can mix ad units"), not news."""
    if modality not in ("asserted", "reported"):
        return False
    if time is not None:
        return True
    if tense in ("past", "perfect"):
        return True
    verb = next((token for token in predicate.ancestors if token.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBD", "VBN")


def _is_state(subject: Token | None, kind: str, antecedent: int | None) -> bool:
    """'it costs', 'this shows', 'there came': a verb of no type whose subject names no one."""
    return (
        subject is not None and subject.lower_ in STATIVE_SUBJECTS and kind == "other" and antecedent is None
    )


def _is_setting(predicate: Token, time: TimeMention | None, roles: list[Role]) -> bool:
    """'at a press conference', 'talks with NATO': a noun with neither a doer nor a date of its
    own is the setting of its sentence's event, not an event a reader would list. A noun only
    the event-noun model finds is an event when it names no one ("after the robbery"): the
    model, trained on general news, finds many nouns that are the story's setting or things
    ("GM's forces", "the Apple store") once a name is attached."""
    if predicate.pos_ != "NOUN":
        return False
    listed = predicate.lower_ in EVENT_NOUNS or predicate.lemma_.lower() in EVENT_NOUNS
    if listed or not is_event_noun(predicate):
        return time is None and not any(role.role == "agent" for role in roles)
    return bool(roles)
