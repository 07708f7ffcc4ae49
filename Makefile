# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test venv venv-test lint bench clean

$(VENV)/.demo-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.demo-installed

venv: $(VENV)/.demo-installed
venv-test: $(VENV)/.test-installed

## Build the bundled example reports into out/graph.ttl and out/graph.html and print a summary.
demo: venv
	$(BIN)/kg build examples --out out

## Run the whole test suite (starts and stops a local Neo4j around it).
test: venv-test
	$(BIN)/python -m pytest -q

lint: venv-test
	$(BIN)/ruff check .

clean:
	rm -rf out .pytest_cache
