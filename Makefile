# Every target bootstraps its venv on first use, so each works on a fresh clone.
# `make demo` needs Python >= 3.10 and installs only the package (httpx, attrs, orjson) into .venv-demo.
# The dev targets (test, generate, lint, typecheck, pytest, bench, record) use .venv and need >= 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
DEMO_VENV := .venv-demo
PIP_INSTALL = -m pip install --quiet --disable-pip-version-check
# test-pythons: each of these minor versions, the newest patch release found under PYENV_VERSIONS.
PYENV_VERSIONS ?= $(HOME)/.pyenv/versions
TEST_PYTHONS ?= 3.10 3.11 3.12 3.13
# pytest-xdist workers for `pytest`: one per core (`make test PYTEST_WORKERS=0` runs in one process).
PYTEST_WORKERS ?= auto

.PHONY: demo test replay test-pythons generate check-generated lint typecheck verifytypes pytest bench record clean upstream-diff docs breaking released-surface

$(READY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { echo "make: the dev targets need Python >= 3.11 (generation does), but PYTHON=$(PYTHON) is $$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null || echo 'not found'); run e.g. 'make test PYTHON=python3.11' ('make demo' works on 3.10)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python $(PIP_INSTALL) --upgrade pip
	$(BIN)/python $(PIP_INSTALL) -e '.[dev]'
	touch $(READY)

# The TypeScript compiler, pinned, that `make upstream-diff` reads the npm SDK with (and its tests, in
# `make pytest`): installed from the npm registry into .venv/node, so node needs nothing global. Without
# npm the rule says so and goes on; the tests that need it are then skipped, saying why.
TYPESCRIPT_VERSION := 5.9.3
TYPESCRIPT_READY := $(VENV)/node/.typescript-$(TYPESCRIPT_VERSION)

$(TYPESCRIPT_READY):
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --prefix $(VENV)/node --no-save --no-package-lock --no-audit --no-fund --silent \
	    typescript@$(TYPESCRIPT_VERSION) && touch $@; \
	else \
	  echo "make: npm not found: the TypeScript side of 'make upstream-diff' and its tests need node and npm" >&2; \
	fi

# The official SDK versions the spec was last reconciled with (`make upstream-diff` compares the newest):
# this rule downloads them once into .venv/upstream-cache, and tests/test_upstream_pinned.py compares
# them with the spec offline, so that a spec edit leaving a difference unexplained fails `make test`.
# Raise both when the spec follows a newer release. Without npm the rule says so and the test skips.
UPSTREAM_NPM_VERSION := 7.3.0
UPSTREAM_PYPI_VERSION := 5.9.0
UPSTREAM_PINNED_READY := $(VENV)/upstream-cache/.pinned-$(UPSTREAM_NPM_VERSION)-$(UPSTREAM_PYPI_VERSION)

$(UPSTREAM_PINNED_READY): $(READY) $(TYPESCRIPT_READY)
	@if command -v npm >/dev/null 2>&1; then \
	  $(BIN)/python -m generator.upstream --npm-version $(UPSTREAM_NPM_VERSION) \
	    --pypi-version $(UPSTREAM_PYPI_VERSION) >/dev/null 2>&1; \
	  if [ -d $(VENV)/upstream-cache/npm/cloudflare-$(UPSTREAM_NPM_VERSION) ]; then touch $@; \
	  else echo "make: could not download the pinned official SDKs; tests/test_upstream_pinned.py will skip" >&2; fi; \
	else \
	  echo "make: npm not found: tests/test_upstream_pinned.py will skip" >&2; \
	fi

$(DEMO_VENV)/.ready: pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python $(PIP_INSTALL) -e .
	touch $@

# The demo session runs on the in-process fake; `make demo BASE_URL=...` runs it against a server.
demo: $(DEMO_VENV)/.ready
	$(DEMO_VENV)/bin/python -m cf_email_security.demo $(if $(BASE_URL),--base-url '$(BASE_URL)')

# Generation also rewrites README.md's operations table from the spec (tests/test_readme.py checks it).
generate: $(READY)
	$(BIN)/python generator/generate.py
	$(BIN)/python tests/support/readme_table.py --write

check-generated: $(READY)
	$(BIN)/python generator/generate.py --check

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy, then pyright (pinned in the dev extra: its wheel brings pyright and, through the `nodejs` extra,
# a Node.js from PyPI, so nothing else is installed), strict on generated/ and overlays/ as
# [tool.pyright] says. The README's examples are checked by both in tests/test_typing.py.
typecheck: $(READY)
	$(BIN)/mypy generated/ overlays/ generator/upstream/
	PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(BIN)/pyright --pythonpath $(BIN)/python

# pyright's type-completeness report on the public package (tests/test_typing.py asks for 100 %). It reads
# the package as the `python` on PATH imports it, and no static tool follows the editable install's import
# hook, so the source folders are named.
verifytypes: $(READY)
	PATH="$(CURDIR)/$(BIN):$$PATH" PYTHONPATH="$(CURDIR)/generated:$(CURDIR)/overlays" \
	  PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(BIN)/pyright --verifytypes cf_email_security --ignoreexternal

# First in `make test` (about 2 s): the spec's public surface (every method's arguments, types, limits and
# values, every model and enum) against spec/released-surface.json, the last release's. It prints each
# difference, BREAKING ones first, and fails while CHANGELOG.md's [Unreleased] section does not name a
# breaking one (CONTRIBUTING.md, "Breaking changes"). `make released-surface` makes the spec's surface
# the released one: run it when a version is released.
breaking: $(READY)
	@$(BIN)/python generator/surface.py

released-surface: $(READY)
	$(BIN)/python generator/surface.py --release

# The cassette replay first: after a spec change its messages, naming what changed on the wire, come on
# top even when a later step (check-generated, mypy) fails too.
replay: $(READY)
	$(BIN)/pytest -q -p no:cacheprovider tests/recorded/test_flows.py -x --tb=line

pytest: $(READY) $(TYPESCRIPT_READY) $(UPSTREAM_PINNED_READY)
	UPSTREAM_NPM_VERSION=$(UPSTREAM_NPM_VERSION) UPSTREAM_PYPI_VERSION=$(UPSTREAM_PYPI_VERSION) \
	  $(BIN)/pytest -q -n $(PYTEST_WORKERS) --ignore=tests/recorded/test_flows.py

# The runtime tests on every Python of TEST_PYTHONS found under PYENV_VERSIONS (one missing is skipped,
# with a line saying so), each in .venv-py<version> holding only the package and its '[test]' extra:
# tests/conftest.py skips, with the reason, what needs the generator, openapi-core or mypy. The versions
# run at once, one process each (their tests wait on sockets and subprocesses a good part of the time,
# so three share two cores better than one after the other with a worker per core); each one's output
# is printed whole when all have ended. Fails if any fails.
test-pythons: $(TYPESCRIPT_READY)
	@failed=""; runs=""; logs=$$(mktemp -d); \
	for version in $(TEST_PYTHONS); do \
	  python=$$(ls -d $(PYENV_VERSIONS)/$$version.*/bin/python 2>/dev/null | sort -V | tail -n 1); \
	  if [ -z "$$python" ]; then \
	    echo "test-pythons: skipping Python $$version: none under $(PYENV_VERSIONS)"; continue; \
	  fi; \
	  venv=.venv-py$$version; \
	  echo "test-pythons: Python $$version ($$python) in $$venv"; \
	  if [ ! $$venv/.ready -nt pyproject.toml ]; then \
	    { $$python -m venv --clear $$venv && $$venv/bin/python $(PIP_INSTALL) -e '.[test]' \
	      && touch $$venv/.ready; } || { failed="$$failed $$version"; continue; }; \
	  fi; \
	  { $$venv/bin/python -m pytest -q -p no:cacheprovider -p no:xdist >$$logs/$$version 2>&1 \
	    || touch $$logs/$$version.failed; } & \
	  runs="$$runs $$version"; \
	done; \
	wait; \
	for version in $$runs; do \
	  echo "test-pythons: Python $$version:"; cat $$logs/$$version; \
	  if [ -e $$logs/$$version.failed ]; then failed="$$failed $$version"; fi; \
	done; \
	rm -rf $$logs; \
	if [ -n "$$failed" ]; then echo "test-pythons: failed on Python$$failed" >&2; exit 1; fi

# In `make test`, test-pythons leaves out the Python the dev suite has just run on (in .venv, with every
# extra: the same tests and the ones the `test`-only venvs skip); the other versions check the
# `test`-extra-only install. `make test-pythons` alone runs every version of TEST_PYTHONS.
DEV_PYTHON_VERSION = $(shell $(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)

test: breaking replay check-generated lint typecheck pytest
	@$(MAKE) --no-print-directory test-pythons TEST_PYTHONS="$(filter-out $(DEV_PYTHON_VERSION),$(TEST_PYTHONS))"

# The reference site, strict, into build/site (open build/site/index.html): a page, link or name that
# leads nowhere fails it (tests/test_docs.py builds it too). Its pages are generated/docs, which `make
# generate` writes: the README as home page, an api.md per resource, and the client, errors, batch helpers
# and fake, read from the code. Material's notice about MkDocs 2.0 is silenced.
docs: $(READY)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --config-file generator/docs/mkdocs.yml
	@echo "docs: built build/site/index.html"

bench: $(READY)
	$(BIN)/python $(PIP_INSTALL) -e '.[dev,bench]'
	$(BIN)/python tests/benchmarks/bench.py
	$(BIN)/python tests/benchmarks/bench_batch.py
	$(BIN)/python tests/benchmarks/bench_cli.py

# Re-record tests/recorded/cassettes (record mode rewrite): against a fresh local fake per test, or
# RECORD_BASE_URL if set, or the real API if CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID are set.
# Then replay them offline with the secret scan and contract checks.
record: $(READY)
	$(BIN)/pytest -q tests/recorded/test_flows.py --record-mode=rewrite
	$(BIN)/pytest -q tests/recorded

clean:
	rm -rf $(VENV) $(DEMO_VENV) .venv-py3.* build dist *.egg-info

# The sdist and the wheel a release uploads, built into dist/ from this checkout with the dev venv's
# setuptools (build/ and the egg-info go first, so that nothing deleted since a last build comes back),
# then checked: `twine check --strict` accepts both, and the wheel, installed with its dependencies from
# the package index into a throwaway venv, imports and answers `cf-email-security --help` there, outside
# the checkout. tests/test_packaging.py builds the same way, offline, and runs README's install lines.
.PHONY: dist
dist: $(READY)
	rm -rf build dist *.egg-info
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/python -m twine check --strict dist/*
	@check=$$(mktemp -d) && trap 'rm -rf "$$check"' EXIT && wheel=$$(ls "$(CURDIR)"/dist/*.whl) && \
	  $(BIN)/python -m venv "$$check/venv" && \
	  "$$check/venv/bin/python" $(PIP_INSTALL) "$$wheel[cli]" && cd "$$check" && \
	  venv/bin/python -c 'import cf_email_security as p; print("dist: imported from", p.__file__)' && \
	  venv/bin/cf-email-security --help >/dev/null && \
	  echo "dist: $$(cd "$(CURDIR)/dist" && echo *) checked"

# Schemathesis against the fake API with upstream's live reference (../shared/reference/) as the schema:
# every check, at most CONFORMANCE_EXAMPLES test cases per operation and phase, CONFORMANCE_TIME seconds
# in all. Not part of `make test`: it installs schemathesis into .venv (not a project dependency) and
# takes minutes. It fails on a finding tests/conformance/findings.yaml does not explain, or calls a fake bug.
CONFORMANCE_EXAMPLES ?= 20
CONFORMANCE_TIME ?= 300
.PHONY: conformance
conformance: $(READY)
	$(BIN)/python $(PIP_INSTALL) -e '.[dev,conformance]'
	$(BIN)/python tests/conformance/run_schemathesis.py --max-examples $(CONFORMANCE_EXAMPLES) --max-time $(CONFORMANCE_TIME)

# The official SDKs against the spec (generator/upstream/): the newest npm and PyPI `cloudflare` packages
# are fetched (cached in .venv/upstream-cache), their Email Security resources and types read, matched
# to spec/ operations by method and path, and compared field by field. Fails, naming it, on a difference that
# spec/upstream-differences.yaml does not explain, or on an entry there that explains nothing any more.
# Not part of `make test` (it needs the registries): run it on a schedule. Options go in
# UPSTREAM_DIFF_ARGS, e.g. '--openapi openapi.json', '--npm-version 7.3.0', '--pypi cloudflare.whl', '--json'.
upstream-diff: $(READY) $(TYPESCRIPT_READY)
	@$(BIN)/python -m generator.upstream $(UPSTREAM_DIFF_ARGS)
