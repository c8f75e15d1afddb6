"""Nouns that name a happening on their own (graphbuild.events.nominals)."""

from graphbuild.events.derivation import is_agent_noun, verb_of


def test_a_noun_after_a_preposition_of_time_is_a_happening(events_of):
    events = events_of("Two men were arrested following the robbery at a petrol station in Leeds.")
    assert "robbery" in {event.trigger.lower() for event in events}


def test_the_doer_of_a_harm_is_a_happening_but_a_person_is_not(events_of):
    # "blaze" (at 4) is another word for the destroying; "Robbers" (at 0) is who did it.
    blaze = events_of("The blaze destroyed a warehouse in Leeds on Monday.")
    assert any(start == 4 for event in blaze for _, start in event.triggers)
    robbers = events_of("Robbers destroyed a warehouse in Leeds on Monday.")
    assert not any(start == 0 for event in robbers for _, start in event.triggers)


def test_what_is_done_in_general_is_no_happening(events_of):
    events = events_of("Doctors in Boston say patients should avoid eating before bed.")
    assert "bed" not in {event.trigger.lower() for event in events}


def test_nouns_made_from_verbs():
    verbs = {"rob", "investigate", "die", "shoot", "attack"}
    assert [verb_of(n, verbs) for n in ("robbery", "investigation", "death", "shooting", "attack")] == [
        "rob", "investigate", "die", "shoot", "attack",
    ]  # fmt: skip
    assert verb_of("earthquake", verbs) is None
    assert is_agent_noun("robber", verbs) and not is_agent_noun("robbery", verbs)
