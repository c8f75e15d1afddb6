"""Weeks and weekdays read in context: "Week 13" of a season, a weekday after "said"."""

from datetime import date

from graphbuild import nlp
from graphbuild.timex import find_times


def test_a_week_of_a_season_is_not_a_week_of_the_year():
    doc = next(nlp.parse(nlp.load(None), ["The Chiefs beat the Bills in Week 13."]))
    (week,) = find_times(doc, None)
    assert week.text == "Week 13" and week.date.start is None


def test_a_weekday_after_a_past_report_verb_is_in_the_past():
    doc = next(nlp.parse(nlp.load(None), ["Apple said on Monday it will hold an event on Friday."]))
    monday, friday = find_times(doc, date(2023, 2, 1))
    assert (str(monday.date.start), str(friday.date.start)) == ("2023-01-30", "2023-02-03")


def test_a_planned_event_is_never_dated_as_if_it_had_happened(events_of):
    # A 2019 article: the mission's launch is yet to come, whatever day the plan was told.
    text = (
        "NASA plans to launch its Dragonfly mission to Saturn's moon Titan, the agency said on Thursday. "
        "Boeing is expected to deliver the first jet to Qantas."
    )
    events = {event.trigger: event for event in events_of(text, published="2019-06-28")}
    for trigger in ("launch", "deliver"):
        assert events[trigger].modality == "planned" and not events[trigger].date.is_resolved


def test_a_planned_event_takes_the_future_date_the_text_gives(events_of):
    text = "The European Space Agency will launch its Jupiter probe in 2022. It was built in Toulouse."
    (launch,) = [event for event in events_of(text, published="2019-06-28") if event.trigger == "launch"]
    assert launch.modality == "planned" and launch.date.value == "2022"


def test_the_story_day_is_the_first_day_the_article_names_in_the_week_before(events_of):
    # Published on a Monday: Sunday is the story's day, though the first dated event is Saturday's.
    text = (
        "Sunday was chosen for the ceremony in Everett. Boeing had announced the date on Saturday. "
        "Boeing unveiled the 787 Dreamliner before 15,000 guests, Scott Carson said."
    )
    events = {event.trigger: event for event in events_of(text, published="2007-07-09")}
    assert events["announced"].date.value == "2007-07-07"
    assert events["unveiled"].date.value == "2007-07-08"


def test_a_perfect_is_done_by_the_story_day_not_on_it(events_of):
    # Published on a Monday: Sunday's game is the story; the streak and the earlier meetings are not.
    text = (
        "The Hornets beat the Falcons 3-1 in Leeds on Sunday. Maya Berg scored twice. "
        "The Hornets have won four games in a row. They had lost every meeting with the Falcons since 2015."
    )
    events = {event.trigger: event for event in events_of(text, published="2021-03-08")}
    assert events["scored"].date.value == "2021-03-07"
    for trigger in ("won", "lost"):
        assert events[trigger].date.basis == "on or before publication date"


def test_a_perfect_in_the_lead_is_the_story_days_news(events_of):
    text = (
        "Two climbers have been rescued from Mont Blanc. "
        "Guides reached them on Sunday after a night on the ridge, the police said."
    )
    events = {event.trigger: event for event in events_of(text, published="2021-03-08")}
    rescued = events["rescued"].date
    assert (rescued.value, rescued.basis) == ("2021-03-07", "day of the article's story")


def test_what_lasted_a_stretch_is_not_dated_by_the_report(events_of):
    text = (
        "Maria Lopez worked for Siemens in Munich for a decade. "
        "Siemens dismissed Maria Lopez in Munich, the company said."
    )
    events = {event.trigger: event for event in events_of(text, published="2021-05-04")}
    assert not events["worked"].date.is_resolved
    assert events["dismissed"].date.value == "2021-05-04"


def test_a_participle_takes_its_heads_date_over_the_report(events_of):
    # The story's day is Friday; "acknowledged" is told on it, and so is what it hangs with.
    text = (
        "Google showed the Pixel phone in Berlin on Friday. "
        "Jane Smith acknowledged problems with the Pixel battery, saying Google would fix them."
    )
    events = {event.trigger: event for event in events_of(text, published="2023-02-06")}
    assert events["saying"].date.value == events["acknowledged"].date.value == "2023-02-03"
