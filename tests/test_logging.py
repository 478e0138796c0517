"""CLOUDFLARE_LOG=info|debug: one line per request on stderr, with no credential in it."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from cf_email_security import EmailSecurity
from support import Factory, IdMaker, NoSleep, Recorder, client, error_status, ok

SECRET = "log-secret-token-123"
LOGGER = logging.getLogger("cf_email_security")


@pytest.fixture
def sdk_logger() -> Iterator[None]:
    """Leave the package logger as it was: the variable installs a handler on first use."""
    handlers, level = list(LOGGER.handlers), LOGGER.level
    yield
    LOGGER.handlers[:] = handlers
    LOGGER.setLevel(level)


@pytest.mark.usefixtures("sdk_logger")
@pytest.mark.parametrize("level", ["info", "debug", "INFO"])
def test_cloudflare_log_writes_one_redacted_line_per_request(
    level: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUDFLARE_LOG", level)
    recorder = Recorder(
        error_status(503, {"cf-ray": "8a1b2c3d4e5f6789-SJC"}), ok(Factory().entity("allow_policies"))
    )
    es = client(recorder, api_key=SECRET, email="ops@example.com", account_id="acc123", sleep=NoSleep())
    es.allow_policies.get(IdMaker()())

    lines = capsys.readouterr().err.splitlines()
    requests = [line for line in lines if " -> " in line]
    assert len(requests) == 2
    assert "GET https://api.cloudflare.com/client/v4/accounts/acc123/" in requests[0]
    assert "-> 503" in requests[0] and "(cf-ray 8a1b2c3d4e5f6789-SJC)" in requests[0]
    assert "-> 200" in requests[1]
    retries = [line for line in lines if "retrying" in line]
    assert len(retries) == (1 if level.lower() == "debug" else 0)
    assert all(SECRET not in line and "ops@example.com" not in line for line in lines)


@pytest.mark.usefixtures("sdk_logger")
def test_without_the_variable_nothing_is_written(capsys: pytest.CaptureFixture[str]) -> None:
    client(Recorder(ok(Factory().entity("allow_policies")))).allow_policies.get(IdMaker()())
    assert capsys.readouterr().err == ""


@pytest.mark.usefixtures("sdk_logger")
def test_an_unknown_level_is_ignored_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUDFLARE_LOG", "verbose")
    with pytest.warns(UserWarning, match="CLOUDFLARE_LOG"):
        EmailSecurity(api_token="t", account_id="acc123")
