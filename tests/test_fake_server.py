"""The fake over real HTTP on 127.0.0.1: in-process (`FakeServer`) and as `python -m
cf_email_security.testing`, for tools in other processes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from cf_email_security import AuthenticationError, EmailSecurity
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer, StepClock
from contract import CapturingTransport, assert_conforms


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(FakeEmailSecurity(clock=StepClock())) as running:
        yield running


def test_client_over_http(server: FakeServer) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
    capture = CapturingTransport(httpx.HTTPTransport())
    with EmailSecurity(
        api_token="any-token", account_id=FAKE_ACCOUNT_ID, base_url=server.base_url, transport=capture
    ) as es:
        created = es.block_senders.create(pattern="spam@bad.example", pattern_type="EMAIL", is_regex=False)
        assert es.block_senders.get(created.id).pattern == "spam@bad.example"
        assert [d.domain for d in es.domains.list(per_page=2)] == [
            "example.com",
            "example.org",
            "mail.example.net",
        ]
        raw = es.block_senders.with_raw_response.get(created.id)
        assert raw.status_code == 200 and raw.headers["cf-ray"].endswith("-FAKE")
    assert server.fake.entries("block_senders")[0]["id"] == created.id
    assert_conforms(capture.exchanges)


def test_server_requires_credentials(server: FakeServer) -> None:
    response = httpx.get(f"{server.base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/domains")
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == 10000


def test_server_checks_the_token_it_was_given() -> None:
    with FakeServer(FakeEmailSecurity(api_token="only-this")) as running:
        options = {"account_id": FAKE_ACCOUNT_ID, "base_url": running.base_url, "max_retries": 0}
        with EmailSecurity(api_token="another", **options) as es, pytest.raises(AuthenticationError):
            es.domains.get(1)
        with EmailSecurity(api_token="only-this", **options) as es:
            assert es.domains.get(1).id == 1


def test_command_line_server_serves_then_stops_by_itself() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cf_email_security.testing",
            "--port",
            "0",
            "--steady-clock",
            "--exit-after",
            "20",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[-1].strip()
        assert base_url.startswith("http://127.0.0.1:")
        with EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, base_url=base_url) as es:
            policy = es.trusted_domains.create(
                pattern="p.example", is_recent=False, is_regex=False, is_similarity=False
            )
            assert policy.created_at.isoformat() == "2026-01-01T00:00:00+00:00", "--steady-clock starts there"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_command_line_exit_after() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "cf_email_security.testing", "--port", "0", "--exit-after", "0.5"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert completed.returncode == 0
    assert "fake Email Security API on http://127.0.0.1:" in completed.stdout
