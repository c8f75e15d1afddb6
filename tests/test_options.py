"""One BuildOptions behind build(): as an object, as keywords, or both (keywords win)."""

import pytest

import graphbuild
from graphbuild import BuildOptions
from graphbuild.pipeline import build_from, read_articles

TEXT = "Zelensky said on Friday that Ukraine would hold Bakhmut. He met Ursula von der Leyen in Kyiv."


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.json").write_text(f'{{"date": "2023-02-03", "story_body": "{TEXT}"}}')
    (tmp_path / "aliases.csv").write_text("alias,name,type\nZelensky,Volodymyr Zelensky,PERSON\n")
    return tmp_path


def entities(result) -> dict[str, list[str]]:
    return {entity.name: entity.aliases for entity in result.entities}


def test_options_as_an_object_or_as_keywords_build_the_same(corpus):
    choices = {"fields": {"text": "story_body"}, "aliases": corpus / "aliases.csv"}
    by_object = graphbuild.build([corpus / "articles"], BuildOptions(**choices))
    by_keywords = graphbuild.build([corpus / "articles"], **choices)
    assert entities(by_object) == entities(by_keywords)
    assert entities(by_object)["Volodymyr Zelensky"] == ["Volodymyr Zelensky", "Zelensky"]
    # A keyword given beside the object wins over the object's field.
    without = graphbuild.build([corpus / "articles"], BuildOptions(**choices), aliases=None)
    assert "Volodymyr Zelensky" not in entities(without)


def test_build_from_reads_an_alias_file_too_and_keeps_the_analyses(corpus):
    inputs = read_articles([corpus / "articles"], {"text": "story_body"})
    result = build_from(inputs, BuildOptions(aliases=corpus / "aliases.csv"))
    assert "Volodymyr Zelensky" in entities(result)
    [analysis] = result.analyses
    assert analysis.article is result.articles[0]
    linked = {result.mention_entity[(analysis.article.id, index)] for index in range(len(analysis.entities))}
    assert linked == {entity.id for entity in result.entities}


def test_a_model_given_in_place_of_the_options_is_refused_with_the_way_to_give_it(corpus):
    with pytest.raises(TypeError, match=r"options must be a BuildOptions, not str; .*model=\.\.\."):
        graphbuild.build([corpus / "articles"], "en_core_web_sm")
