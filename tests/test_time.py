"""The time stage on real sentences, parsed by the real model, against a publication date."""

from datetime import date

import pytest

from graphbuild import nlp
from graphbuild.timex import find_times, normalise

FRIDAY = date(2023, 2, 3)  # the seeds' publication date


@pytest.fixture(scope="module")
def times():
    pipeline = nlp.load()

    def found(text, dct=FRIDAY):
        return [(m.text, m.date.value, m.date.type) for m in find_times(pipeline(text), dct)]

    return found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Volodymyr Zelensky said on Feb. 3 that Ukraine will not surrender Bakhmut.",
            ("Feb. 3", "2023-02-03"),
        ),
        ("President Volodymyr Zelensky vowed Friday that Ukrainians will fight.", ("Friday", "2023-02-03")),
        (
            "New battle tanks pledged by NATO nations last week would serve as an iron fist.",
            ("last week", "2023-W04"),
        ),
        (
            "Moscow wants the rest of Donetsk province, one of four it claimed to have unilaterally "
            "annexed last year.",
            ("last year", "2022"),
        ),
        ("We will remove the occupiers from the Donbas, which was occupied since 2014.", ("2014", "2014")),
        ("The Kremlin was gearing up for a new offensive in the coming weeks.", ("the coming weeks", "PXW")),
        (
            "Leaders travelled to Kyiv as the first anniversary of Russia's Feb. 24 invasion looms.",
            ("Feb. 24", "2022-02-24"),
        ),
    ],
)
def test_seed_sentences(times, sentence, expected):
    assert expected in [(text, value) for text, value, _ in times(sentence)]


def test_last_year_is_the_whole_year():
    value = normalise("last year", FRIDAY, "past")
    assert (value.start, value.end, value.granularity) == (date(2022, 1, 1), date(2022, 12, 31), "year")


def test_what_spacy_misses_is_found(times):
    found = times(
        "Sales are now rising, and the two-year plan, revised in the third-quarter report, starts soon."
    )
    assert ("now", "PRESENT_REF", "DATE") in found
    assert ("two-year", "P2Y", "DURATION") in found
    assert ("third-quarter", "2022-Q3", "DATE") in found


def test_an_age_is_not_a_duration(times):
    assert times("The 6-year-old boy was found unharmed.") == []


def test_ranges_yield_their_ends(times):
    values = [value for _, value, _ in times("Output rose sharply between 1994 and 1997, the company said.")]
    assert values == ["1994", "1997"]


def test_times_of_day(times):
    assert ("10:35 a.m.", "2023-02-03T10:35", "TIME") in times(
        "The blast came at about 10:35 a.m. on Friday."
    )
    assert ("this morning", "2023-02-03TMO", "TIME") in times("Sirens sounded in Kyiv this morning.")
    assert ("Thursday evening", "2023-02-02TEV", "TIME") in times("The talks ended on Thursday evening.")


def test_durations_and_vague_stretches():
    assert normalise("thirty minutes", FRIDAY).value == "PT30M"
    assert normalise("a three-year period", FRIDAY).value == "P3Y"
    assert normalise("the past decade", FRIDAY).value == "P10Y"
    assert normalise("recent years", FRIDAY).value == "PXY"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 1/2 hours", "PT5H30M"),
        ("2 1/2 years", "P2Y6M"),
        ("two and a half years", "P2Y6M"),
        ("a minute and a half", "PT1M30S"),
        ("half an hour", "PT30M"),
        ("1 1/2 days", "P1DT12H"),
        ("3.5 weeks", "P3.5W"),
        ("two decades", "P20Y"),
        ("six quarters", "P18M"),
    ],
)
def test_fractions_are_counted_in_the_next_smaller_unit(text, value):
    assert normalise(text, FRIDAY).value == value


def test_stretches_counted_in_hours_reach_back_whole_days_only():
    # These raised KeyError before: hours and minutes had no calendar shift.
    assert normalise("the past 24 hours", FRIDAY).value == "PT24H"
    assert normalise("the past 24 hours", FRIDAY).start == date(2023, 2, 2)
    assert normalise("the last 30 minutes", FRIDAY).start == FRIDAY
    assert normalise("the last twenty four hours", FRIDAY).value == "PT24H"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("June last year", "2022-06"),
        ("January this year", "2023-01"),
        ("a couple of years", "P2Y"),
        ("eight trading days", "P8D"),
        ("a week or so ago", "2023-W04"),
        ("January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("each Thursday", "XXXX-WXX-4"),
        ("every July", "XXXX-07"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_more_named_and_counted_times(text, value):
    assert normalise(text, FRIDAY).value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This move comes barely a month after the cuts.", ("a month", "P1M")),
        ("The appeal could take as long as a month.", ("a month", "P1M")),
        ("Shares were bought under an Aug. 10, 1988, agreement.", ("Aug. 10, 1988", "1988-08-10")),
    ],
)
def test_words_around_a_duration_or_date_stay_outside_it(times, sentence, expected):
    assert expected in [(text, value) for text, value, _ in times(sentence)]


def test_that_day_after_a_year_names_no_day(times):
    found = times("The crash came in 1987. Dealers lost on trades made that day.")
    assert not [value for text, value, _ in found if text == "that day" and value]


def test_every_named_day_is_a_set(times):
    found = times("Flights leave on Tuesday nights, and a third leaves each Thursday and every July.")
    assert ("Tuesday nights", "XXXX-WXX-2TNI", "SET") in found
    assert ("each Thursday", "XXXX-WXX-4", "SET") in found
    assert ("every July", "XXXX-07", "SET") in found


def test_a_half_that_spacy_takes_for_a_number_is_a_duration(times):
    assert ("5 1/2 hours", "PT5H30M", "DURATION") in times("Talks took 5 1/2 hours on Friday.")


def test_the_quarter_in_a_report_is_the_last_one_before_publication():
    assert normalise("the quarter", date(1989, 10, 27)).value == "1989-Q3"
    # The quarter being reported in October is the third; its year-ago twin is 1988's.
    assert normalise("the year-ago quarter", date(1989, 10, 27)).value == "1988-Q3"


def test_dateparser_is_never_asked_to_guess_from_bare_numbers():
    for text in ("six", "27-year", "49"):
        assert normalise(text, FRIDAY).value in (None, "P27Y")


def test_without_publication_date_nothing_is_resolved_against_today(times):
    found = times("He said on Friday that the talks of last week failed.", dct=None)
    assert found == [("Friday", "XXXX-XX-XX", "DATE"), ("last week", "XXXX-WXX", "DATE")]


def test_direction_comes_from_the_dates_own_clause(times):
    report = "The company declared a dividend payable Dec. 7 and said the offer will expire Nov. 6."
    found = times(report, dct=date(1989, 10, 27))
    assert ("Dec. 7", "1989-12-07", "DATE") in found
    assert ("Nov. 6", "1989-11-06", "DATE") in found
    assert ("Tuesday", "1989-10-24", "DATE") in times("Talks collapsed on Tuesday.", dct=date(1989, 10, 27))


def test_dates_inherited_from_an_earlier_date_in_the_text():
    pipeline = nlp.load()
    text = (
        "Profit rose in the third quarter. A year earlier, the company lost money. Three days later it sold."
    )
    mentions = find_times(pipeline(text), date(1989, 10, 27))
    by_text = {m.text: m.date for m in mentions}
    assert by_text["A year earlier"].value == "1988-Q3"
    assert by_text["A year earlier"].basis == "relative to an earlier date in the text"
    signed = find_times(pipeline("The deal was signed on Nov. 8, 2005. Three days later it collapsed."), None)
    assert [(m.text, m.date.value) for m in signed] == [
        ("Nov. 8, 2005", "2005-11-08"),
        ("Three days later", "2005-11-11"),
    ]


def test_spelled_years_weekends_and_frequencies(times):
    assert normalise("nineteen ninety-seven", FRIDAY).value == "1997"
    assert normalise("the year two thousand", FRIDAY).value == "2000"
    assert normalise("the nineties", FRIDAY).value == "199X"
    assert normalise("the weekend", FRIDAY, "past").value == "2023-W04-WE"
    assert ("daily", "P1D", "SET") in times("The ministry publishes casualty figures daily.")


REPORT_DAY = date(1989, 10, 30)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An end point after "to", "until", "through" or "by" may lie after publication.
        ("The partners extended to Nov. 20 their offer for the shares.", ("Nov. 20", "1989-11-20")),
        ("The bank has extended loans through January.", ("January", "1990-01")),
        ("It would continue past the Nov. 1 deadline.", ("the Nov. 1", "1989-11-01")),
        # Without a verb, a weekday has gone by; with a present-tense one, it is the nearest.
        ("The premium is 24% over Thursday's closing price.", ("Thursday", "1989-10-26")),
        ("He and Arafat meet separately Wednesday with Albright.", ("Wednesday", "1989-11-01")),
        # What is set or scheduled may come either side of publication.
        ("Dunkin' has set Nov. 10 as the deadline for bids.", ("Nov. 10", "1989-11-10")),
        # A future verb decides for an end point and for a noun it governs, not for a possessive.
        ("Qantas will double its flights by August.", ("August", "1990-08")),
        ("Collins will be named commander for a mission in April.", ("April", "1990-04")),
        ("They would look for ways to get around Wednesday's ruling.", ("Wednesday", "1989-10-25")),
        # A participle with a subject of its own is a simple past the tagger got wrong.
        ("Analysts praised the phone Apple released in December.", ("December", "1988-12")),
        # An infinitive under a past verb is no future: the nearest weekday.
        ("Celebrations were staged to mark its entry into NATO on Friday.", ("Friday", "1989-10-27")),
        # A weekday beside a month-day picks the year.
        ("The vote is set for Sunday, Jan. 7.", ("Sunday, Jan. 7", "1990-01-07")),
        ("Talks will be held April 24 and 25.", ("April 24 and 25", "1990-04-24")),
        ("Negotiations broke off at noon Thursday.", ("noon Thursday", "1989-10-26T12:00")),
        ("The relatives have until 9 a.m. Tuesday to sign.", ("9 a.m. Tuesday", "1989-10-31T09:00")),
        ("He was shot last Oct. 23 at his home.", ("last Oct. 23", "1989-10-23")),
        ("Earnings will be lower for the second half of 1989.", ("the second half of 1989", "1989-H2")),
        ("The case was heard the week of March 6.", ("the week of March 6", "1989-W10")),
        ("Support rose from 35 percent several years ago.", ("several years ago", "PAST_REF")),
        (
            "The unit earned $22 million in the year-ago third quarter.",
            ("the year-ago third quarter", "1988-Q3"),
        ),
        ("Delta earnings soared in the fiscal first quarter.", ("the fiscal first quarter", "1989-Q1")),
    ],
)
def test_dates_without_a_year(times, sentence, expected):
    assert expected in [(text, value) for text, value, _ in times(sentence, dct=REPORT_DAY)]


def test_a_future_day_just_before_publication_is_not_next_years(times):
    found = times("The agency will have to return the child by Jan. 14.", dct=date(2000, 1, 15))
    assert ("Jan. 14", "2000-01-14", "DATE") in found


def test_a_year_ending_on_a_day_is_twelve_months_not_a_calendar_year(times):
    found = times("Revenue was $76 million for the year ended March 31.", dct=REPORT_DAY)
    assert ("the year", "P1Y", "DURATION") in found
    assert ("March 31", "1989-03-31", "DATE") in found


def test_a_part_of_the_day_belongs_to_the_day_just_named(times):
    found = times("Hopes were dashed Friday. Dealers placed heavy orders in the morning.", dct=REPORT_DAY)
    assert ("the morning", "1989-10-27TMO", "TIME") in found


def test_the_year_of_a_period_follows_the_quarter_before_it(times):
    found = times("Profit rose in the third quarter. In the 1988 quarter, it lost money.", dct=REPORT_DAY)
    assert ("the 1988 quarter", "1988-Q3", "DATE") in found


def test_a_year_ago_period_is_that_of_the_quarter_reported_not_of_a_day_or_a_forecast(times):
    found = times(
        "It lost $92 million for the quarter ended Sept. 30. It earned $10 million in the year-ago "
        "quarter. The year-ago results were restated. Losses will last through the third quarter of "
        "1990. In the year-ago period, it earned $5 million.",
        dct=REPORT_DAY,
    )
    assert ("the year-ago quarter", "1988-Q3", "DATE") in found
    assert ("year-ago", "1988-Q3", "DATE") in found
    assert ("the third quarter of 1990", "1990-Q3", "DATE") in found
    assert [value for text, value, _ in found if text.startswith("the year-ago")] == ["1988-Q3"]
    assert [value for text, value, _ in found if "period" in text] == ["1988-Q3"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profit rose in this year's third quarter.", ("this year's third quarter", "1989-Q3")),
        ("Net income in next year's first quarter will rise.", ("next year's first quarter", "1990-Q1")),
        (
            "Profit rose in the third quarter. It fell from last year's quarter.",
            ("last year's quarter", "1988-Q3"),
        ),
        ("Profit rose in the third quarter. In the 1989 period, sales rose.", ("the 1989 period", "1989-Q3")),
        (
            "Profit rose in the third quarter from the quarter a year ago.",
            ("the quarter a year ago", "1988-Q3"),
        ),
        ("Net rose 5% in the most recent quarter.", ("the most recent quarter", "1989-Q3")),
    ],
)
def test_quarters_named_by_their_year(times, sentence, expected):
    assert expected in [(text, value) for text, value, _ in times(sentence, dct=REPORT_DAY)]


def test_stray_numbers_are_not_years():
    assert normalise("April 24 and 25", REPORT_DAY).end == date(1989, 4, 25)
    assert normalise("1988 days", REPORT_DAY).value in (None, "1988")


def test_holidays_and_sets(times):
    found = times("Elian was found Thanksgiving Day, and his relatives pray every day.", dct=date(2000, 1, 7))
    assert ("Thanksgiving Day", "1999-11-25", "DATE") in found
    assert ("every day", "P1D", "SET") in found
    assert normalise("Christmas Eve", date(2000, 1, 7), "past").value == "1999-12-24"


def test_a_clock_time_takes_the_day_named_in_its_sentence(times):
    found = times("The plane made its first flight Tuesday in Everett at 18:00 UTC.", dct=date(2009, 12, 16))
    assert [value for _, value, kind in found if kind == "TIME"][0].startswith("2009-12-15T18:00")


def test_the_latest_period_of_an_earnings_report_is_the_quarter_reported(times):
    assert ("the latest period", "1989-Q3", "DATE") in times("Sales rose in the latest period.", REPORT_DAY)
