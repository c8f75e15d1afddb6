"""Users' alias files: their corrections decide which names are one entity, and its type."""

import json

import pytest

import graphbuild
from graphbuild.aliases import AliasError, read_aliases

TEXT = (
    "Yevgeny Prigozhin said on Friday that PMC Wagner fighters had taken the village near Artemivsk. "
    "Prigozhyn said his men would soon capture Bakhmut, Ukraine."
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": "Wagner", "date": "2023-02-03", "text": TEXT}))
    return path


def names(result):
    return {entity.name: entity for entity in result.entities}


def test_without_aliases_the_names_stay_apart(article):
    found = names(graphbuild.build([article]))
    assert "Wagner Group" not in found
    assert {"Yevgeny Prigozhin", "Prigozhyn"} <= set(found)


@pytest.mark.parametrize(
    ("file", "content"),
    [
        (
            "aliases.csv",
            "alias,name,type\nPMC Wagner,Wagner Group,ORG\nWagner,Wagner Group,ORG\n"
            "Prigozhyn,Yevgeny Prigozhin,PERSON\n",
        ),
        (
            "aliases.yaml",
            "Wagner Group: {type: ORG, aliases: [PMC Wagner, Wagner]}\nYevgeny Prigozhin: [Prigozhyn]\n",
        ),
    ],
)
def test_an_alias_file_merges_names_under_the_users_name_and_type(article, tmp_path, file, content):
    (tmp_path / file).write_text(content)
    result = graphbuild.build([article], aliases=tmp_path / file)
    found = names(result)
    wagner = found["Wagner Group"]
    assert wagner.type == "ORG" and {"PMC Wagner", "Wagner"} & set(wagner.aliases)
    prigozhin = found["Yevgeny Prigozhin"]
    assert prigozhin.type == "PERSON" and "Prigozhyn" in prigozhin.aliases
    assert "Prigozhyn" not in found


@pytest.mark.parametrize(
    ("file", "content", "reason"),
    [
        ("a.csv", "from,to\nx,y\n", "the CSV header must have the columns alias and name"),
        ("a.csv", "alias,name,type\nWagner,Wagner Group,ARMY\n", "row 2: type 'ARMY'"),
        ("a.csv", "alias,name\nKiev,Kyiv\nKiev,Kyivska\n", "row 3: 'Kiev' is already an alias of 'Kyiv'"),
        ("a.yaml", "Wagner Group: [Wagner\n", "not valid YAML"),
        ("a.yaml", "- Wagner\n", "expected a mapping"),
        ("a.txt", "Wagner", "must be .csv, .yaml or .yml"),
    ],
)
def test_a_bad_alias_file_is_named_with_the_reason(tmp_path, file, content, reason):
    (tmp_path / file).write_text(content)
    with pytest.raises(AliasError, match=reason) as caught:
        read_aliases(tmp_path / file)
    assert str(tmp_path / file) in str(caught.value)


def test_the_cli_takes_an_alias_file_and_reports_a_bad_one(article, tmp_path):
    from graphbuild.cli import main

    (tmp_path / "aliases.csv").write_text("alias,name\nPMC Wagner,Wagner Group\n")
    assert (
        main(
            [
                "build",
                str(article),
                "-o",
                str(tmp_path / "out"),
                "--aliases",
                str(tmp_path / "aliases.csv"),
                "-q",
            ]
        )
        == 0
    )
    entities = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text().splitlines()]
    assert "Wagner Group" in {entity["name"] for entity in entities}
    (tmp_path / "bad.csv").write_text("nothing\n")
    assert (
        main(["build", str(article), "-o", str(tmp_path / "o2"), "--aliases", str(tmp_path / "bad.csv")]) == 2
    )
