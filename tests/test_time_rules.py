"""The time rules on text alone: each rule's examples give their value, and that rule decides them."""

import subprocess
import sys
from pathlib import Path

import pytest

import graphbuild
from graphbuild.timex import normalise
from graphbuild.timex.rules import RULES
from graphbuild.timex.words import strip


def _deciding_rule(text, dct, tense):
    """The first rule in precedence that resolves ``text``, as normalise takes it."""
    cleaned = strip(text)
    return next((rule for rule in RULES if rule.apply(cleaned, dct, tense) is not None), None)


@pytest.mark.parametrize(
    ("rule", "example"),
    [
        pytest.param(rule, example, id=f"{rule.name}: {example.text}")
        for rule in RULES
        for example in rule.examples
    ],
)
def test_each_example_is_resolved_by_its_own_rule(rule, example):
    assert normalise(example.text, example.dct, example.tense).value == example.value
    decided_by = _deciding_rule(example.text, example.dct, example.tense)
    assert decided_by is rule, f"{example.text!r} is decided by {decided_by and decided_by.name}"


def test_every_rule_is_documented_by_an_example_and_named_once():
    assert [rule.name for rule in RULES if not rule.examples] == []
    assert len({rule.name for rule in RULES}) == len(RULES)


def test_the_time_stage_imports_no_spacy():
    # The package's own __init__ imports the pipeline (and spaCy); the time stage, skipped past
    # it, must import without spaCy, and its rules need no parse.
    code = "\n".join(
        [
            "import sys, types",
            "package = types.ModuleType('graphbuild')",
            f"package.__path__ = [{str(Path(graphbuild.__file__).parent)!r}]",
            "sys.modules['graphbuild'] = package",
            "from datetime import date",
            "from graphbuild.timex import normalise",
            "print(normalise('the year-ago quarter', date(1989, 10, 27)).value)",
            "print(sorted(name for name in sys.modules if name.split('.')[0] in ('spacy', 'thinc')))",
        ]
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["1988-Q3", "[]"]
