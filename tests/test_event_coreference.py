"""An article's other words for a happening already found are more mentions of its event."""

import json
import re

import pytest

import graphbuild


@pytest.fixture
def words_of(tmp_path):
    """Build one article of ``text``; each event's trigger words (its own and the article's
    other words for it), by its first trigger, and how many events there are."""

    def build(text: str):
        path = tmp_path / "article.json"
        path.write_text(json.dumps({"title": "Test", "date": "2024-03-08", "text": text}))
        result = graphbuild.build([path])
        body = result.analyses[0].article.text
        words = {}
        for event in result.events:
            found = [re.match(r"\w+", body[start:]).group() for _, start in event.triggers]
            words[found[0]] = found
        return words, len(result.events)

    return build


def test_a_noun_of_the_same_action_is_a_word_of_the_event_not_an_event(words_of):
    words, count = words_of(
        "Customs officers arrested Anna Berg at Oslo airport on Tuesday. "
        "The arrest followed a tip from Swedish police."
    )
    assert words["arrested"] == ["arrested", "arrest"]
    alone, _ = words_of("Customs officers arrested Anna Berg at Oslo airport on Tuesday.")
    # "arrest" is no event of its own, and a happening that "followed" a tip is a relation, no event.
    assert count == len(alone)


def test_a_noun_derived_irregularly_or_by_suffix_joins_its_verb(words_of):
    words, _ = words_of(
        "The painter Lars Holm died in Bergen on Sunday. His death was confirmed by the museum. "
        "A gas tank exploded in Lyon on Monday, and the explosion was heard across the city."
    )
    assert "death" in words["died"]
    assert "explosion" in words["exploded"]


def test_a_word_whose_participants_or_time_differ_is_not_the_same_happening(words_of):
    words, _ = words_of(
        "Police arrested Tom Reed in Leeds on Monday. "
        "The arrest of Jan Kowal in Cork in 2019 was not mentioned."
    )
    assert words["arrested"] == ["arrested"]


def test_a_post_a_capacity_or_a_describing_participle_is_no_word_for_the_happening(words_of):
    words, _ = words_of(
        "The club appointed Marta Ruiz as coach on Friday. Coach Marta Ruiz praised the players. "
        "A court convicted Ivan Petrov of fraud in Sofia. The convicted banker left the court."
    )
    assert words["appointed"] == ["appointed"]
    assert words["convicted"] == ["convicted"]


def test_a_happening_that_does_the_verbs_action_is_a_word_of_it(words_of):
    words, _ = words_of("A huge explosion destroyed the Harbour Hotel in Gdansk on Friday.")
    assert words["explosion"] == ["explosion", "destroyed"]


def test_statements_never_gain_other_words(words_of):
    words, _ = words_of(
        "Mayor Ines Costa said on Monday that the bridge would close. Costa said the decision was final."
    )
    assert all(found == [trigger] for trigger, found in words.items())


def test_the_cache_keeps_an_events_other_words(tmp_path):
    from graphbuild.cache import decode_entry, encode_entry

    path = tmp_path / "article.json"
    text = "Police arrested Tom Reed in Leeds on Monday. The arrest surprised his neighbours."
    path.write_text(json.dumps({"title": "Test", "date": "2024-03-08", "text": text}))
    analysis = graphbuild.build([path]).analyses[0]
    decoded = decode_entry(encode_entry(analysis), analysis.article)
    assert [event.coreferent for event in decoded.events] == [event.coreferent for event in analysis.events]
    assert any(event.coreferent for event in decoded.events)
