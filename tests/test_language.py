"""Each article's language is checked before parsing: no page is read by a pipeline of another language."""

from __future__ import annotations

import json

import pytest

import graphbuild
from graphbuild.errors import ModelError
from graphbuild.nlp import detect_language, parse_models, pipelines, resolve

RUSSIAN = "Министр обороны заявил во вторник, что армия продолжит оборону города на востоке страны. " * 3
JAPANESE = "東京都は月曜日、新しい防災計画を発表した。計画では、地震の際の避難所を増やすとしている。" * 3
ENGLISH = "The mayor of Lyon said on Tuesday that the new tram line would open in the spring."


def test_the_language_is_named_only_when_the_detector_is_sure():
    assert detect_language(RUSSIAN) == "ru"
    assert detect_language(JAPANESE) == "ja"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("BAAR, SWITZERLAND") is None  # too short to judge: read as English


def test_model_options_map_languages_to_pipelines():
    assert parse_models([]) is None
    assert parse_models(["en_core_web_md"]) == "en_core_web_md"
    assert parse_models(["de=de_core_news_sm", "en_core_web_md"]) == {
        "de": "de_core_news_sm",
        "en": "en_core_web_md",
    }
    assert pipelines({"de": "de_core_news_sm"})["en"] == resolve(None)
    for bad in (["de="], ["german=x"], ["x", "en=y"]):
        with pytest.raises(ModelError, match="--model"):
            parse_models(bad)


def test_an_article_without_a_pipeline_for_its_language_is_skipped_and_listed(tmp_path):
    for name, text in (("ru", RUSSIAN), ("ja", JAPANESE), ("en", ENGLISH)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = graphbuild.build([tmp_path])
    reasons = {item.path.rsplit("/", 1)[-1]: item.reason for item in result.skipped}
    assert reasons == {
        "ja.txt": "not English (ja): no pipeline for it",
        "ru.txt": "not English (ru): no pipeline for it",
    }
    assert [entity.name for entity in result.entities] == ["Lyon"]
    out = tmp_path / "out"
    result.write(out)
    rows = {row["path"].rsplit("/", 1)[-1]: row for row in map(json.loads, (out / "articles.jsonl").open())}
    assert {name: row["language"] for name, row in rows.items()} == {
        "en.txt": "en",
        "ja.txt": "ja",
        "ru.txt": "ru",
    }


def test_a_long_text_surely_not_english_is_named_even_between_close_kin():
    indonesian = (
        "Jangan lebay dalam mencintai atau membenci sesuatu. Biasa biasa saja. Jangan sampai karena kita "
        "amat membenci satu kaum, akhirnya kita justru menganiaya mereka secara keji. "
    ) * 4
    assert detect_language(indonesian) in {"id", "ms"}
