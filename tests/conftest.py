"""Fixtures for every test, and the skips that let the runtime tests run where only `.[test]` is installed.

`make test-pythons` runs the suite on Python 3.10 to 3.13 in venvs holding only the package and its
`test` extra. What needs a tool of the dev extra (the generator, openapi-core, openapi-spec-validator,
mypy) is skipped there with the reason, never failed: a test module that imports one at module level,
directly or through `contract`, is skipped whole; a test that runs the generator is skipped when it
calls `shared_docs.generate_client`; a module that runs mypy in a subprocess is listed below. In the dev
venv, where all of them are installed, nothing here changes.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import shared_docs
from fakes import ENV_VARS

# Importable name -> what provides it, for the skip reason.
DEV_ONLY = {
    "openapi_core": "openapi-core",
    "openapi_spec_validator": "openapi-spec-validator",
    "openapi_python_client": "openapi-python-client (the generator)",
    "mypy": "mypy",
}
# Test modules that run a dev-only tool in a subprocess (`python -m mypy`) rather than import it.
RUNS_IN_SUBPROCESS = {"test_typing.py": "mypy"}
MISSING = {name: dist for name, dist in DEV_ONLY.items() if importlib.util.find_spec(name) is None}


def reason(dist: str) -> str:
    return f"needs {dist}, not installed here: the dev extra has it (pip install -e '.[dev]')"


class SkipMissingDevTools(importlib.abc.MetaPathFinder):
    """Turns the import of an absent dev-only tool into a module-level skip instead of a collection error."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        top = fullname.partition(".")[0]
        if top in MISSING:
            raise pytest.skip.Exception(reason(MISSING[top]), allow_module_level=True)
        return None


if MISSING:
    sys.meta_path.insert(0, SkipMissingDevTools())

if "openapi_python_client" in MISSING:

    def _skip_generation(spec: dict[str, Any], directory: Path) -> Path:
        pytest.skip(reason(MISSING["openapi_python_client"]))

    # Test modules import it by name after this conftest is loaded, so they get this one.
    shared_docs.generate_client = _skip_generation


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        tool = RUNS_IN_SUBPROCESS.get(item.path.name)
        if tool in MISSING:
            item.add_marker(pytest.mark.skip(reason=reason(MISSING[tool])))


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own CLOUDFLARE_* variables must not leak into (or rescue) any test."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


# ---- the cassette replay runs first (issue 12): its messages name a spec change before anything else ----


@pytest.hookimpl(specname="pytest_collection_modifyitems", trylast=True)
def pytest_collection_modifyitems_replay_first(items: list[pytest.Item]) -> None:
    from support.ordering import replay_first

    replay_first(items)
