"""Events a reader would list although no name takes part: event nouns found by the
event-noun model, headline participles, predicate adjectives, common-noun and pronoun
participants. Hand-written sentences, built through the public entry point."""

import pytest

from graphbuild.events import lexicon
from graphbuild.events.nouns import derived_group, is_participle
from graphbuild.model import Article
from graphbuild.options import BuildOptions
from graphbuild.pipeline import build_from

needs_lexicon = pytest.mark.skipif(not lexicon.available(), reason="medium English pipeline not installed")


def triggers(events) -> set[str]:
    return {event.trigger.lower() for event in events}


@needs_lexicon
def test_a_noun_that_names_a_happening_is_an_event(events_of):
    events = events_of("The men were questioned after the robbery at the jewellery shop.")
    assert "robbery" in triggers(events)


@needs_lexicon
def test_a_noun_that_names_a_thing_is_no_event(events_of):
    events = events_of("She bought a new table and two chairs for the kitchen.")
    assert not triggers(events) & {"table", "chairs", "kitchen"}


def test_a_headline_participle_is_an_event():
    # An article as parsed text, headline first (a page's headline line is its title).
    text = "Three smugglers arrested near Dover\nCustoms officers stopped a lorry on Monday."
    result = build_from([Article("a", "a.txt", text)], BuildOptions(cache=None))
    assert "arrested" in {mention.trigger for mention in result.analyses[0].events}


@needs_lexicon
def test_a_predicate_adjective_is_an_event(events_of):
    events = events_of("The jury found the baker guilty of fraud on Monday.")
    assert "guilty" in triggers(events)


def test_an_adjective_of_mood_after_a_copula_is_no_event(events_of):
    events = events_of("The coach was happy with the result.")
    assert "happy" not in triggers(events)


def test_an_event_with_only_a_pronoun_participant_is_kept(events_of):
    events = events_of("They fled across the frozen fields before dawn, leaving their cars behind.")
    assert "fled" in triggers(events)


def test_an_event_with_only_common_noun_participants_is_kept(events_of):
    events = events_of("The two climbers were rescued by a helicopter crew.")
    assert "rescued" in triggers(events)


@needs_lexicon
def test_derivation_from_a_verb_and_participles():
    assert derived_group("arrival") == "al"
    assert derived_group("seizure") == "ure"
    assert derived_group("table") is None
    assert is_participle("unlicensed") and not is_participle("red")


def test_a_bare_participle_that_says_what_a_thing_is_is_no_event(events_of):
    events = events_of("The bakery reported costs associated with the move for the year ended in March.")
    assert not triggers(events) & {"associated", "ended"}


def test_a_participle_with_a_doer_of_its_own_is_an_event(events_of):
    events = events_of("The bakery chain sold the loaves baked by its apprentices to a hotel.")
    assert "baked" in triggers(events)


@needs_lexicon
def test_a_noun_alone_after_a_preposition_is_a_set_phrase(events_of):
    events = events_of("In addition, the ferry company ordered two boats from a Polish yard.")
    assert "addition" not in triggers(events)


def test_an_event_that_names_no_one_is_listed_only_when_told_as_a_fact(events_of):
    # Advice in the present and a hypothetical name no one and tell of no happening.
    events = events_of("The rash is treated with cream. The ferries would sail twice a day.")
    assert not triggers(events) & {"treated", "sail"}
    events = events_of("The two climbers were rescued by a helicopter crew.")
    assert "rescued" in triggers(events)
