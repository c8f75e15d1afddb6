"""Pronoun gender: what an article tells of its people's gender, and "he" or "she" standing only
for someone who may be of that gender."""

import pytest

from graphbuild import nlp
from graphbuild.entities import find_entities
from graphbuild.events.gender import person_genders

FILLER = " More details were not immediately available."


@pytest.fixture(scope="module")
def genders_of():
    model = nlp.load(None)

    def genders(text: str) -> dict[str, str]:
        doc = model(text)
        entities = find_entities(doc)
        return {entities[index].text: gender for index, gender in person_genders(doc, entities).items()}

    return genders


def participants_of(events_of, text: str, trigger: str) -> set[tuple[str, str]]:
    events = [e for e in events_of(text + FILLER) if e.trigger == trigger]
    return {(p.name, p.role) for e in events for p in e.participants}


def test_a_title_tells_the_gender_of_the_name_after_it(genders_of):
    assert genders_of("Mrs. Alma Reyes opened a bakery in Denver on Friday.") == {"Alma Reyes": "female"}


def test_a_reflexive_tells_the_gender_of_its_clauses_subject(genders_of):
    found = genders_of("Harold Finch described himself as a reluctant witness on Monday.")
    assert found == {"Harold Finch": "male"}


def test_a_possessive_tells_the_gender_of_the_only_person_it_may_stand_for(genders_of):
    assert genders_of("Leon Marsh sold his farm in Iowa on Monday.") == {"Leon Marsh": "male"}


def test_a_possessive_after_another_name_tells_nothing_of_the_subject(genders_of):
    found = genders_of("Leon Marsh met Dana Kim and her lawyer in Omaha on Monday.")
    assert "Leon Marsh" not in found and "Dana Kim" not in found


def test_a_possessive_after_a_sentence_naming_someone_else_tells_nothing(genders_of):
    text = "A guard named Ruth Pike escorted the prisoner. Then Leon Marsh grabbed her keys."
    assert "Leon Marsh" not in genders_of(text)


def test_the_next_sentences_he_or_she_tells_the_gender_of_the_only_person_named_so_far(genders_of):
    assert genders_of("Greta Lind spoke in Paris on Monday. She met the mayor.") == {"Greta Lind": "female"}
    # Someone unnamed of a known gender may be "she".
    assert genders_of("Greta Lind spoke to a woman in Paris on Monday. She met the mayor.") == {}


def test_a_surname_shared_by_two_people_has_no_gender(genders_of):
    text = "Mr. Tom Vance and Mrs. Ada Vance sold the farm on Monday. Vance said the price was fair."
    found = genders_of(text)
    assert found.get("Tom Vance") == "male" and found.get("Ada Vance") == "female"
    assert "Vance" not in found


def test_a_name_told_both_ways_has_no_gender(genders_of):
    text = "Mr. Kim Lowe opened the store on Monday. Ms. Kim Lowe closed it on Friday."
    assert genders_of(text) == {}


def test_she_never_stands_for_a_man(events_of):
    text = "Mr. Omar Haddad escaped from the jail on Monday. She survived the attack on Tuesday."
    assert all(name != "Omar Haddad" for name, _ in participants_of(events_of, text, "survived"))


def test_she_stands_for_the_other_name_of_her_sentence(events_of):
    text = "Mr. Omar Haddad hugged Sara Klein in Denver on Monday, and she thanked him."
    found = participants_of(events_of, text, "thanked")
    assert ("Sara Klein", "agent") in found and ("Omar Haddad", "patient") in found


def test_beyond_her_sentence_she_is_no_one_of_unknown_gender_once_a_man_is_passed_over(events_of):
    text = "Mr. Omar Haddad met Sam Ortega in Denver on Friday. She praised the talks on Saturday."
    assert participants_of(events_of, text, "praised") == set()


def test_an_unknown_gender_never_rules_out_an_antecedent(events_of):
    text = "Robin Ellis met Sam Ortega in Denver on Friday. She thanked the city on Saturday."
    assert ("Robin Ellis", "agent") in participants_of(events_of, text, "thanked")
