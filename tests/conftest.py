"""Fixtures for every test."""

from __future__ import annotations

import pytest

from fakes import ENV_VARS


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own CLOUDFLARE_* variables must not leak into (or rescue) any test."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
