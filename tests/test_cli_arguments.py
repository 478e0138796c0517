"""What the user types is what the command line sends: option values arrive byte for byte (only
command words are spelled either way), and an option the parser does not know is named without the
value after it, which may be a secret."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from cf_email_security.cli._main import main
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer

TOKEN = "tok_a_b"  # underscores: the word a snake_case command name would have turned into kebab-case


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeEmailSecurity, str]]:
    """A fake accepting only TOKEN, with the environment naming nothing but its URL."""
    for name in ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_API_KEY", "CLOUDFLARE_EMAIL", "CLOUDFLARE_ACCOUNT_ID"):
        monkeypatch.delenv(name, raising=False)
    fake = FakeEmailSecurity(api_token=TOKEN)
    with FakeServer(fake) as served:
        monkeypatch.setenv("CLOUDFLARE_BASE_URL", served.base_url)
        monkeypatch.setenv("NO_COLOR", "1")
        yield fake, served.base_url


@pytest.mark.parametrize(
    "argv",
    [
        ["--api-token", TOKEN, "--account-id", FAKE_ACCOUNT_ID, "domains", "list"],
        ["--api-token", TOKEN, "--account-id", FAKE_ACCOUNT_ID, "domains", "list", "-o", "json"],
        ["domains", "list", "--api-token", TOKEN, "--account-id", FAKE_ACCOUNT_ID],
        [f"--api-token={TOKEN}", "--account-id", FAKE_ACCOUNT_ID, "domains", "list"],
        ["--api-tok", TOKEN, "--account-id", FAKE_ACCOUNT_ID, "domains", "list"],  # an abbreviation
    ],
)
def test_the_token_arrives_as_typed(
    server: tuple[FakeEmailSecurity, str], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The fake accepts only TOKEN: a token with its underscores rewritten would be answered 401."""
    fake, _ = server
    assert main(argv) == 0, capsys.readouterr().err
    assert [(r.method, r.status) for r in fake.requests] == [("GET", 200)]
    assert len(json.loads(capsys.readouterr().out)) == 3  # the fake's three domains


@pytest.mark.parametrize(
    "argv",
    [
        ["--api-token", TOKEN, "--account-id", "acc_1_2", "domains", "list"],
        ["--account-id=acc_1_2", "--api-token", TOKEN, "allow_policies", "list"],
        ["allow-policies", "list", "--account-id", "acc_1_2", "--api-token", TOKEN],
    ],
)
def test_the_account_id_arrives_as_typed(
    server: tuple[FakeEmailSecurity, str], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    fake, _ = server
    main(argv)  # the fake knows no such account: what matters is the path it was asked for
    assert [r.path.split("/")[4] for r in fake.requests] == ["acc_1_2"], capsys.readouterr().err


def test_command_words_may_be_snake_case(
    server: tuple[FakeEmailSecurity, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--api-token", TOKEN, "--account-id", FAKE_ACCOUNT_ID, "sending_domain_restrictions", "list"]
    assert main([*argv, "-o", "json"]) == 0, capsys.readouterr().err
    assert len(json.loads(capsys.readouterr().out)) == 3
    fake, _ = server
    assert fake.requests[0].path.endswith("/sending_domain_restrictions")


SECRET = "S3CRET_value-42"


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        ([f"--api-tokn={SECRET}", "domains", "list"], "--api-tokn"),
        (["--api-tokn", SECRET, "domains", "list"], "--api-tokn"),  # the value looks like a command
        (["domains", "--api-tokn", SECRET, "list"], "--api-tokn"),  # ... or a verb
        (["domains", "list", "--api-tokn", SECRET], "--api-tokn"),
        (["domains", "list", f"--api-tokn={SECRET}"], "--api-tokn"),
        (["domains", "get", "--api-tokn", SECRET], "--api-tokn"),  # ... or a path id
        (["domains", "--api-token", SECRET, "list"], "--api-token"),  # known, but not between the words
        (["plan", "-f", "x.yaml", f"--tokn={SECRET}"], "--tokn"),
        ([f"--a={SECRET}", "domains", "list"], "--a"),  # ambiguous: --account-id or --api-token
        (["domains", "list", f"--a={SECRET}"], "--a"),
        (["domains", "list", "--a", SECRET], "--a"),
        ([f"-x{SECRET}", "domains", "list"], "-x"),
    ],
)
def test_an_unknown_option_is_named_without_its_value(
    argv: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert SECRET not in err and SECRET.lower() not in err.lower(), err
    assert err.count("\n") == 1 and named in err, err


def test_other_usage_errors_still_quote_what_was_typed(capsys: pytest.CaptureFixture[str]) -> None:
    """Without an unknown option the word is a command or argument, and quoting it helps."""
    assert main(["allow-policies", "lisst"]) == 2
    assert "unknown verb 'lisst': did you mean list?" in capsys.readouterr().err
    assert main(["domains", "list", "surplus"]) == 2
    assert "unrecognized arguments: surplus" in capsys.readouterr().err
