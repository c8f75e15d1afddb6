"""Events from sentences: verbs, verbs that describe a noun, and event nouns."""

import json

import pytest

from graphbuild.events import EVENT_TYPES


def roles(event):
    return {(p.name, p.role) for p in event.participants}


def test_an_event_noun_with_its_doer_and_date_is_an_event(events_of):
    events = events_of(
        "European Council President Charles Michel has traveled to Kyiv to show support for Ukraine "
        "as the first anniversary of Russia's Feb. 24 invasion looms."
    )
    invasion = next(e for e in events if e.trigger == "invasion")
    assert invasion.type == "military action"
    assert invasion.date.value == "2022-02-24"
    assert ("Russia", "agent") in roles(invasion)
    assert invasion.label == "Russia's Feb. 24 invasion"


def test_an_event_noun_that_is_only_a_setting_is_not_an_event(events_of):
    events = events_of(
        "Zelensky said at a press conference in Kyiv that Ukraine would never surrender Bakhmut to Russia."
    )
    assert "said" in [e.trigger for e in events] and "conference" not in [e.trigger for e in events]


def test_an_event_noun_as_a_verbs_object_is_the_verbs_event(events_of):
    events = events_of("Russia launched a full-scale invasion of Ukraine on Feb. 24, 2022.")
    assert "invasion" not in [e.trigger for e in events]


def test_a_verb_describing_a_noun_is_an_event_with_the_passives_doer(events_of):
    events = events_of(
        "Ukraine's defense minister, Oleksii Reznikov, said new battle tanks pledged by NATO nations "
        "last week would serve as an iron fist in the counteroffensive."
    )
    pledge = next(e for e in events if e.trigger == "pledged")
    assert pledge.type == "aid or pledge"
    assert ("NATO", "agent") in roles(pledge)
    assert (pledge.date.value, str(pledge.date.start), str(pledge.date.end)) == (
        "2023-W04",
        "2023-01-23",
        "2023-01-29",
    )
    # The sentence's own words in order (a label once turned it active: "NATO nations pledged").
    assert pledge.label == "New battle tanks pledged by NATO nations last week"


def test_the_noun_a_verb_describes_is_its_patient(events_of):
    events = events_of(
        "Zelensky visited Crimea, seized by Moscow in 2014, for the first time since the war began."
    )
    seized = next(e for e in events if e.trigger == "seized")
    assert seized.date.value == "2014" and seized.type == "capture or loss of territory"
    assert {("Moscow", "agent"), ("Crimea", "patient")} <= roles(seized)


def test_two_events_of_one_sentence_have_their_own_ids(events_of):
    events = events_of(
        "Zelensky met Charles Michel in Kyiv and signed an agreement with the European Union on Friday."
    )
    assert len(events) >= 2
    assert len({event.id for event in events}) == len(events)


def test_reports_in_the_present_or_perfect_are_dated_by_publication(events_of):
    events = events_of(
        "Airbus wins a $15bn order for eighty jets from Qatar Airways.\n\n"
        "Boeing says it must increase the tempo of production. "
        "Airbus has asked that a decision on the project be made before the end of the month. "
        "Boeing will open a new plant in Seattle."
    )
    dates = {e.trigger: (e.date.value, e.date.basis) for e in events}
    for trigger in ("wins", "says", "asked"):
        assert dates[trigger] == ("2023-02-03", "on or before publication date"), trigger
    assert dates["open"][0] is None


def test_past_reports_take_the_day_of_the_story(events_of):
    events = events_of(
        "General Motors filed for bankruptcy protection on Monday, June 1st. "
        "Chief executive Fritz Henderson said the company would emerge leaner. "
        "Henderson stressed that General Motors has a future.",
        published="2009-06-04",
    )
    dates = {e.trigger: (e.date.value, e.date.basis) for e in events}
    assert dates["filed"][0] == "2009-06-01"
    assert dates["said"] == ("2009-06-01", "day of the article's story")
    assert dates["stressed"] == ("2009-06-01", "day of the article's story")


def test_a_story_day_more_than_a_week_old_is_background(events_of):
    events = events_of(
        "Zelensky met CIA Director William Burns in Kyiv on Dec. 21. "
        "Zelensky said Ukraine would hold Bakhmut."
    )
    said = next(e for e in events if e.trigger == "said")
    assert (said.date.value, said.date.basis) == ("2023-02-03", "on or before publication date")


@pytest.mark.parametrize(
    ("text", "published", "trigger", "expected"),
    [
        (
            "Yesterday, at this year's Worldwide Developers Conference, Apple chief Steve Jobs unveiled "
            "the iPhone 4.",
            "2010-06-08",
            "unveiled",
            "2010-06-07",
        ),
        # A stretch up to now is not when it happened.
        ("General Motors has posted its first annual loss since 1992.", "2006-01-27", "posted", "2006-01-27"),
        # A clause hanging from a participant is that participant's.
        (
            "Jobs, born in San Francisco on February 24, 1955, has built the most valuable company.",
            "2011-10-06",
            "built",
            "2011-10-06",
        ),
    ],
)
def test_a_date_inside_a_participant_does_not_date_the_event(events_of, text, published, trigger, expected):
    event = next(e for e in events_of(text, published=published) if e.trigger == trigger)
    assert event.date.value == expected


def test_a_date_in_what_was_said_does_not_undate_the_saying(events_of):
    events = events_of(
        "Ford has said that General Motors lost US$997 million in the third quarter.",
        published="2009-11-03",
    )
    dates = {e.trigger: e.date.value for e in events}
    assert dates["said"] == "2009-11-03"
    assert dates["lost"] == "2009-Q3"


def test_it_and_the_company_refer_back_to_the_last_organisation(events_of):
    events = events_of(
        "General Motors filed for bankruptcy protection on Monday. "
        # (A standing fact, "It currently produces fifteen brands", is no event: a happening here.)
        "It cut 2,000 jobs in Detroit last year. "
        "The company said it would close fourteen plants."
    )
    for trigger in ("cut", "said"):
        event = next(e for e in events if e.trigger == trigger)
        assert ("General Motors", "agent") in roles(event), trigger


def test_an_event_in_reported_speech_keeps_its_speaker(events_of):
    lost = next(
        e for e in events_of("Ford said that General Motors lost US$997 million.") if e.trigger == "lost"
    )
    assert (lost.modality, lost.speaker) == ("reported", "Ford")
    moved = next(
        e
        for e in events_of(
            "Ukraine's defense minister, Oleksii Reznikov, said Russia had moved troops to Bakhmut."
        )
        if e.trigger == "moved"
    )
    assert moved.modality == "reported" and "Reznikov" in moved.speaker
    refusal = events_of("President Volodymyr Zelensky said Ukraine would not surrender Bakhmut to Russia.")
    # What is denied is no happening (issue 18); the statement denying it is one.
    assert "surrender" not in {e.trigger for e in refusal}
    said = next(e for e in refusal if e.trigger == "said")
    assert (said.modality, said.speaker) == ("asserted", None)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A subject of the pronoun's type named earlier in its sentence comes first.
        (
            "Moscow says a major objective is securing the rest of Donetsk province, one of four "
            "regions it annexed last year.",
            "annexed",
            ("Moscow", "agent"),
        ),
        ("GM was given loans by the government after they warned of bankruptcy.", "warned", ("GM", "agent")),
        (
            "Airbus said the A380 landed in Sydney on Monday. It carried 455 passengers.",
            "carried",
            ("A380", "agent"),
        ),
    ],
)
def test_a_pronoun_subject_is_the_entity_it_refers_to(events_of, text, trigger, expected):
    event = next(e for e in events_of(text) if e.trigger == trigger)
    assert expected in roles(event)


def test_a_participle_happens_when_its_head_verb_does(events_of):
    events = events_of(
        "Apple chief Steve Jobs unveiled the new MacBook Air in Cupertino on Wednesday, saying Apple "
        "would ship it within a week.",
        published="2010-10-23",
    )
    dates = {e.trigger: e.date.value for e in events}
    assert dates["unveiled"] == "2010-10-20"
    assert dates["saying"] == "2010-10-20"


def test_a_light_verb_event_is_the_noun_it_carries(tmp_path):
    from graphbuild import nlp
    from graphbuild.analysis import analyse
    from graphbuild.pipeline import read_articles

    text = "The Boeing 787 Dreamliner made its maiden flight from Everett on Tuesday."
    (tmp_path / "a.json").write_text(json.dumps({"title": "T", "date": "2023-02-03", "text": text}))
    (article,) = read_articles([tmp_path / "a.json"])
    (event,) = [e for e in analyse(article, nlp.load()(article.text)).events if e.trigger == "made"]
    assert article.text[event.noun_start :].startswith("flight")
    assert event.date.value == "2023-01-31"


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # What goes on in the present goes on when the story was written (a standing fact,
        # "GM currently produces fifteen brands", is no event: issue 18).
        ("General Motors is recalling 800,000 trucks in Ohio.", "recalling"),
        # A past auxiliary makes a past report, dated by publication like "flew".
        ("The Airbus A380 was flown to Toulouse by Singapore Airlines.", "flown"),
        ("Boeing was greeted by the Prime Minister of Singapore.", "greeted"),
        # What someone is reported to be doing now holds at publication.
        ("Ryanair announced that it is exercising its options with Boeing.", "exercising"),
    ],
)
def test_present_reports_and_past_auxiliaries_are_dated_by_publication(events_of, sentence, trigger):
    # Not the first sentence: a headline's present is dated by publication anyway.
    event = next(e for e in events_of("Airbus builds planes in Europe. " + sentence) if e.trigger == trigger)
    assert (event.date.value, event.date.basis) == ("2023-02-03", "on or before publication date")


def test_a_participle_takes_its_verbs_date_through_the_words_between(events_of):
    events = events_of(
        "Apple CEO Steve Jobs unveiled the iPhone on Tuesday by walking onto the stage "
        "and taking the iPhone out of his pocket."
    )
    unveiled = next(e for e in events if e.trigger == "unveiled")
    taking = next(e for e in events if e.trigger == "taking")
    assert unveiled.date.value == taking.date.value == "2023-01-31"


def test_an_undated_event_takes_the_nearest_earlier_date_of_its_sentence(events_of):
    events = events_of(
        "Airbus builds planes. In 2004, Airbus sold more planes than Boeing for the first time, "
        "sparking questions whether Boeing had lost its grip on the market."
    )
    lost = next(e for e in events if e.trigger == "lost")
    basis = "a date in its sentence or its paragraph"
    assert (lost.date.value, lost.date.basis, lost.date.text) == ("2004", basis, "2004")


def test_what_is_yet_to_happen_does_not_take_an_earlier_date_of_its_sentence(events_of):
    events = events_of(
        "Airbus builds planes. Airbus, which Boeing acquired in 1970, will deliver the jet to Qantas."
    )
    deliver = next(e for e in events if e.trigger == "deliver")
    assert deliver.date.value is None


def test_the_aircraft_refers_to_the_last_product_named(events_of):
    events = events_of(
        "Airbus builds planes. Singapore Airlines received the Airbus A380 on Monday. "
        "The aircraft was greeted by the Prime Minister of Singapore."
    )
    greeted = next(e for e in events if e.trigger == "greeted")
    assert ("Airbus A380", "patient") in roles(greeted)


def test_an_event_noun_whose_verb_says_nothing_else_is_dated_by_that_verb(events_of):
    events = events_of("Boeing sells planes. The Air India order is worth US$ 6.8 billion for 50 787s.")
    order = next(e for e in events if e.trigger == "order")
    assert ("Air India", "agent") in roles(order)
    assert (order.date.value, order.date.basis) == ("2023-02-03", "on or before publication date")


def test_he_refers_to_the_person_named_most_not_the_one_named_last(events_of):
    events = events_of(
        "Steve Jobs announced that he would take medical leave. Jobs spoke to staff on Monday. "
        "US markets were closed in honor of Martin Luther King. He fought pancreatic cancer in 2004."
    )
    fought = next(e for e in events if e.trigger == "fought")
    assert ("Steve Jobs", "agent") in roles(fought) or ("Jobs", "agent") in roles(fought)
    assert not any(name == "Martin Luther King" for name, _ in roles(fought))


def test_a_verb_describing_a_noun_with_a_doer_of_its_own_is_an_event(events_of):
    events = events_of(
        "Ford said its sales rose to 142,285 units, compared to 141,951 units sold by GM. "
        "Pressure grew in the east, where Kyiv says Moscow is sending thousands of soldiers."
    )
    sold = next(e for e in events if e.trigger == "sold")
    assert ("GM", "agent") in roles(sold) and sold.label == "141,951 units sold by GM"
    # A statement describing a noun is read through what it says, not as "Kyiv says east".
    assert not [e for e in events if e.trigger == "says" and e.label.endswith("east")]


def test_no_lemma_has_two_event_types():
    seen: dict[str, str] = {}
    for kind, lemmas in EVENT_TYPES.items():
        for lemma in sorted(lemmas):
            assert lemma not in seen, f"{lemma!r} is both {seen[lemma]!r} and {kind!r}"
            seen[lemma] = kind


def test_hold_fire_and_approve_keep_the_type_they_always_had(events_of):
    events = events_of(
        "Zelensky held talks with Scholz in Berlin. Russia fired missiles at Kyiv. "
        "The US Congress approved $45 billion for Ukraine."
    )
    types = {e.trigger: e.type for e in events}
    assert types["held"] == "meeting or visit"
    assert types["fired"] == "military action"
    assert types["approved"] == "aid or pledge"


def test_a_past_event_is_narrated_in_the_time_its_paragraph_set(events_of):
    events = events_of(
        "Sevilla changes coach.\n\n"
        "On Tuesday, Jan. 31, Sevilla fired its coach Jorge Sampaoli. The club appointed Luis García.\n\n"
        "Sevilla signed the striker Youssef En-Nesyri. The club was founded in 1890. "
        "The club hired Monchi as its director."
    )
    dates = {e.trigger: (e.date.value, e.date.basis) for e in events}
    assert dates["appointed"] == ("2023-01-31", "a date in its sentence or its paragraph")
    # Another paragraph, or a year that only frames a background, does not date it.
    assert dates["signed"][1] != "a date in its sentence or its paragraph"
    assert dates["hired"][1] != "a date in its sentence or its paragraph"


def test_a_happening_of_someone_described_not_named_is_an_event(events_of):
    events = events_of(
        "A sheriff's deputy was shot on Friday night. Prices rose. We took a big swing.",
        published="2021-03-08",
    )
    (shot,) = events
    assert (shot.trigger, shot.participants, shot.date.value) == ("shot", [], "2021-03-05TNI")


def test_a_participle_clause_of_a_past_verb_is_an_event_labelled_with_its_verb(events_of):
    # What the clause did to someone described ("wounding two guards"), in its verb's tense.
    events = events_of(
        "The gunman opened fire at the depot on Monday, wounding two guards.", published="2021-03-08"
    )
    wounding = next(event for event in events if event.trigger == "wounding")
    assert wounding.label == "The gunman opened fire at the depot on Monday, wounding two guards"
    assert wounding.date.value == "2021-03-08"
    assert not events_of("The company is growing fast, hiring 200 workers.", published="2021-03-08")


def test_a_doing_of_someone_described_is_an_event_but_a_finding_or_a_feeling_is_not(events_of):
    # "arrest" and "flee" are mostly doings in WordNet; "find" and "fear" are of the mind.
    triggers = {
        event.trigger
        for event in events_of(
            "The driver fled on foot. A suspect was arrested hours later. "
            "Another study found a link. The villagers feared the worst. The victim was carrying a bag.",
            published="2021-03-08",
        )
    }
    assert {"fled", "arrested"} <= triggers
    assert not triggers & {"found", "feared", "carrying"}


def test_a_headline_tells_a_described_happening_in_the_present(events_of):
    # A headline's present is news; the same present in the body is not told as done.
    headline = "Stolen tanker crashes into a river. Police in Leeds closed the road."
    assert "crashes" in {event.trigger for event in events_of(headline)}
    body = "Police in Leeds closed the road. A stolen tanker crashes into a river."
    assert "crashes" not in {event.trigger for event in events_of(body)}


def test_a_gerund_naming_a_kind_of_doing_is_no_event(events_of):
    triggers = {
        event.trigger
        for event in events_of(
            "Police in Leeds said the bundle is cheaper than buying the Xbox alone. "
            "Getting to the Moon was hard, NASA said. John Smith was arrested for stealing a Ford in Leeds.",
            published="2021-03-08",
        )
    }
    assert not triggers & {"buying", "Getting"}
    assert "stealing" in triggers


def test_a_saying_that_only_credits_the_news_is_no_event(events_of):
    triggers = {
        event.trigger
        for event in events_of(
            "As Emily Feng reports for NPR, two patients in Beijing were diagnosed with plague last week.",
            published="2019-11-18",
        )
    }
    assert "reports" not in triggers
    assert "diagnosed" in triggers
