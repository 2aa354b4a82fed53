# The two commands of the README. Both create .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[web]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## make demo: ingest the sample corpus and write its dossier
demo: install
	$(BIN)/storyline demo
	@echo "Open storyline-demo/dossier.html in a browser."

## make test: run the whole test suite, one worker process per core (PYTEST_JOBS=0: in this process);
## the tests of one file run in one worker, so a file's fixtures are built once
PYTEST_JOBS ?= auto
test: install-dev
	$(BIN)/python -m pytest -n $(PYTEST_JOBS) --dist loadfile $(PYTEST_ARGS)

clean:
	rm -rf storyline-demo .pytest_cache .hypothesis
