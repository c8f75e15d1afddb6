"""One entity per real thing, within and across articles."""

import json

import graphbuild


def entities_of(tmp_path, *texts):
    for number, text in enumerate(texts):
        (tmp_path / f"{number}.json").write_text(
            json.dumps({"title": f"T{number}", "date": "2009-06-01", "text": text})
        )
    return {alias: entity for entity in graphbuild.build([tmp_path]).entities for alias in entity.aliases}


def test_an_acronym_joins_the_name_whatever_its_legal_suffix(tmp_path):
    found = entities_of(
        tmp_path,
        "General Motors Corporation (GM) filed for bankruptcy protection in New York on Monday.",
        "GM said it would close fourteen plants in the United States. GM shares fell sharply on Monday.",
        "General Motors sold its Hummer brand to a Chinese company, General Motors said on Tuesday.",
    )
    assert found["GM"] is found["General Motors"] is found["General Motors Corporation"]


def test_a_descriptor_joins_the_short_name_only_when_it_is_named_alone(tmp_path):
    found = entities_of(
        tmp_path,
        "Apple Computer launched the iPod in 2001, and Apple Computer sold millions of them.",
        "Apple said on Monday that sales of the iPhone had doubled. Apple shares rose five percent.",
        "General Motors and Ford Motor Company reported losses, while Ford said sales would recover.",
    )
    assert found["Apple Computer"] is found["Apple"]
    assert found["Ford Motor Company"] is found["Ford"]
    assert found["General Motors"].name == "General Motors"


def test_a_name_with_a_model_number_is_a_product_and_its_short_form_joins_it(tmp_path):
    found = entities_of(
        tmp_path,
        "The first Airbus A380 was delivered to Singapore Airlines on Monday in Toulouse, Airbus said.",
        "The A380 flew from Toulouse to Singapore on Tuesday. Boeing said its 787 Dreamliner would fly soon.",
    )
    assert found["Airbus A380"].type == "PRODUCT"
    assert found["A380"] is found["Airbus A380"]
    assert found["Airbus"].type == "ORG" and found["Airbus"] is not found["Airbus A380"]


def test_a_demonym_names_its_country(tmp_path):
    found = entities_of(
        tmp_path,
        "Russian troops captured settlements north of Bakhmut on Monday, Ukrainian officials said.",
        "Russia said on Tuesday that its forces were advancing. Ukraine denied it, and a South Korean "
        "envoy visited Kyiv.",
    )
    assert found["Russian"] is found["Russia"] and found["Russia"].name == "Russia"
    assert found["Ukrainian"] is found["Ukraine"]
    assert found["South Korean"].name == "South Korea"


def test_a_surname_after_the_full_name_is_that_person_whatever_the_tagger_said(tmp_path):
    found = entities_of(
        tmp_path,
        "Jobs were cut at Apple. Steve Jobs announced a medical leave on Monday. "
        "Jobs acknowledged that users had antenna issues, and new jobs would follow.",
    )
    jobs = found["Steve Jobs"]
    assert jobs.type == "PERSON" and found.get("Jobs") is jobs
    # The capitalised "Jobs" before the full name and the common noun after it are not him.
    assert jobs.mentions == 2


def test_a_title_case_headline_names_what_the_article_names(tmp_path):
    found = entities_of(
        tmp_path,
        "Carla Bruni Checks Into Hospital. Carla Bruni was taken to a hospital in Paris on Monday, "
        "her spokesman said. Bruni is expected to stay two days.",
    )
    assert found["Carla Bruni"].type == "PERSON" and found["Carla Bruni"].mentions == 3
    assert not any("Checks" in alias for alias in found)


def test_an_acronym_in_brackets_after_a_name_is_that_name(tmp_path):
    found = entities_of(
        tmp_path,
        "Nordic Telecom (NTC) cut 300 jobs on Monday.",
        "NTC shares fell on Tuesday, and Nordic Telecom said more cuts could follow.",
    )
    assert found["NTC"] is found["Nordic Telecom"] and found["NTC"].mentions == 4


def _mentions(*articles: str) -> list:
    """Analyses whose mentions are the [bracketed] names of each text, typed PERSON or, after
    a "%", ORG: the tagger's calls, given by hand so that only linking is tried."""
    import re

    from graphbuild.model import Article, ArticleAnalysis, EntityMention

    analyses = []
    for number, marked in enumerate(articles):
        text, found = "", []
        for part in re.split(r"(\[%?[^\]]+\])", marked):
            if part.startswith("["):
                name = part.strip("[]%")
                kind = "ORG" if part.startswith("[%") else "PERSON"
                found.append(EntityMention(name, kind, len(text), len(text) + len(name), 0))
                text += name
            else:
                text += part
        analyses.append(ArticleAnalysis(Article(f"a{number}", "a.txt", text), found, [], []))
    return analyses


def _linked(analyses) -> dict[str, set[str]]:
    from graphbuild.linking import link

    entities, _ = link(analyses)
    return {alias: set(entity.aliases) for entity in entities for alias in entity.aliases}


def test_a_bare_surname_takes_the_type_the_corpus_gives_it_most():
    linked = _linked(
        _mentions(
            "[Ana Duarte] signed for Porto on Monday. [Duarte] said she was happy.",
            "[Ana Duarte] will earn more. [Duarte] starts on Friday.",
            "Rivals bid for [%Duarte] last week.",
        )
    )
    # Every "Duarte" is her: the one organisation among four mentions is the tagger's slip.
    assert linked["Duarte"] == {"Ana Duarte", "Duarte"}


def test_a_name_only_in_headlines_is_the_one_name_of_the_corpus_it_holds():
    from graphbuild.linking import link

    analyses = _mentions(
        "[Maria Kovac Wins Vienna Marathon]\nThe runner crossed the line first on Sunday.",
        "[Maria Kovac] won the marathon in Vienna on Sunday, organisers said.",
        "[Kovac And Lee Praised By Obama]\n[Lee] and [Kovac] were praised.",
        "[Kovac] and [Lee] spoke.",
    )
    linked = _linked(analyses)
    assert "Maria Kovac Wins Vienna Marathon" in linked["Maria Kovac"]
    # The entity is named as the text names it, not as the headline runs on.
    assert "Maria Kovac" in {entity.name for entity in link(analyses)[0]}
    # Two names inside: neither.
    assert linked["Kovac And Lee Praised By Obama"] == {"Kovac And Lee Praised By Obama"}
