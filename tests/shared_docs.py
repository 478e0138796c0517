"""Where the tests find the project's spec and the reference material kept beside the repository."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "spec" / "email-security-settings.yaml"
# Seed documents and the upstream reference live in `shared/` next to the checkout, not inside it.
SHARED_DIR = REPO_ROOT.parent / "shared"


def require_shared(*relative_parts: str) -> Path:
    """Return a path under ../shared/, or skip the test: a checkout without it cannot compare against it."""
    path = SHARED_DIR.joinpath(*relative_parts)
    if not path.exists():
        pytest.skip(
            f"{path} absent: tests that compare against ../shared/ need it beside the repository",
        )
    return path


@functools.cache
def load_spec() -> dict[str, Any]:
    """Load the hand-maintained spec once per session; callers must not mutate the result."""
    with SPEC_PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
