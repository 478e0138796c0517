"""The sdist and wheel a release would upload (`make dist` builds and checks the same): `twine check`
accepts them, the sdist holds no tests but the LICENSE, the wheel's metadata says what pyproject.toml
declares, and README's install lines, run as written, give a working package.

Built offline (`python -m build --no-isolation`, so setuptools comes from this venv) from a copy of the
checkout in tmp, so that the build's egg-info and build/ never land in the working tree. README's
`pip install` lines run verbatim through `sh`, each into a fresh venv (no pip, nothing from this one),
offline: pip's options come from `PIP_*` variables (no index, no dependencies, no build isolation), and
the dependencies from this venv's site-packages, added after the fresh venv's own by a `.pth` file (its
editable install of this package is a `.pth` hook, which a path added so is not run). The editable line
(`pip install -e`) is the one every dev target bootstraps `.venv` with, so it is not run again here.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

from support import readme_table

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
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout, as a fresh clone has it."""
    copy = tmp_path_factory.mktemp("clone") / "cloudflare-email-security"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    return copy


@pytest.fixture(scope="module")
def dists(source: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel), built once for the module into a `dist/` of their own."""
    out = tmp_path_factory.mktemp("packaging") / "dist"
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
    assert {"LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "README.md", "pyproject.toml"} <= names
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


def install_lines() -> list[str]:
    """README's `pip install` lines in its Install section, but the editable one."""
    section = readme_table.section(readme_table.README.read_text(encoding="utf-8"), "## Install")
    lines = [line for block in readme_table.code_blocks(section, "sh") for line in block.splitlines()]
    return [
        line for line in lines if line.startswith("pip install") and not line.startswith("pip install -e")
    ]


def fresh_venv(path: Path) -> Path:
    """A venv without pip whose only extra is this venv's site-packages, after its own; its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True, timeout=60)
    python = path / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    Path(purelib, "dependencies-from-the-test-venv.pth").write_text("\n".join(ours) + "\n")
    return python


def run_install_line(line: str, cwd: Path, python: Path) -> None:
    """`line` as a user types it, in `cwd`, installing into `python`'s venv, offline."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("PIP_", "PYTHON"))}
    env.update(
        PATH=os.pathsep.join([str(python.parent), str(Path(sys.executable).parent), env.get("PATH", "")]),
        PIP_CONFIG_FILE=os.devnull,  # no user or site configuration: no index, no find-links of theirs
        PIP_PYTHON=str(python),
        PIP_NO_INDEX="1",
        PIP_NO_DEPS="1",
        PIP_IGNORE_INSTALLED="1",  # this venv's editable install is visible through the .pth: not "satisfied"
        PIP_NO_BUILD_ISOLATION="0",  # pip's inverted `--no-*` variables: "0" means --no-build-isolation
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_CACHE_DIR="1",  # nothing written to the user's cache
    )
    ran = subprocess.run(["sh", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, f"README's `{line}` failed:\n{ran.stdout}{ran.stderr}"


def test_readme_has_the_two_install_lines() -> None:
    """The control for the test below: one line installs the clone, one the built wheel."""
    lines = install_lines()
    assert len(lines) == 2, lines
    assert sum("dist/" in line for line in lines) == 1, lines


@pytest.mark.parametrize("line", install_lines(), ids=lambda line: "wheel" if "dist/" in line else "clone")
def test_readme_install_line_gives_a_working_package(
    line: str, source: Path, dists: tuple[Path, Path], tmp_path: Path
) -> None:
    """Run where a user runs it (the wheel's line beside `dist/`, the clone's at its top), then the
    package imports from the fresh venv, not the checkout, and its command answers --help."""
    python = fresh_venv(tmp_path / "venv")
    run_install_line(line, dists[1].parent.parent if "dist/" in line else source, python)
    imported = subprocess.run(
        [
            str(python),
            "-c",
            "import cf_email_security, cf_email_security_generated as g; "
            "print(cf_email_security.__file__); print(g.__file__)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr
    venv = (tmp_path / "venv").resolve()
    for module_file in imported.stdout.split():
        assert Path(module_file).resolve().is_relative_to(venv), module_file
    for command in (
        [str(python.parent / "cf-email-security"), "--help"],
        [str(python), "-m", "cf_email_security", "--help"],
    ):
        helped = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert helped.returncode == 0 and "usage: cf-email-security" in helped.stdout, helped.stderr
