"""What a command-line user types and reads: `-o` is the format on every command and `-f` the file,
errors name the flags and variables a user sets (not the library's keywords), a mistyped command, verb
or option gets a suggestion (never an option's value back), and apply says what it did in all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cli_support import Served, blocked, clean_env, served

__all__ = ["served"]  # the fixture, imported for pytest

ACCOUNT = "0123456789abcdef0123456789abcdef"
SECRET = "s3cret-value-never-shown"


def one_line_error(result: object) -> str:
    """The stderr of a failed run, checked to be one `error:` line with exit code 2."""
    assert result.returncode == 2, (result.returncode, result.stderr)  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert stderr.count("\n") == 1 and stderr.startswith("cf-email-security: error: "), stderr
    return stderr


# ----- -o is the format, -f the file --------------------------------------------------------------------


def test_export_output_is_the_format_and_file_is_the_file(served: Served, tmp_path: Path) -> None:
    with served.fake.client() as es:
        es.block_senders.create(pattern="spam.example", pattern_type="DOMAIN", is_regex=False)
    as_json = served.run("export", "-o", "json", cwd=str(tmp_path))
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["block_senders"]["entries"][0]["pattern"] == "spam.example"
    assert list(tmp_path.iterdir()) == [], "-o json writes JSON to stdout, not a file named json"
    assert yaml.safe_load(served.run("export", "--output", "yaml").stdout)["block_senders"]["prune"] is False
    csv_text = served.run("export", "-o", "csv", "--resource", "block-senders").stdout
    assert csv_text.splitlines() == ["Pattern,Pattern Type,Notes", "spam.example,DOMAIN,"]

    settings = tmp_path / "settings.yaml"
    written = served.run("export", "-f", str(settings))
    assert written.returncode == 0 and written.stdout == ""
    assert written.stderr.startswith(f"wrote {settings}: ")
    assert yaml.safe_load(settings.read_text())["block_senders"]["entries"][0]["pattern"] == "spam.example"
    chosen = tmp_path / "settings.txt"  # the format from -o, the file from -f
    assert served.run("export", "-o", "json", "--file", str(chosen)).returncode == 0
    assert json.loads(chosen.read_text())["block_senders"]["prune"] is False
    assert json.loads(served.run("export", "--format", "json").stdout), "the old --format still works"


def test_the_old_export_spelling_works_where_it_is_unambiguous(served: Served, tmp_path: Path) -> None:
    legacy = tmp_path / "settings.json"
    result = served.run("export", "-o", str(legacy))  # a file name: what -o meant before
    assert result.returncode == 0, result.stderr
    assert json.loads(legacy.read_text())["domains"]["prune"] is False
    assert "use -f/--file" in result.stderr
    stderr = one_line_error(served.run("export", "-o", SECRET))  # neither a format nor a file name
    assert "-o/--output names the format (yaml, json or csv)" in stderr and "-f/--file FILE" in stderr
    assert SECRET not in stderr
    one_line_error(served.run("export", "-o", str(legacy), "-f", str(legacy)))


def test_every_command_takes_the_format_as_o_and_a_file_as_f(served: Served) -> None:
    for command in (("export",), ("plan",), ("apply",), ("allow-policies", "batch"), ("domains", "list")):
        help_text = served.run(*command, "--help").stdout
        assert "-o {" in help_text, command
        if command != ("domains", "list"):  # argparse writes "-f, --file FILE" from Python 3.13 on
            assert "-f FILE, --file FILE" in help_text or "-f, --file FILE" in help_text, command


# ----- errors name what a user types --------------------------------------------------------------------


def test_configuration_errors_name_flags_and_variables(served: Served) -> None:
    env = clean_env(CLOUDFLARE_ACCOUNT_ID=ACCOUNT, CLOUDFLARE_BASE_URL=served.base_url)
    stderr = one_line_error(served.run("domains", "list", env=env))
    assert "no credentials: pass --api-token (or set CLOUDFLARE_API_TOKEN)" in stderr
    assert "CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL" in stderr and "=" not in stderr
    env = served.env()
    cases = {
        ("--api-token", f"{SECRET} with spaces"): "--api-token must be printable ASCII",
        ("--timeout", "0"): "--timeout must be a finite number of seconds",
        ("--base-url", "ftp://example.com"): "--base-url (or CLOUDFLARE_BASE_URL) must be an absolute http",
        ("--rate-limit", "many"): "--rate-limit must be REQUESTS/SECONDS",
    }
    for (flag, value), expected in cases.items():
        stderr = one_line_error(served.run(flag, value, "domains", "list", env=env))
        assert expected in stderr and SECRET not in stderr, stderr
        assert not {"api_token", "base_url", "rate_limit", "timeout"} & set(stderr.split()), stderr
    stderr = one_line_error(
        served.run(
            "domains", "list", env=clean_env(CLOUDFLARE_API_TOKEN="t", CLOUDFLARE_BASE_URL=served.base_url)
        )
    )
    assert "no account id: pass --account-id or set CLOUDFLARE_ACCOUNT_ID" in stderr


# ----- did you mean ---------------------------------------------------------------------------------------


def test_a_mistyped_command_verb_or_option_gets_a_suggestion(served: Served) -> None:
    cases = [
        (["allow-polices", "list"], "unknown command 'allow-polices': did you mean allow-policies?"),
        (["exprt", "-o", "json"], "unknown command 'exprt': did you mean export?"),
        (
            ["allow-policies", "lst", "--api-token", SECRET],
            "allow-policies: unknown verb 'lst': did you mean list?",
        ),
        (
            ["domains", "get-verifcation", "x"],
            "domains: unknown verb 'get-verifcation': did you mean get-verification?",
        ),
        (
            ["alow-policies", "list", "--pattern", SECRET],
            "unknown command 'alow-policies': did you mean allow-policies?",
        ),
        (
            ["block-senders", "list", "--patern-type", SECRET],
            "block-senders list: unrecognized option --patern-type: did you mean --pattern-type?",
        ),
        (
            ["--api-tokn", SECRET, "domains", "list"],
            "unrecognized option --api-tokn: did you mean --api-token?",
        ),
        (
            ["plan", "-f", "x.yaml", f"--alow-deletes={SECRET}"],
            "plan: unrecognized option --alow-deletes: did you mean --allow-deletes?",
        ),
        (["plan", "-f", "x.yaml", f"--allow-deletes={SECRET}"], "plan: argument --allow-deletes: ignored"),
    ]
    for argv, expected in cases:
        stderr = one_line_error(served.run(*argv))
        assert expected in stderr and SECRET not in stderr, (argv, stderr)
    assert served.fake.requests == []


def test_a_word_like_no_command_is_not_echoed(served: Served) -> None:
    """A word that resembles no command may be something else typed in the wrong place (a token):
    it is not repeated, and the commands (or verbs) that exist are listed."""
    stderr = one_line_error(served.run(SECRET, "list"))
    assert SECRET not in stderr and "unknown command" in stderr and "allow-policies, block-senders" in stderr
    stderr = one_line_error(served.run("domains", SECRET))
    assert SECRET not in stderr and "domains: unknown verb" in stderr and "get-verification" in stderr


# ----- apply says what it did ---------------------------------------------------------------------------


def test_apply_says_what_it_did_in_all(served: Served, tmp_path: Path) -> None:
    with served.fake.client() as es:
        es.block_senders.batch(posts=[blocked(f"u{n}@evil.example") for n in range(20)])
    keep = [blocked(f"u{n}@evil.example") for n in range(1, 20)]  # deletes u0: 1 of 20
    keep[0]["comments"] = "reviewed"  # changes u1
    keep += [blocked("new@evil.example"), blocked("other@evil.example")]
    trusted = [{"pattern": "t.example", "is_recent": True, "is_similarity": False, "is_regex": False}]
    settings = tmp_path / "settings.yaml"
    settings.write_text(
        yaml.safe_dump({"block_senders": {"prune": True, "entries": keep}, "trusted_domains": trusted})
    )
    result = served.run("apply", "-f", str(settings), "--auto-approve")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-3:] == [
        "block_senders: 2 created, 1 changed, 1 deleted",
        "trusted_domains: 1 created, 0 changed, 0 deleted",
        "Apply complete: 3 created, 1 changed, 1 deleted in 2 resources.",
    ]


def test_plan_as_json_is_the_library_plan_data(served: Served, tmp_path: Path) -> None:
    """`plan -o json` is `{resource: plan.to_dict()}`: typed data whose changes and deletes name
    their entry's natural key under `key`."""
    with served.fake.client() as es:
        made = es.block_senders.create(pattern="old@evil.example", pattern_type="EMAIL", is_regex=False)
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({"block_senders": {"prune": True, "entries": []}}))
    data = json.loads(served.run("plan", "-f", str(settings), "-o", "json", "--allow-deletes").stdout)
    assert data["block_senders"]["delete"] == [
        {"id": made.id, "key": {"pattern": "old@evil.example", "pattern_type": "EMAIL"}}
    ]
    assert data["block_senders"]["resource"] == "block_senders"


def test_a_warning_repeated_for_every_entry_is_printed_once(capsys: pytest.CaptureFixture[str]) -> None:
    """A deprecated field set in each entry of a file warns once a text, not once an entry."""
    import warnings

    from cf_email_security.cli import _main

    _main._shown.clear()  # as main() does when a command starts
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _main._show_warning
        for _ in range(3):
            warnings.warn("is_sender is deprecated; use is_trusted_sender instead", DeprecationWarning, 1)
        warnings.warn("another text", DeprecationWarning, 1)
    assert capsys.readouterr().err.splitlines() == [
        "cf-email-security: warning: is_sender is deprecated; use is_trusted_sender instead",
        "cf-email-security: warning: another text",
    ]
