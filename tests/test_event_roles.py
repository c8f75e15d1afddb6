"""Agents and patients from the parse: controlled and joined verbs, relative clauses, names
that make up an argument that is no name itself."""

FILLER = " More details were not immediately available."


def roles_of(events_of, sentence: str, trigger: str) -> set[tuple[str, str]]:
    event = next(e for e in events_of(sentence + FILLER) if e.trigger == trigger)
    return {(p.name, p.role) for p in event.participants}


def test_a_controlled_verb_has_its_heads_subject_as_agent(events_of):
    assert ("NASA", "agent") in roles_of(
        events_of, "NASA plans to launch the Dragonfly probe in 2027.", "launch"
    )


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
