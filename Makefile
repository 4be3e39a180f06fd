# newswatch: the two commands in the README are `make demo` and `make test`.
# Both install what they need first (Python packages into .venv, Redis and Elasticsearch via
# scripts/services.sh) and work on a fresh machine of this kind.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SERVICES := scripts/services.sh
WITH_ENV := set -a; eval "$$($(SERVICES) env)"; set +a;

.PHONY: install services demo run test lint unit integration bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

services:
	$(SERVICES) up

demo: install services  ## Serve the bundled demo news site and run the full pipeline on it
	$(WITH_ENV) $(BIN)/newswatch demo

run: install services  ## One pass over feeds.yaml (needs internet for the real feeds)
	$(WITH_ENV) $(BIN)/newswatch run --once

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy worker bench

test: install services lint  ## Unit and integration tests against real Redis and Elasticsearch
	$(WITH_ENV) $(BIN)/pytest tests/unit tests/integration -q -ra

unit: install
	$(BIN)/pytest tests/unit -q

bench: install services
	$(WITH_ENV) $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
