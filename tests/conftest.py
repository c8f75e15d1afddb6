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
