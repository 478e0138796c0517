"""Acceptance test of issue 23: a breaking change names itself first (`make breaking`, first in `make test`).

Each change is applied to a copy of the spec (as in test_spec_change.py), its surface computed through
the generator's views and compared with spec/released-surface.json: the check's first lines name what
breaks (an operation removed, a path parameter renamed, a new required body field, a narrower
maxLength, an enum value removed), it fails until an entry of a CHANGELOG copy's [Unreleased] section
names each, and then passes. Benign changes pass with `info` lines; the current spec passes.
"""

from __future__ import annotations

import copy
import functools
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from shared_docs import REPO_ROOT, load_spec

sys.path.insert(0, str(REPO_ROOT / "generator"))
import surface

Spec = dict[str, Any]
CHANGELOG = REPO_ROOT / "CHANGELOG.md"
BLOCK_SENDER = "/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}"


# ---- the changes ----------------------------------------------------------------------------------------


def remove_operation(spec: Spec) -> None:
    """Searching mail goes away."""
    del spec["paths"]["/accounts/{account_id}/email-security/investigate"]["get"]


def rename_path_parameter(spec: Spec) -> None:
    """A blocked sender's id is called sender_id: its path, and so get, update and delete."""
    spec["paths"][BLOCK_SENDER.replace("pattern_id", "sender_id")] = spec["paths"].pop(BLOCK_SENDER)
    spec["components"]["parameters"]["pattern_id"]["name"] = "sender_id"


def new_required_field(spec: Spec) -> None:
    """Creating a blocked sender needs a `foo`."""
    create = spec["components"]["schemas"]["CreateBlockedSender"]
    create["properties"]["foo"] = {"type": "string"}
    create["required"].append("foo")


def narrower_max_length(spec: Spec) -> None:
    """A new blocked sender's pattern may be at most 512 characters, not 1024."""
    properties = spec["components"]["schemas"]["CreateBlockedSender"]["properties"]
    properties["pattern"] = {"type": "string", "minLength": 1, "maxLength": 512}


def narrower_comments(spec: Spec) -> None:
    """Comments, which most settings bodies take, may be at most 500 characters, not 1024."""
    spec["components"]["schemas"]["Comments"]["maxLength"] = 500


def enum_value_removed(spec: Spec) -> None:
    """Lists can no longer be ordered by creation time."""
    spec["components"]["schemas"]["PatternOrder"]["enum"].remove("created_at")


def benign(spec: Spec) -> None:
    """A new optional field on a create body, and a new operation."""
    spec["components"]["schemas"]["CreateBlockedSender"]["properties"]["label"] = {"type": "string"}
    path = spec["paths"]["/accounts/{account_id}/email-security/settings/block_senders"]
    spec["paths"]["/accounts/{account_id}/email-security/settings/block_senders/count"] = {
        "parameters": path["parameters"],
        "get": {
            **copy.deepcopy(path["get"]),
            "operationId": "email_security_count_blocked_senders",
            "x-sdk-method": "count",
            "parameters": [],
        },
    }


# change -> (the check's first lines, an entry of [Unreleased] that names them as a person writes it)
BREAKING: dict[Callable[[Spec], None], tuple[list[str], str]] = {
    remove_operation: (
        ["BREAKING investigate.list: operation removed"],
        "- `investigate.list` is gone: the API no longer searches mail.",
    ),
    rename_path_parameter: (
        [
            "BREAKING block_senders.delete, block_senders.get, block_senders.update: path parameter"
            " pattern_id renamed to sender_id (keyword callers break)"
        ],
        "- `block_senders.get`, `block_senders.update` and `block_senders.delete` take `sender_id`, not\n"
        "  `pattern_id`: pass it by position, or rename the keyword.",
    ),
    new_required_field: (
        [
            "BREAKING block_senders.create: new required body parameter foo",
            "BREAKING BlockedSenderPut, CreateBlockedSender: new required field foo",
        ],
        "- `block_senders.create`, `CreateBlockedSender` and `BlockedSenderPut` (a batch's puts) require\n"
        "  `foo`.",
    ),
    narrower_max_length: (
        [
            "BREAKING block_senders.create: body parameter pattern: maxLength 1024 -> 512 (narrowed)",
            "BREAKING BlockedSenderPut, CreateBlockedSender: field pattern: maxLength 1024 -> 512 (narrowed)",
        ],
        "- A blocked sender's `pattern` (`block_senders.create`, `CreateBlockedSender`, `BlockedSenderPut`)\n"
        "  is at most 512 characters.",
    ),
    enum_value_removed: (
        [
            "BREAKING PatternOrder: enum value created_at removed (taken by allow_policies.list order,"
            " block_senders.list order, trusted_domains.list order)"
        ],
        "- `PatternOrder.created_at` is gone: lists are ordered by pattern only.",
    ),
}


@functools.cache
def changed_surface(change: Callable[[Spec], None], directory: Path) -> surface.Entry:
    """The surface of a spec copy with one change, computed once per change (the views take a second)."""
    spec = copy.deepcopy(load_spec())
    change(spec)
    path = directory / f"{change.__name__}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return surface.surface(surface.load_sdk(path))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("spec-copies")


def changelog_with(directory: Path, entry: str) -> Path:
    """A copy of CHANGELOG.md whose [Unreleased] section holds entry."""
    text = CHANGELOG.read_text(encoding="utf-8")
    path = directory / "CHANGELOG.md"
    path.write_text(text.replace("## [Unreleased]\n", f"## [Unreleased]\n\n{entry}\n", 1), encoding="utf-8")
    return path


def run_check(
    found: surface.Entry, changelog: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str]]:
    status = surface.check(found, surface.RELEASED, changelog)
    return status, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("change", list(BREAKING), ids=lambda change: change.__name__)
def test_a_breaking_change_names_itself_first_until_the_changelog_names_it(
    change: Callable[[Spec], None], scratch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected, entry = BREAKING[change]
    found = changed_surface(change, scratch)
    status, lines = run_check(found, changelog_with(tmp_path, ""), capsys)
    assert status == 1, lines
    assert lines[: len(expected)] == expected, "\n".join(lines)
    assert not any(line.startswith("BREAKING") for line in lines[len(expected) :]), "\n".join(lines)

    status, lines = run_check(found, changelog_with(tmp_path, entry), capsys)
    assert status == 0, "\n".join(lines)
    assert lines[: len(expected)] == [line + "   [in CHANGELOG]" for line in expected]

    pasted = "\n".join(f"- {line}" for line in expected)
    status, lines = run_check(found, changelog_with(tmp_path, pasted), capsys)
    assert status == 0, "the BREAKING lines, pasted, name what they say\n" + "\n".join(lines)


def test_an_entry_must_name_every_part_of_a_breaking_change(
    scratch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An entry naming the places but not the new name, or a longer name that merely begins with a
    place's, or in another version's section, is no entry for it."""
    found = changed_surface(rename_path_parameter, scratch)
    must = (
        "  `pattern_id`, `sender_id` and one of `block_senders.delete`, `block_senders.get`,"
        " `block_senders.update`"
    )
    for entry in (
        "- `block_senders.get`, `block_senders.update` and `block_senders.delete` changed `pattern_id`.",
        "- `block_senders.get_all` takes `sender_id`, not `pattern_id`.",
        "- `pattern_id` is now `sender_id`.",
    ):
        status, lines = run_check(found, changelog_with(tmp_path, entry), capsys)
        assert status == 1, entry
        assert lines[-1] == must, "\n".join(lines)
    status, _ = run_check(
        found,
        changelog_with(tmp_path, "- `block_senders.get` and the others take `sender_id`, not `pattern_id`."),
        capsys,
    )
    assert status == 0, "one of the places it reaches, with what changed, names the change"
    text = CHANGELOG.read_text(encoding="utf-8").replace(
        "## [2.1.0] - 2026-12-07\n",
        "## [2.1.0] - 2026-12-07\n\n" + BREAKING[rename_path_parameter][1] + "\n",
        1,
    )
    released_section = tmp_path / "CHANGELOG.md"
    released_section.write_text(text, encoding="utf-8")
    status, _ = run_check(found, released_section, capsys)
    assert status == 1, "only the sections above the released version's count"


def test_one_edit_reaching_many_models_is_one_line_and_one_entry(
    scratch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A schema most settings bodies hold, narrowed once, is said once for the operations' arguments
    and once for the models' fields, each line listing every place it reaches; an entry naming the
    field, its new limit, one operation and one model covers it."""
    found = changed_surface(narrower_comments, scratch)
    status, lines = run_check(found, changelog_with(tmp_path, ""), capsys)
    breaking = [line for line in lines if line.startswith("BREAKING")]
    assert status == 1
    assert [line.split(": ", 1)[1] for line in breaking] == [
        "body parameter comments: maxLength 1024 -> 500 (narrowed)",
        "field comments: maxLength 1024 -> 500 (narrowed)",
    ], "\n".join(lines)
    places = [line.split(": ", 1)[0].removeprefix("BREAKING ").split(", ") for line in breaking]
    assert "allow_policies.create" in places[0] and len(places[0]) > 3
    assert "CreateAllowPolicy" in places[1] and len(places[1]) > 3
    entry = "- `comments` takes at most 500 characters (`allow_policies.create`, `CreateAllowPolicy`, ...)."
    status, lines = run_check(found, changelog_with(tmp_path, entry), capsys)
    assert status == 0, "\n".join(lines)


def test_benign_changes_pass_with_info_lines(
    scratch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines = run_check(changed_surface(benign, scratch), changelog_with(tmp_path, ""), capsys)
    assert status == 0, "\n".join(lines)
    assert not any(line.startswith("BREAKING") for line in lines), "\n".join(lines)
    assert "info block_senders.count: new operation" in lines
    assert "info block_senders.create: new optional body parameter label" in lines
    assert "info BlockedSenderPut, CreateBlockedSender: new optional field label" in lines


def test_the_comparison_tells_narrowing_from_widening() -> None:
    """Allowing more is information; allowing less, or a type a caller's value may no longer have,
    breaks. Read from a response, the other way round."""
    released = {"type": "str", "required": True, "limits": {"max_length": 1024, "min_length": 1}}
    wider = {"type": "str | None", "limits": {"max_length": 2048}}
    old = {"operations": {}, "models": {"M": {"role": "request", "fields": {"f": released}}}, "enums": {}}
    new = {"operations": {}, "models": {"M": {"role": "request", "fields": {"f": wider}}}, "enums": {}}
    assert [d.line for d in surface.compare(old, new)] == [
        "info M: field f: became optional",
        "info M: field f: maxLength 1024 -> 2048 (widened)",
        "info M: field f: minLength 1 -> none (widened)",
        "info M: field f: type str -> str | None",
    ]
    assert [d.line for d in surface.compare(new, old)] == [
        "BREAKING M: field f: became required",
        "BREAKING M: field f: maxLength 2048 -> 1024 (narrowed)",
        "BREAKING M: field f: minLength none -> 1 (narrowed)",
        "BREAKING M: field f: type str | None -> str",
    ]
    new["models"]["M"]["role"] = "response"
    assert [d.line for d in surface.compare(old, new) if d.breaking] == [
        "BREAKING M: field f: became optional",
        "BREAKING M: field f: type str -> str | None",
    ], "a field read from a response that may now be None breaks readers"


def test_the_current_spec_passes_quickly() -> None:
    """`make breaking` on the committed spec, changelog and baseline: it passes, in well under 5 s of
    processor time (about 1.5; measured as processor time, so a busy machine does not fail it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, str(REPO_ROOT / "generator" / "surface.py")]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not any(line.startswith("BREAKING") for line in done.stdout.splitlines()), done.stdout
    assert spent < 5, f"the check took {spent:.1f} s of processor time"


def test_the_generated_surface_is_the_spec_s() -> None:
    """generated/docs/surface.json is what the check computes from the spec (make check-generated
    keeps it fresh); the released surface is a file of the same form."""
    generated = (REPO_ROOT / "generated" / "docs" / surface.SURFACE_FILE).read_text(encoding="utf-8")
    current = surface.surface(surface.load_sdk(surface.SPEC, surface.package_version()))
    assert generated == surface.dumps(current)
