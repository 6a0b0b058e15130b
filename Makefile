# critmin: the two commands a newcomer needs are `make demo` and `make test`.
# Each target creates .venv with the standard library's venv when it is missing,
# installs the pinned dependencies once (a stamp file skips the work next time),
# and then does its job.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.critmin-installed

.PHONY: demo test test-fast bench lint serve clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/critmin demo --serve

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not e2e"

browser:
	@bash scripts/ensure-chromium.sh

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

serve: $(STAMP)
	$(BIN)/critmin serve

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
