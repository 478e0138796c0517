"""The sdist and wheel a release would upload: `twine check` accepts them, the sdist holds no tests but
the LICENSE, and the wheel's metadata says what pyproject.toml declares.

Built offline (`python -m build --no-isolation`, so setuptools comes from this venv) from a copy of the
checkout in tmp, so that the build's egg-info and build/ never land in the working tree.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

if importlib.util.find_spec("build") is None or importlib.util.find_spec("twine") is None:
    pytest.skip(
        "needs build and twine, not installed here: the dev extra has them (pip install -e '.[dev]')",
        allow_module_level=True,
    )

ROOT = Path(__file__).resolve().parent.parent
CLASSIFIERS = {
    "Typing :: Typed",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Communications :: Email",
    "Intended Audience :: Developers",
}
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
)


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel), built once for the module."""
    tmp = tmp_path_factory.mktemp("packaging")
    source, out = tmp / "source", tmp / "dist"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)]
    built = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


def test_twine_check_accepts_both(dists: tuple[Path, Path]) -> None:
    command = [sys.executable, "-m", "twine", "check", "--strict", *map(str, dists)]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_sdist_has_license_and_changelog_but_no_tests(dists: tuple[Path, Path]) -> None:
    sdist, _ = dists
    with tarfile.open(sdist) as archive:
        names = {name.partition("/")[2] for name in archive.getnames()}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= names
    assert "overlays/cf_email_security/__init__.py" in names
    assert "generated/cf_email_security_generated/py.typed" in names
    assert not [name for name in names if name == "tests" or name.startswith("tests/")]


def test_wheel_metadata_has_license_and_classifiers(dists: tuple[Path, Path]) -> None:
    _, wheel = dists
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (dist_info,) = {name.partition("/")[0] for name in names if name.endswith(".dist-info/METADATA")}
        metadata = HeaderParser().parsestr(archive.read(f"{dist_info}/METADATA").decode())
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert f"{dist_info}/licenses/LICENSE" in names
    assert set(metadata.get_all("Classifier") or []) >= CLASSIFIERS
    assert metadata["Requires-Python"] == ">=3.10"
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert set(urls) == {"Homepage", "Documentation", "Changelog", "Issues"}
    assert {"cf_email_security/py.typed", "cf_email_security_generated/py.typed"} <= names
    assert not [name for name in names if name.startswith("tests/")]
