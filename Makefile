# Every target bootstraps .venv on first use, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: demo test generate check-generated lint typecheck pytest bench record clean

$(READY): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(READY)

# The demo session runs on the in-process fake; `make demo BASE_URL=...` runs it against a server.
demo: $(READY)
	$(BIN)/python -m cf_email_security.demo $(if $(BASE_URL),--base-url '$(BASE_URL)')

generate: $(READY)
	$(BIN)/python generator/generate.py

check-generated: $(READY)
	$(BIN)/python generator/generate.py --check

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(READY)
	$(BIN)/mypy generated/ overlays/

pytest: $(READY)
	$(BIN)/pytest -q

test: check-generated lint typecheck pytest

bench: $(READY)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python tests/benchmarks/bench.py
	$(BIN)/python tests/benchmarks/bench_batch.py

# Re-record tests/recorded/cassettes (record mode rewrite): against a fresh local fake per test, or
# RECORD_BASE_URL if set, or the real API if CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID are set.
# Then replay them offline with the secret scan and contract checks.
record: $(READY)
	$(BIN)/pytest -q tests/recorded/test_flows.py --record-mode=rewrite
	$(BIN)/pytest -q tests/recorded

clean:
	rm -rf $(VENV) build *.egg-info
