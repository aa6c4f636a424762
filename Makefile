# Newsroom — every command the README names. A fresh machine needs only Python 3.11+ and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: install system-deps run demo test lint format check messages bench audit load clean

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

# (2) the full test suite.
test: install system-deps
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

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
