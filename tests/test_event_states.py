"""Only happenings are events: standing relations, possession and habits are not, unless a
date of their own tells when they held."""

import pytest

# A lead sentence first: the first line of an article is its headline, told in the present.
LEAD = "More details were not immediately available. "


def triggers(events_of, sentence: str) -> set[str]:
    return {event.trigger for event in events_of(LEAD + sentence)}


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("ExxonMobil owns the refinery in Baytown.", "owns"),
        ("Microsoft holds a 10% stake in OpenAI.", "holds"),
        ("A consortium led by Airbus won the contract to build tankers.", "led"),
        ("Siemens, based in Munich, makes trains for Deutsche Bahn.", "based"),
        ("Bertelsmann publishes magazines in Germany and France.", "publishes"),
        ("Hamas controls Gaza and most of its border crossings.", "controls"),
        ("Apple is going to open a store in Mumbai.", "going"),
    ],
)
def test_a_state_or_a_habit_is_no_event(events_of, sentence, state):
    assert state not in triggers(events_of, sentence)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # A state with a date of its own is told as a change with its time.
        ("ExxonMobil owned the Baytown refinery until 2019.", "owned"),
        # "hold" with a meeting is a happening.
        ("Iran held talks with the European Union on Monday.", "held"),
        # A headline tells what happened in the present.
    ],
)
def test_a_dated_state_and_a_meeting_held_stay_events(events_of, sentence, event):
    assert event in triggers(events_of, sentence)
