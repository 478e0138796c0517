"""Shell completion: the bash script completes resources, verbs, options and enum values when bash
runs it; the zsh and fish scripts are generated from the same parser."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from cli_support import clean_env


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


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_commands_options_and_values() -> None:
    script = _script("bash")
    assert "allow-policies" in _complete(script, ["cf-email-security", "al"])
    assert set(_complete(script, ["cf-email-security", ""])) >= {"block-senders", "export", "plan", "apply"}
    assert set(_complete(script, ["cf-email-security", "allow-policies", ""])) >= {"list", "get", "batch"}
    assert set(_complete(script, ["cf-email-security", "domains", ""])) == {
        "list", "create", "bulk-delete", "batch", "get", "replace", "update", "delete", "get-verification",
        "-h", "--help",
    }  # fmt: skip
    every = set(_complete(script, ["cf-email-security", ""]))
    assert every >= {"content-policies", "url-ignore-patterns", "sending-domain-restrictions"}
    assert "--lookback-hops" in _complete(script, ["cf-email-security", "domains", "replace", "--look"])
    options = _complete(script, ["cf-email-security", "block-senders", "list", "--pat"])
    assert set(options) == {"--pattern", "--pattern-type"}
    values = _complete(script, ["cf-email-security", "block-senders", "list", "--pattern-type", ""])
    assert values == ["EMAIL", "DOMAIN", "IP", "UNKNOWN"]
    domain_id = "e3e70682-c209-4cac-a29f-6fbed82c07cd"
    skipped = ["cf-email-security", "--account-id", "x", "domains", "update", domain_id, "--regions", ""]
    assert "GLOBAL" in _complete(script, skipped)  # an option's value is not taken for a command
    assert _complete(script, ["cf-email-security", "completion", ""])[:3] == ["bash", "zsh", "fish"]


def test_zsh_and_fish_scripts() -> None:
    zsh = _script("zsh")
    assert zsh.startswith("#compdef cf-email-security") and "bashcompinit" in zsh
    fish = _script("fish")
    assert "complete -c cf-email-security -n '__fish_use_subcommand' -a allow-policies" in fish
    assert "-l pattern-type -xa 'EMAIL DOMAIN IP UNKNOWN'" in fish
    for shell, text in (("zsh", zsh), ("fish", fish)):
        if shutil.which(shell):
            checked = subprocess.run([shell, "-n"], input=text, capture_output=True, text=True, timeout=30)
            assert checked.returncode == 0, checked.stderr
