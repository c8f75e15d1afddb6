"""Nouns that name a happening on their own (graphbuild.events.nominals)."""

from datetime import date

from graphbuild.events.derivation import is_agent_noun, verb_of


def _triggers(events_of, *texts: str) -> set[str]:
    """The triggers, in lower case, of the events of each text built alone."""
    return {event.trigger.lower() for text in texts for event in events_of(text, published="2024-07-08")}


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


def test_a_noun_of_an_event_after_a_verbs_preposition_is_a_happening(events_of):
    # "accident" is made from no verb: WordNet's senses of it make it a happening.
    events = events_of(
        "Three hikers were injured in an accident near Zermatt on Sunday.", published="2024-07-08"
    )
    assert "accident" in {event.trigger.lower() for event in events}


def test_a_noun_of_an_event_under_another_noun_or_as_a_preposition_is_none(events_of):
    triggers = _triggers(
        events_of,
        "The report on the accident was published on Monday.",
        "In the wake of the eruption, airlines cancelled 300 flights on Monday.",
        "The factory closed last year as a result of the fire.",
        "The spokesman said in a tweet that the plant had closed.",
    )
    assert not triggers & {"accident", "wake", "result", "tweet"}


def test_a_noun_of_an_act_made_from_a_verb_after_its_preposition_or_as_its_object(events_of):
    # "robbery" and "election": WordNet's senses of them are mostly acts, and a verb makes
    # them; "party" (a group, mostly) is none, wherever it stands.
    triggers = _triggers(
        events_of,
        "Two brothers were arrested for the robbery at a bank in Lyon in 2021.",
        "The opposition boycotted the election in Leeds on Thursday.",
        "The mayor attended the party in Leeds on Thursday.",
    )
    assert {"robbery", "election"} <= triggers
    assert "party" not in triggers


def test_an_object_put_off_or_only_in_mind_and_an_acts_setting_are_no_happenings(events_of):
    triggers = _triggers(
        events_of,
        "Officials cancelled the election in Leeds on Thursday.",
        "Villagers feared an attack on Thursday.",
        "The man denied the murder in court last year.",
        "Two workers were injured in the process last week.",
    )
    assert not triggers & {"election", "attack", "murder", "process"}


def test_an_object_a_light_verb_carries_or_one_of_a_measure_is_no_happening_of_its_own(events_of):
    triggers = _triggers(
        events_of,
        "The talks took a more personal turn on Thursday.",
        "The strike unleashed a wave of protests across Chile last year.",
    )
    assert not triggers & {"turn", "wave"}


def test_a_noun_of_an_event_as_a_subject_only_with_a_verb_of_harm(events_of):
    # "earthquake" shook a town: a happening's doing; "results" reflected a rise: no happening.
    text = "A strong earthquake shook the town of Bam on Sunday."
    shook = events_of(text, published="2024-07-08")
    assert any(start == text.index("earthquake") for event in shook for _, start in event.triggers)
    results = events_of(
        "Acme said on Monday that the quarterly results reflected higher sales.", published="2024-07-08"
    )
    assert "results" not in {event.trigger.lower() for event in results}


def test_which_words_wordnet_calls_happenings():
    from graphbuild.events.happening_words import ACT_NOUNS, HAPPENING_NOUNS, HAPPENING_VERBS

    assert {"accident", "earthquake", "ceremony", "crash"} <= HAPPENING_NOUNS
    assert not {"case", "report", "policy", "meeting", "effort", "role"} & HAPPENING_NOUNS
    assert {"murder", "election", "robbery", "arrest"} <= ACT_NOUNS
    assert not {"party", "round", "report"} & ACT_NOUNS
    assert {"arrest", "flee", "kill", "sell"} <= HAPPENING_VERBS
    assert not {"know", "find", "fear", "say", "seem"} & HAPPENING_VERBS


def test_nouns_made_from_verbs():
    verbs = {"rob", "investigate", "die", "shoot", "attack"}
    assert [verb_of(n, verbs) for n in ("robbery", "investigation", "death", "shooting", "attack")] == [
        "rob", "investigate", "die", "shoot", "attack",
    ]  # fmt: skip
    assert verb_of("earthquake", verbs) is None
    assert is_agent_noun("robber", verbs) and not is_agent_noun("robbery", verbs)


def _mentions(text: str):
    """The event mentions of one article, before merging (where a repeated noun would merge
    anyway), with the article's entity mentions."""
    from graphbuild.analysis import analyse_batch
    from graphbuild.model import Article

    (analysis,) = analyse_batch([Article("art-1", "a.txt", text, published=date(2023, 2, 3))], None)
    return analysis.events, analysis.entities


def test_a_noun_that_repeats_a_verbs_happening_is_one_more_word_for_it():
    # "launch" tells again what "launched" told: a word of that event, not a second event.
    text = "Apple launched the iTunes store in 2003. Five years after its launch, the store passed Wal-Mart."
    events, _ = _mentions(text)
    assert "launch" not in {event.trigger for event in events}
    launched = next(event for event in events if event.trigger == "launched")
    assert (text.index("launch,"), "launch") in launched.coreferent


def test_a_name_owning_another_thing_takes_no_part_in_a_nouns_happening():
    # Boeing owns the plant the flight left from: it is no participant of the flight.
    events, entities = _mentions(
        "The jet landed in Seattle after a long flight from Boeing's plant in Texas."
    )
    flight = next(event for event in events if event.trigger == "flight")
    assert "Boeing" not in {entities[role.mention].text for role in flight.roles}


def test_a_bare_noun_names_a_kind_of_happening_not_one(events_of):
    # "robberies", "declines": no determiner, no one named, no date: not one happening.
    assert not any(
        event.trigger.lower() in ("robberies", "declines")
        for text in (
            "Two men were arrested after robberies.",
            "The bank cut jobs amid heavy declines in revenues.",
        )
        for event in events_of(text)
    )
    assert not events_of("Elections are costly.")


def test_a_happening_noun_reads_as_the_clause_it_stands_in(events_of):
    labels = {
        event.trigger.lower(): event.label
        for text in (
            "Two men were arrested following the robbery at a petrol station in Leeds.",
            "During the keynote, Jobs demoed the new phone.",
            "Five years after its launch, the service passed Wal-Mart in music sales.",
        )
        for event in events_of(text)
    }
    assert labels["robbery"] == "Two men were arrested following the robbery"
    # What the verb acts on stays when it is short ("the new phone", "Wal-Mart").
    assert labels["keynote"] == "During the keynote, Jobs demoed the new phone"
    assert labels["launch"] == "Five years after its launch, the service passed Wal-Mart"


def test_a_noun_in_y_is_made_from_a_verb_in_er_or_ure_only():
    verbs = {"deliver", "injure", "police", "arm", "count"}
    assert [verb_of(noun, verbs) for noun in ("delivery", "injury", "policy", "army", "county")] == [
        "deliver", "injure", None, None, None,
    ]  # fmt: skip


def test_a_describing_participle_is_told_in_the_tense_of_its_clause(events_of):
    # "paid ... before an indictment" describes what a law covers in general: no indictment.
    # (A first sentence, as a headline is read as one that tells what happened.)
    general = events_of(
        "Lawyers in Ohio are worried. The law covers fees paid to lawyers before an indictment."
    )
    assert "indictment" not in {event.trigger.lower() for event in general}
    told = events_of(
        "Police in Leeds spoke. Officers found the car used during the robbery in Leeds on Monday."
    )
    assert "robbery" in {event.trigger.lower() for event in told}


def test_what_a_noun_of_possibility_is_of_did_not_happen(events_of):
    # "the chance of a bankruptcy": no bankruptcy took place.
    events = events_of("Analysts in London spoke. They saw the chance of a Ford bankruptcy last year.")
    assert "bankruptcy" not in {event.trigger.lower() for event in events}


def test_a_name_under_a_verb_below_an_event_noun_is_that_verbs():
    # Boeing is who the jets were to be bought from, not a participant of the protest.
    events, entities = _mentions(
        "Police arrested two men after a protest last week against plans to buy jets from Boeing."
    )
    protest = next(event for event in events if event.trigger == "protest")
    assert "Boeing" not in {entities[role.mention].text for role in protest.roles}


def test_a_headline_drops_its_articles_but_a_bare_plural_is_still_a_kind(events_of):
    headline = "Leeds police probe murder at depot. Detectives in Leeds searched the yard on Monday."
    assert "murder" in _triggers(events_of, headline)
    body = "Detectives in Leeds searched the yard on Monday. Leeds police probed murders at the depot."
    assert "murders" not in _triggers(events_of, body)


def test_a_possessive_pronoun_names_the_doer_of_an_event_noun(events_of):
    events = events_of(
        "The House Intelligence Committee concluded its third hearing on Tuesday. "
        "The hostages in Kabul had suffered from their ordeal, Ashraf Ghani said.",
        published="2019-11-20",
    )
    by_trigger = {event.trigger: event for event in events}
    assert [p.name for p in by_trigger["hearing"].participants] == ["House Intelligence Committee"]
    # "their" is the hostages', whom no name stands for.
    assert "ordeal" not in by_trigger or not by_trigger["ordeal"].participants
