# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test test-hostile venv venv-test lint bench compiled clean browser firefox neo4j-start neo4j-stop neo4j-status

# The demo installs kg as a regular package: an editable install of kg's package-dir layout makes
# setuptools print a warning about working-directory folders on every install. A development venv
# (made by `make venv-test`) stays editable.
$(VENV)/.demo-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	if [ -f $(VENV)/.test-installed ]; then $(BIN)/python -m pip install -q -e '.[test]'; \
	else $(BIN)/python -m pip install -q .; fi
	touch $@

$(VENV)/.test-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.demo-installed

venv: $(VENV)/.demo-installed
venv-test: $(VENV)/.test-installed browser firefox

## apt-get waits for the dpkg lock (up to 10 minutes) instead of failing when another install holds it.
APT_WAIT := -o DPkg::Lock::Timeout=600

## Headless Chromium for the HTML view tests (Debian's package; playwright drives it, never downloads one).
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium (apt-get) for the browser tests"; \
		apt-get $(APT_WAIT) update -qq && DEBIAN_FRONTEND=noninteractive apt-get $(APT_WAIT) install -y -qq chromium >/dev/null; \
	else \
		echo "make browser: $(CHROMIUM) is missing; install Debian's chromium (sudo apt-get install chromium)" \
		     "or set CHROMIUM=/path/to/chromium and KG_CHROMIUM for the tests" >&2; exit 1; \
	fi

## Firefox for the view's second-engine test: Debian's firefox-esr, driven over WebDriver BiDi by
## npm's puppeteer-core (tools/firefox, pinned in its package-lock; it never downloads a browser).
FIREFOX ?= /usr/bin/firefox-esr
firefox: tools/firefox/node_modules/.installed
	@if [ -x "$(FIREFOX)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing firefox-esr (apt-get) for the browser tests"; \
		apt-get $(APT_WAIT) update -qq && DEBIAN_FRONTEND=noninteractive apt-get $(APT_WAIT) install -y -qq firefox-esr >/dev/null; \
	else \
		echo "make firefox: $(FIREFOX) is missing; install Debian's firefox-esr (sudo apt-get install firefox-esr)" \
		     "or set FIREFOX=/path/to/firefox and KG_FIREFOX for the tests" >&2; exit 1; \
	fi

tools/firefox/node_modules/.installed: tools/firefox/package.json tools/firefox/package-lock.json
	cd tools/firefox && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --silent --no-audit --no-fund
	touch $@

## Build the bundled example reports into out/graph.ttl and out/graph.html and print a summary.
demo: venv
	$(BIN)/kg build examples --out out

## Run the whole test suite (starts and stops a local Neo4j around it).
## Neo4j is stopped whatever happens, and the exit code is pytest's (or neo4j-start's if it failed).
test: venv-test
	@status=0; \
	$(MAKE) --no-print-directory neo4j-start && { $(BIN)/python -m pytest -q $(PYTEST_ARGS) || status=$$?; } \
	  || status=$$?; \
	$(MAKE) --no-print-directory neo4j-stop; \
	exit $$status

## The long hostile-input and fault cases (tests/hostile/long) besides the whole suite.
test-hostile: venv-test
	@status=0; \
	$(MAKE) --no-print-directory neo4j-start && { KG_HOSTILE_LONG=1 $(BIN)/python -m pytest -q tests/hostile $(PYTEST_ARGS) || status=$$?; } \
	  || status=$$?; \
	$(MAKE) --no-print-directory neo4j-stop; \
	exit $$status

## The local Neo4j Community server (tools/neo4j, docs/neo4j.md): Bolt on 127.0.0.1:$(KG_NEO4J_PORT),
## data in .neo4j/, user neo4j / password kg-local-neo4j. The first start downloads the jars with Maven.
KG_NEO4J_PORT ?= 7687
export KG_NEO4J_PORT
## HTTP API and Neo4j Browser: http://127.0.0.1:$(KG_NEO4J_HTTP_PORT)/browser/ ("off" disables it)
KG_NEO4J_HTTP_PORT ?= 7474
export KG_NEO4J_HTTP_PORT
NEO4J_TOOLS := tools/neo4j

$(NEO4J_TOOLS)/classpath.txt: $(NEO4J_TOOLS)/pom.xml
	cd $(NEO4J_TOOLS) && mvn -q -B dependency:build-classpath -Dmdep.outputFile=classpath.txt

## neo4j-admin's importer (tools/neo4j/admin), for the test of `kg export --format neo4j-admin`.
$(NEO4J_TOOLS)/admin-classpath.txt: $(NEO4J_TOOLS)/admin/pom.xml
	cd $(NEO4J_TOOLS)/admin && mvn -q -B dependency:build-classpath -Dmdep.outputFile=../admin-classpath.txt

neo4j-start: venv $(NEO4J_TOOLS)/classpath.txt $(NEO4J_TOOLS)/admin-classpath.txt
	$(BIN)/python $(NEO4J_TOOLS)/server.py start

neo4j-stop:
	@if [ -x $(BIN)/python ]; then $(BIN)/python $(NEO4J_TOOLS)/server.py stop; \
	elif [ -f .neo4j/neo4j.pid ]; then kill "$$(cat .neo4j/neo4j.pid)" && rm -f .neo4j/neo4j.pid; fi

neo4j-status: venv
	$(BIN)/python $(NEO4J_TOOLS)/server.py status

lint: venv-test
	$(BIN)/ruff check .

## Opt-in experiment (docs/scale.md, "mypyc"): extraction compiled with mypyc into build/compiled, a
## snapshot copy of kg used only when asked, by `PYTHONPATH=build/compiled`; it refuses to import
## once a source changes. Needs gcc and the Python headers; takes 5-25 minutes of a loaded machine.
compiled: venv
	$(BIN)/python -m pip install -q 'mypy>=2.4'
	$(BIN)/python bench/compile_mypyc.py --out build/compiled

clean:
	rm -rf out .pytest_cache build/compiled
