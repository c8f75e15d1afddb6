"""Words the parser tags as verbs that tell no event of their own: a noun or adjective misread
as a verb, a participle used as a conjunction, and "do" repeating another verb (issue 18)."""

import pytest

# A lead sentence first: the first line of an article is its headline, told in the present.
LEAD = "More details were not immediately available. "
RABBI = (
    "Instead, she turned to her community rabbi in the Jewish settlement of Efrat "
    "and told him about the plan."
)


def triggers(events_of, sentence: str) -> set[str]:
    return {event.trigger for event in events_of(LEAD + sentence)}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # A noun and an adjective the parser read as verbs: no verb "rabbi" or "unrealize".
        (RABBI, "rabbi"),
        ("Heineken also has unrealized gains in its bond portfolio of more than $40 million.", "unrealized"),
        # A participle joining a ground or a condition, as a conjunction does.
        ("The Lidl results were a bad sign given that the chain has relied on Spain for growth.", "given"),
        ("Greece agreed on Monday to cut pensions provided the European Union lent more money.", "provided"),
        # "do" repeating the verb before it.
        ("Nestle raised its prices in March, as did Unilever.", "did"),
        ("Toyota and Honda say they do so only for dealers, however.", "do"),
    ],
)
def test_what_is_no_verb_of_its_own_is_no_event(events_of, sentence, absent):
    assert absent not in triggers(events_of, sentence)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # A verb with its own particle, one the index lacks with a verb's ending, an irregular
        # form, a verb "un-".
        ("Kenya's treasury plans to dole out $20 million to farmers in Nakuru.", "dole"),
        ("Police rerouted traffic around Leeds after the crash on Monday.", "rerouted"),
        ("Gunmen shot two guards at the bank in Lagos on Friday.", "shot"),
        ("Sony unveiled the new camera in Tokyo on Tuesday.", "unveiled"),
        # The same participles as verbs, with an object or an agent.
        ("Norway provided the aid to Sudan in March.", "provided"),
        # "do" with an object of its own, or its subject before it after "as".
        ("Fiat did the deal with Chrysler in 2009.", "did"),
        ("Nestle raised its prices in March, as Unilever has done in the past.", "done"),
    ],
)
def test_a_verb_as_such_stays(events_of, sentence, event):
    assert event in triggers(events_of, sentence)
