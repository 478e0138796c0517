"""`make demo`: the session runs against the embedded fake, and against a server given by URL."""

from __future__ import annotations

import pytest

from cf_email_security import EmailSecurity, demo
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer
from contract import CapturingTransport, assert_conforms


def test_demo_runs_against_the_embedded_fake(capsys: pytest.CaptureFixture[str]) -> None:
    demo.main([])
    out = capsys.readouterr().out
    assert "in-process fake" in out
    assert "page 5: 5 of 45" in out, "the filtered list spans several pages"
    assert "NotFoundError as expected: HTTP 404" in out
    assert "ValidationError: field 'pattern'" in out
    assert "26 requests, 1 answered with an error" in out


def test_demo_against_a_server_leaves_it_as_it_found_it(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeEmailSecurity()
    with FakeServer(fake) as server:
        demo.main(["--base-url", server.base_url])
    assert f"Against {server.base_url}" in capsys.readouterr().out
    assert (
        fake.entries("allow_policies")
        == fake.entries("block_senders")
        == fake.entries("trusted_domains")
        == []
    )
    assert len(fake.requests) == 26


def test_demo_traffic_conforms_to_both_specs(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeEmailSecurity()
    capture = CapturingTransport(fake.transport())
    with EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=capture) as es:
        demo.session(es)
    assert assert_conforms(capture.exchanges) == 26


def test_demo_against_no_server_stops_with_a_message() -> None:
    with FakeServer() as server:
        base_url = server.base_url  # a port that was free a moment ago, and is closed again below
    with pytest.raises(SystemExit, match=r"demo stopped: .*ConnectError"):
        demo.main(["--base-url", base_url])
