# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test venv venv-test lint bench clean browser

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
venv-test: $(VENV)/.test-installed browser

## Headless Chromium for the HTML view tests (Debian's package; playwright drives it, never downloads one).
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium (apt-get) for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "make browser: $(CHROMIUM) is missing; install Debian's chromium (sudo apt-get install chromium)" \
		     "or set CHROMIUM=/path/to/chromium and KG_CHROMIUM for the tests" >&2; exit 1; \
	fi

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
