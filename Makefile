# Newsroom — every command the README names. A fresh machine needs only Python 3.11+ and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: score install system-deps run demo test lint format check messages bench bench-scale bench-deps audit node-deps load clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

# Debian packages the browser and HTML checks need (Chromium, Java for the Nu checker, gettext).
system-deps:
	bash .ci/system-deps

demo: install
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py compilemessages --ignore=.venv -v 0
	$(PYTHON) manage.py import_seeds --publish seeds
	$(PYTHON) manage.py create_demo_editor

# (1) the running site at http://127.0.0.1:8000 with the seeds imported and published.
run: demo
	$(PYTHON) manage.py runserver 127.0.0.1:8000

# npm tooling of the judges (Nu HTML checker, Lighthouse) from package-lock.json into node_modules/;
# reinstalled when the lock file changes. No install scripts: nothing is downloaded besides packages.
NODE_STAMP := node_modules/.installed-$(shell cksum package-lock.json | cut -d' ' -f1)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { [ "$$(id -u)" -eq 0 ] && apt-get install -y -qq nodejs npm >/dev/null; } \
		|| { echo "Please install npm first: sudo apt-get install npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts
	rm -f node_modules/.installed-*
	touch $@

node-deps: $(NODE_STAMP)

# (2) the full test suite.
test: install system-deps node-deps
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: lint
	$(PYTHON) manage.py makemigrations --check --dry-run

messages: install
	$(PYTHON) manage.py makemessages -l ru -l en --ignore=.venv --ignore=staticfiles
	$(PYTHON) manage.py compilemessages --ignore=.venv

# wrk for the benchmarks and the load test (Debian package; nothing else is downloaded).
bench-deps:
	@command -v wrk >/dev/null || { [ "$$(id -u)" -eq 0 ] && apt-get install -y -qq wrk >/dev/null; } \
		|| { echo "Please install wrk first: sudo apt-get install wrk" >&2; exit 1; }

# Benchmarks on PostgreSQL (own databases newsroom_bench_*; BENCH_PG=postgres://user@host:port)
# and own gunicorn on 127.0.0.1: throughput ratios, latency at 1k stories, import throughput.
bench: install bench-deps
	$(PYTHON) -m bench.run

# Latency at 1k and at 100k stories in one run (generating 100k takes minutes).
bench-scale: install bench-deps
	$(PYTHON) -m bench.run --parts scale --sizes 1000,100000

# 30 s of wrk at 64 connections over pages and API calls; reports errors and latency percentiles.
load: install bench-deps
	$(PYTHON) -m bench.load

# Lighthouse on the home, article, person and search pages of the demo site (its own database and
# gunicorn on 127.0.0.1); prints performance, accessibility, best-practices and SEO scores.
audit: install node-deps system-deps
	$(PYTHON) tools/lighthouse_audit.py

# Extraction scores: the shared dev set and our own regression sets (figures go in the closing note).
score: install
	PATH=$(CURDIR)/$(BIN):$$PATH python ../shared/tools/score_extraction.py ../shared/extraction/dev
	for set in $$(ls -d tests/fixtures/extraction/heldout* | sort -V); do \
		echo "== $$set"; PATH=$(CURDIR)/$(BIN):$$PATH python ../shared/tools/score_extraction.py $$set || exit 1; \
	done

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
