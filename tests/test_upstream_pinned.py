"""The spec against the official SDK versions it was last reconciled with, read offline from the cache
`make pytest` fills (see UPSTREAM_NPM_VERSION in the Makefile): every difference is explained in
spec/upstream-differences.yaml, and every entry there still explains one.

`make upstream-diff` compares the newest releases, on a schedule; this test keeps the declared file true
between those runs, so that a spec edit that opens a difference, or leaves an entry explaining nothing,
fails `make test` instead of waiting for the next scheduled run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".venv" / "upstream-cache"


def pinned() -> tuple[Path, Path]:
    """The cached npm package folder and PyPI wheel of the pinned versions, or a skip saying why."""
    npm_version, pypi_version = (
        os.environ.get("UPSTREAM_NPM_VERSION"),
        os.environ.get("UPSTREAM_PYPI_VERSION"),
    )
    if not npm_version or not pypi_version:
        pytest.skip("run through `make pytest`, which names the pinned SDK versions (UPSTREAM_NPM_VERSION)")
    if shutil.which("node") is None and not (ROOT / ".venv" / "node").is_dir():
        pytest.skip("node is needed to read the npm package")
    npm = CACHE / "npm" / f"cloudflare-{npm_version}"
    wheels = sorted((CACHE / "pypi").glob(f"cloudflare-{pypi_version}-*.whl"))
    if not npm.is_dir() or not wheels:
        pytest.skip(
            f"the pinned SDKs (npm {npm_version}, PyPI {pypi_version}) are not in .venv/upstream-cache"
        )
    return npm, wheels[0]


def test_every_difference_from_the_pinned_sdks_is_explained() -> None:
    npm, wheel = pinned()
    command = [sys.executable, "-m", "generator.upstream", "--npm", str(npm), "--pypi", str(wheel)]
    run = subprocess.run(
        [*command, "--cache", str(CACHE)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, (
        f"the spec and the pinned SDKs differ unexplained:\n{run.stdout}\n{run.stderr}"
    )
    assert "0 not explained" in run.stdout and "0 stale entries" in run.stdout, run.stdout
