# Mikser Showcase. `make run` and `make test` are the README's quick start; both create .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run worker serve install migrate messages demo test test-browser lint format clean services-up services-down
.PHONY: serve-production bench bench-soak bench-lighthouse backup restore cluster cluster-stop cluster-status test-cluster

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall when the dependency list changes.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(VENV)/.installed

# Compiled only when a catalogue changed, so that legs running side by side (.ci/run) never
# rewrite a .mo file another test process is reading.
PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)
$(MO_FILES) &: $(PO_FILES) $(VENV)/.installed
	$(MANAGE) compile_translations
	touch $(MO_FILES)

messages: $(MO_FILES)

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

# runserver and the task worker together (ops/dev-server.sh): stopping one stops both.
run: messages demo
	bash ops/dev-server.sh $(HOST):$(PORT)

# The task worker alone (`make run` already starts one).
worker: migrate
	$(MANAGE) run_worker

test: messages
	$(BIN)/python -m pytest $(PYTEST_ARGS)
ifeq ($(strip $(PYTEST_ARGS)),)
	$(BIN)/python -m pytest tests/browser
endif

# Browser tests (Playwright driving Debian's Chromium, axe-core) run in a pytest session of
# their own (tests/browser/conftest.py says why); without Chromium they skip, under CI=true
# they fail. Screenshots go to test-artifacts/.
test-browser: messages
	$(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 media static .pytest_cache

# Production mode on loopback (ops/serve-production.sh): gunicorn, production settings.
serve-production: messages
	bash ops/serve-production.sh run

# Load benchmarks against gunicorn in production settings (bench/run.sh, docs/benchmarks.md).
bench: messages
	bash bench/run.sh

bench-soak: messages
	bash bench/soak.sh

# Lighthouse, mobile, on five page types (bench/lighthouse.sh, docs/lighthouse.md).
bench-lighthouse: messages
	bash bench/lighthouse.sh

# Database and media to one archive, and back (docs/operations.md "Backups").
backup: install
	$(MANAGE) backup $(BACKUP_ARGS)

restore: install
	$(MANAGE) restore $(BACKUP)

# The site as a small cluster on loopback (ops/cluster.sh, docs/operations.md "Cluster"): nginx on
# :8080 in front of two app nodes, PostgreSQL, Redis, three OpenSearch nodes, S3Proxy media.
cluster: messages
	bash ops/cluster.sh start

cluster-stop:
	bash ops/cluster.sh stop

cluster-status:
	bash ops/cluster.sh status

# Its tests, faults included (tests/cluster); the cluster must be up (`make cluster`).
test-cluster: messages
	MIKSER_CLUSTER_TESTS=1 $(BIN)/python -m pytest tests/cluster $(PYTEST_ARGS)
