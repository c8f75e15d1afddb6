"""Agents and patients from the parse: controlled and joined verbs, relative clauses, names
that make up an argument that is no name itself."""

from datetime import date

from graphbuild.model import Article, PublishedBasis
from graphbuild.options import BuildOptions
from graphbuild.pipeline import build_from

FILLER = " More details were not immediately available."


def roles_of(events_of, sentence: str, trigger: str) -> set[tuple[str, str]]:
    event = next(e for e in events_of(sentence + FILLER) if e.trigger == trigger)
    return {(p.name, p.role) for p in event.participants}


def test_a_controlled_verb_has_its_heads_subject_as_agent(events_of):
    assert ("NASA", "agent") in roles_of(
        events_of, "NASA plans to launch the Dragonfly probe in 2027.", "launch"
    )


def test_a_purpose_of_an_active_verb_has_its_heads_subject_as_agent(events_of):
    sentence = "Leeds United rallied to beat Everton at Elland Road on Saturday."
    event = next(e for e in events_of(sentence + FILLER) if e.trigger == "beat")
    assert ("Leeds United", "agent") in {(p.name, p.role) for p in event.participants}
    assert event.label == "Leeds United rallied to beat Everton at Elland Road on Saturday"
    # Who was sent or hired does the purpose, not the one who sent them.
    passive = "Maria Silva was hired by Unilever to run its plant in Manaus."
    assert ("Unilever", "agent") not in roles_of(events_of, passive, "run")


def test_a_relative_pronoun_subject_is_the_noun_it_follows(events_of):
    sentence = "Boeing, which plans to launch the jet in 2027, hired 300 engineers."
    event = next(e for e in events_of(sentence + FILLER) if e.trigger == "launch")
    assert ("Boeing", "agent") in {(p.name, p.role) for p in event.participants}
    assert event.label == "Boeing plans to launch the jet in 2027"


def test_a_name_inside_an_argument_that_is_no_name_takes_its_role(events_of):
    found = roles_of(events_of, "China Eastern Airlines bought twenty Airbus A320 jets in June.", "bought")
    assert ("China Eastern Airlines", "agent") in found
    assert any(role == "patient" and "A320" in name for name, role in found)


def test_the_noun_a_relative_clause_describes_is_its_agent_when_the_pronoun_is_the_subject(events_of):
    found = roles_of(
        events_of, "Lufthansa, which signed a deal with Boeing in 2019, said on Monday.", "signed"
    )
    assert ("Lufthansa", "agent") in found


def test_an_apposition_does_not_take_the_agent_role_from_the_name(events_of):
    found = roles_of(
        events_of, "Jeffrey Halley, a market analyst at Oanda, said oil prices would rise.", "said"
    )
    assert ("Jeffrey Halley", "agent") in found and ("Oanda", "agent") not in found


def test_a_dateline_is_no_participant_nor_part_of_the_label(events_of):
    text = "DENVER — The Colorado Rockies traded Nolan Arenado to St. Louis, the team said."
    event = next(e for e in events_of(text + FILLER) if e.trigger == "traded")
    assert "DENVER" not in {p.name for p in event.participants}
    assert ("Colorado Rockies", "agent") in {(p.name, p.role) for p in event.participants}
    assert not event.label.startswith("DENVER")


def test_an_acronym_with_an_aside_is_no_dateline(events_of):
    text = "NASA — the space agency — launched the Artemis rocket from Florida on Monday."
    assert ("NASA", "agent") in roles_of(events_of, text, "launched")


def test_a_participle_of_result_shares_its_heads_subject(events_of):
    text = "Typhoon Hagibis struck Japan on Saturday, flooding the city of Nagano."
    assert ("Hagibis", "agent") in {(n.split()[-1], r) for n, r in roles_of(events_of, text, "flooding")}


def test_a_name_that_only_describes_a_named_argument_takes_no_part(events_of):
    found = roles_of(
        events_of,
        "Dylan Nelson, an astronomer at the Max Planck Institute in Munich, Germany, said it was old.",
        "said",
    )
    assert found == {("Dylan Nelson", "agent")}
    found = roles_of(
        events_of,
        "Lawmakers from Ohio questioned Mary Jones, an aide to Governor Tom Smith, on Tuesday.",
        "questioned",
    )
    assert found == {("Mary Jones", "patient")}


def test_a_name_inside_an_unnamed_argument_stands_for_it(events_of):
    # With no named actor, the describing name is all a reader has of who took part.
    found = roles_of(events_of, "The union at the Boeing plant in Everett voted on Friday.", "voted")
    assert any(name == "Boeing" for name, _ in found)


def test_a_describing_name_is_left_out_beside_a_pronoun_resolved_agent(events_of):
    text = (
        "Maria Lopez opened the new terminal in Denver on Monday. "
        "She, of the Colorado Transport Board, praised the builders on Tuesday."
    )
    found = roles_of(events_of, text, "praised")
    assert ("Maria Lopez", "agent") in found
    assert all(name != "Colorado Transport Board" for name, _ in found)


def test_a_verb_controlled_by_an_object_has_that_object_as_agent(events_of):
    text = "The ruling prompted Lufthansa to cancel 40 flights on Monday."
    found = roles_of(events_of, text, "cancel")
    assert ("Lufthansa", "agent") in found


def test_a_gerund_after_a_preposition_shares_its_verbs_subject(events_of):
    text = "Elon Musk opened the show in Austin by driving the Cybertruck onto the stage on Friday."
    assert ("Elon Musk", "agent") in roles_of(events_of, text, "driving")


def test_a_perfect_participle_shares_its_heads_subject(events_of):
    text = "Ryanair expanded its fleet in March, having reported record profits in January."
    assert ("Ryanair", "agent") in roles_of(events_of, text, "reported")


def test_a_name_that_makes_up_a_shared_subject_is_the_agent(events_of):
    text = "A Lufthansa cargo flight crashed near Frankfurt on Sunday, killing two pilots."
    assert ("Lufthansa", "agent") in roles_of(events_of, text, "killing")


def test_an_object_pronoun_is_the_person_the_sentence_names_besides_its_subject(events_of):
    text = "Satya Nadella thanked Bill Gates on Monday and described him as a mentor."
    found = roles_of(events_of, text, "described")
    assert ("Bill Gates", "patient") in found
    assert ("Satya Nadella", "patient") not in found


def test_a_pronoun_stands_for_the_previous_sentences_subject_not_the_protagonist(events_of):
    text = (
        "Tim Cook met Angela Merkel in Berlin on Monday. Tim Cook later flew to Munich. "
        "Angela Merkel visited the Apple store in Munich on Tuesday. She opened a factory there on Wednesday."
    )
    found = roles_of(events_of, text, "opened")
    assert ("Angela Merkel", "agent") in found
    assert all(name != "Tim Cook" for name, _ in found)


def test_a_pronoun_stands_for_the_unnamed_thing_its_sentence_just_spoke_of(events_of):
    text = "Acme Media was founded in Boston in 2010. Jones led that company as it secured large retailers."
    events = [e for e in events_of(text + FILLER) if e.trigger == "secured"]
    assert all(p.name != "Acme Media" for e in events for p in e.participants)


def test_it_before_a_that_clause_it_stands_for_names_no_one(events_of):
    text = (
        "Boeing lost the tanker deal. It emerged that Michael Sears arranged a job for Darleen Druyun. "
        "It is expected that Ford will close the plant. Microsoft filed the report. It said that sales rose."
    )
    events = events_of(text + FILLER)
    assert not [e for e in events if e.trigger in ("emerged", "expected")]
    said = [e for e in events if e.trigger == "said"]
    assert said and all(("agent", "Microsoft") in {(p.role, p.name) for p in e.participants} for e in said)


def test_they_never_stands_for_one_person(events_of):
    text = "Jane Fraser spoke in London on Monday. They announced 2,000 job cuts on Tuesday."
    events = [e for e in events_of(text + FILLER) if e.trigger == "announced"]
    assert all(p.name != "Jane Fraser" for e in events for p in e.participants)


def test_we_in_a_quotation_is_the_company_named_with_its_speaker(events_of):
    # Wire copy quotes with `` and '', and a quotation may run over several sentences.
    text = (
        "Siemens Energy CEO Christian Bruch said in a statement `` Nobody gave us a chance. "
        "But we signed the contract in Cairo on Monday. ''"
    )
    assert ("Siemens Energy", "agent") in roles_of(events_of, text, "signed")


def test_a_quotation_runs_over_the_lines_of_a_text_of_one_sentence_a_line():
    text = (
        "Siemens Energy CEO Christian Bruch said in a statement `` Nobody gave us a chance.\n"
        "But we signed the contract in Cairo on Monday. ''\n"
    )
    article = Article("one", "one", text, published=date(2023, 2, 6), published_basis=PublishedBasis.METADATA)
    signed = next(e for e in build_from([article], BuildOptions()).events if e.trigger == "signed")
    assert ("Siemens Energy", "agent") in {(p.name, p.role) for p in signed.participants}


def test_we_in_a_politicians_quotation_names_no_company(events_of):
    text = (
        "Volvo moved its plant to Mexico on Monday. "
        "Ohio senator Sherrod Brown said `` We lost 900 jobs in Toledo on Monday. ''"
    )
    events = [e for e in events_of(text + FILLER) if e.trigger == "lost"]
    assert all(p.name != "Volvo" for e in events for p in e.participants)


def test_we_in_the_words_of_a_company_spokesperson_is_the_articles_company(events_of):
    text = (
        "Volvo recalled 2,000 trucks in Sweden on Monday. "
        "Spokeswoman Anna Berg said `` We replaced the brakes on 500 trucks on Friday. ''"
    )
    assert ("Volvo", "agent") in roles_of(events_of, text, "replaced")
