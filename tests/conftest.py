import json
from pathlib import Path

import pytest

import graphbuild

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KYIV_INDEPENDENT = "000_d4ca71b149a5b591.txt"
UNDATED = "003_45cda4dab5b7e392.txt"


@pytest.fixture(scope="session")
def seeds_result():
    return graphbuild.build([SEEDS])


@pytest.fixture(scope="session")
def seeds_out(seeds_result, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    seeds_result.write(out)
    return out


@pytest.fixture(scope="session")
def article_ids(seeds_result):
    return {Path(article.path).name: article.id for article in seeds_result.articles}


@pytest.fixture
def events_of(tmp_path):
    """Build one JSON article of ``text`` published on ``published``; its merged events."""

    def build(text: str, published: str = "2023-02-03"):
        path = tmp_path / "article.json"
        path.write_text(json.dumps({"title": "Test", "date": published, "text": text}))
        return graphbuild.build([path]).events

    return build
