"""Shell completion: the bash script completes resources, verbs, options and enum values when bash
runs it; the zsh and fish scripts are generated from the same parser."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from typing import Any

import pytest

from cli_support import clean_env
from support import IdMaker, spec


def _script(shell: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "cf_email_security", "completion", shell],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _complete(script: str, words: list[str]) -> list[str]:
    """COMPREPLY of the bash function for a command line whose last word is being completed."""
    line = " ".join(f"'{w}'" for w in words)
    program = f"""{script}
COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}
_cf_email_security
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    result = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def words(name: str) -> str:
    """A resource, verb or field as the command line spells it."""
    return name.replace("_", "-")


def enum(parameter_or_schema: Any) -> list[str]:
    """The enum values of a parameter's schema (or of an array's items), in the spec's order."""
    node = spec.merged_object(spec.load(), parameter_or_schema.get("schema", parameter_or_schema))
    items = spec.merged_object(spec.load(), node.get("items", {}))
    return [str(value) for value in node.get("enum") or items.get("enum", ())]


def enum_filter() -> tuple[spec.Operation, Mapping[str, Any]]:
    """The first list filter that takes an enum: its values complete after it."""
    return next((op, p) for op in spec.operations() for p in op.query if enum(p))


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_commands_options_and_values() -> None:
    script = _script("bash")
    resources = spec.resources_of()
    first = words(next(iter(resources)))
    assert first in _complete(script, ["cf-email-security", first[:2]])
    every = set(_complete(script, ["cf-email-security", ""]))
    assert every >= {words(resource) for resource in resources} | {"export", "plan", "apply"}
    for resource, methods in resources.items():
        verbs = {words(method) for method in methods}
        if any(op.raw.get("x-sdk-wait") for op in methods.values()):
            verbs.add("wait")  # the client's wait() for a job, a command too
        nested = {
            other.removeprefix(f"{resource}_") for other in resources if other.startswith(f"{resource}_")
        }
        offered = set(_complete(script, ["cf-email-security", words(resource), ""]))
        assert offered == verbs | nested | {"-h", "--help"}, resource  # `investigate bulk` too
    op, parameter = enum_filter()
    command = ["cf-email-security", words(op.resource), words(op.method)]
    option = f"--{words(parameter['name'])}"
    options = _complete(script, [*command, option[:5]])
    starting = {f"--{words(p['name'])}" for p in op.query if f"--{words(p['name'])}".startswith(option[:5])}
    assert set(options) == starting and option in options
    assert _complete(script, [*command, option, ""]) == enum(parameter)
    update = spec.operation("domains", "update")
    body = spec.merged_object(spec.load(), update.body)["properties"]
    field, schema = next((name, sub) for name, sub in body.items() if enum(sub))
    ident = str(IdMaker()())
    skipped = ["cf-email-security", "--account-id", "x", "domains", "update", ident, f"--{words(field)}", ""]
    assert enum(schema)[0] in _complete(script, skipped)  # an option's value is not taken for a command
    assert _complete(script, ["cf-email-security", "completion", ""])[:3] == ["bash", "zsh", "fish"]


def test_zsh_and_fish_scripts() -> None:
    zsh = _script("zsh")
    assert zsh.startswith("#compdef cf-email-security") and "bashcompinit" in zsh
    fish = _script("fish")
    for resource in spec.resources_of():
        assert f"complete -c cf-email-security -n '__fish_use_subcommand' -a {words(resource)}" in fish
    _, parameter = enum_filter()
    assert f"-l {words(parameter['name'])} -xa '{' '.join(enum(parameter))}'" in fish
    for shell, text in (("zsh", zsh), ("fish", fish)):
        if shutil.which(shell):
            checked = subprocess.run([shell, "-n"], input=text, capture_output=True, text=True, timeout=30)
            assert checked.returncode == 0, checked.stderr
