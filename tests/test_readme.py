"""README.md as a newcomer meets it: the operations table is the spec's, rendered (the docs cannot drift,
and a spec change costs one command, `python tests/support/readme_table.py --write`); the first example
runs as pasted, with no account; the install lines never name the package bare, as an index would
resolve it; and the text speaks to users, with contributor matters in CONTRIBUTING.md."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import readme_table, spec

README_TEXT = readme_table.README.read_text(encoding="utf-8")
# What users need not know: where the spec's facts came from and how the project is run. It belongs in
# CONTRIBUTING.md (or in the spec, where nothing renders it).
CONTRIBUTOR_WORDS = (
    "seed doc",
    "../shared",
    "upstream",
    "gen a",
    "gen b",
    "x-sdk-",
    "x-natural-key",
    "x-deprecation",
    "x-codegen",
    "py-5.",
    "spec-0",
)
# A requirement naming this project (any spelling pip normalises to it), as a `pip install` argument.
BARE_NAME = re.compile(r"""(?:^|\s)['"]?cloudflare[-_.]email[-_.]security\b""", re.IGNORECASE)


def test_readme_table_is_the_one_the_spec_renders() -> None:
    expected = readme_table.render(spec.load_source())
    actual = readme_table.current(README_TEXT)
    assert actual == expected, (
        "README.md's operations table differs from the spec; run `python tests/support/readme_table.py"
        " --write`, or put this in its '## Operations' section:\n" + "\n".join(expected)
    )


def test_the_table_has_a_row_per_operation() -> None:
    """The control: every operation of the spec is a row, once."""
    rows = readme_table.render(spec.load_source())[2:]
    assert len(rows) == len(spec.operations(spec.load_source())) == len(set(rows))


def test_write_replaces_the_table_only() -> None:
    text = "# x\n\n## Operations\n\nIntro.\n\n| old |\n|---|\n| row |\n\nAfter.\n\n## Next\n\n| other |\n"
    table = readme_table.render(spec.load_source())
    written = readme_table.rewritten(text, table)
    assert written.startswith(
        "# x\n\n## Operations\n\nIntro.\n\n" + "\n".join(table) + "\n\nAfter.\n\n## Next"
    )
    assert written.endswith("| other |\n")
    assert readme_table.current(written) == table


def test_the_first_example_runs_as_pasted_without_an_account(tmp_path: Path) -> None:
    """In a fresh interpreter, outside the checkout, with no CLOUDFLARE_* variable set: it must need
    nothing but the installed package, print what it listed, and warn about nothing."""
    first = readme_table.code_blocks(README_TEXT, "python")[0]
    env = {name: value for name, value in os.environ.items() if not name.startswith("CLOUDFLARE_")}
    ran = subprocess.run(
        [sys.executable, "-c", first], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, f"README's first example failed:\n{first}\n{ran.stderr}"
    assert ran.stdout.strip(), "README's first example printed nothing"
    assert ran.stderr == "", f"README's first example wrote to stderr:\n{ran.stderr}"


def test_the_first_example_is_followed_by_the_real_account() -> None:
    """After the fake, the same client on a real account: the second example builds it from the
    environment, and the text names the variables it reads."""
    second = readme_table.code_blocks(README_TEXT, "python")[1]
    assert "EmailSecurity()" in second
    assert "CLOUDFLARE_API_TOKEN" in README_TEXT and "CLOUDFLARE_ACCOUNT_ID" in README_TEXT


@pytest.mark.parametrize("path", [readme_table.README, readme_table.CONTRIBUTING], ids=lambda p: p.name)
def test_pip_install_never_names_the_package_bare(path: Path) -> None:
    """The name is not on the package index: `pip install cloudflare-email-security[...]` fails, or
    installs whatever someone else registers under it. Every install goes through a path."""
    text = path.read_text(encoding="utf-8")
    bare = [
        line.strip()
        for line in text.splitlines()
        if "pip install" in line and BARE_NAME.search(line.split("pip install", 1)[1])
    ]
    assert not bare, f"{path.name}: `pip install` by the bare name: {bare}"


def test_install_section_installs_from_a_clone_or_a_built_wheel() -> None:
    install = readme_table.section(README_TEXT, "## Install")
    commands = [line for block in readme_table.code_blocks(install, "sh") for line in block.splitlines()]
    assert any(line.startswith("pip install './") for line in commands), commands
    assert any(line.startswith("pip install -e './") for line in commands), commands
    assert any(line.startswith("make dist") for line in commands), commands
    assert any(line.startswith("pip install") and "dist/" in line for line in commands), commands
    assert "not on PyPI" in install


def test_readme_speaks_to_users() -> None:
    lowered = README_TEXT.lower()
    found = [word for word in CONTRIBUTOR_WORDS if word in lowered]
    assert not found, f"README.md speaks of {found}: contributor matters go in CONTRIBUTING.md"


def test_readme_links_contributing_which_holds_the_contributor_matters() -> None:
    assert "(CONTRIBUTING.md)" in README_TEXT
    contributing = readme_table.CONTRIBUTING.read_text(encoding="utf-8")
    headings = [line for line in contributing.splitlines() if line.startswith("#")]
    for heading in ("## How it is built", "## Regenerating after a spec change", "## Cassettes"):
        assert any(line.startswith(heading) for line in headings), heading
    for topic in ("make upstream-diff", "make record", "make conformance", "make dist", "../shared/"):
        assert topic in contributing, topic


@pytest.mark.parametrize("path", [readme_table.README, readme_table.CONTRIBUTING], ids=lambda p: p.name)
def test_every_make_command_is_a_target(path: Path) -> None:
    makefile = (spec.REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z0-9-]*):", makefile, re.MULTILINE))
    named = set(re.findall(r"`make ([a-z][a-z0-9-]*)", path.read_text(encoding="utf-8")))
    named |= {
        match
        for block in readme_table.code_blocks(path.read_text(encoding="utf-8"), "sh")
        for match in re.findall(r"^make ([a-z][a-z0-9-]*)", block, re.MULTILINE)
    }
    assert named and named <= targets, f"{path.name} names {sorted(named - targets)}: not Makefile targets"
