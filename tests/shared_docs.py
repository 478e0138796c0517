"""Where the tests find the project's spec and the reference material kept beside the repository."""

from __future__ import annotations

import functools
import subprocess
import sys
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


def generate_client(spec: dict[str, Any], directory: Path) -> Path:
    """Generate a client from `spec` (a changed copy of the project's) into directory/out, the way
    `make generate` does; the directory to put first on sys.path to import it."""
    spec_path = directory / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = directory / "out"
    command = [sys.executable, str(REPO_ROOT / "generator" / "generate.py"), "--spec", str(spec_path)]
    subprocess.run([*command, "--out", str(out)], check=True, capture_output=True)
    return out
