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
