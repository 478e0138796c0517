"""Cassette tests: replayed offline by default, re-recorded by `make record` (`--record-mode=rewrite`).

Replay (plain `pytest`, record mode "none"): each test talks to its cassette only; the network is
blocked (pytest-recording's block_network, which refuses even 127.0.0.1) and any attempt to resolve
or connect fails the test. Recording: against a fresh in-process fake per test by default, against
RECORD_BASE_URL when set, and against the real API when CLOUDFLARE_API_TOKEN and
CLOUDFLARE_ACCOUNT_ID are set. Everything here applies to tests/recorded/ only.
"""

from __future__ import annotations

import hashlib
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import flows
from cf_email_security.testing import FAKE_API_TOKEN, FakeEmailSecurity, FakeServer, StepClock
from scrubbing import MATCH_ON, MATCHERS, PLACEHOLDER_ACCOUNT_ID, REPLAY_BASE_URL, Scrubber

REAL_API_BASE_URL = "https://api.cloudflare.com/client/v4"


@dataclass(frozen=True)
class Target:
    """Where a recording goes. base_url None: a fresh in-process fake for each test."""

    base_url: str | None
    api_token: str
    account_id: str
    live: bool  # the real API: the flows marked fake_only are skipped


TARGET = pytest.StashKey[Target | None]()


def _recording_target(record_mode: str) -> Target | None:
    """Read once at session start, before tests/conftest.py's clean_env hides CLOUDFLARE_* from every
    test; in replay nothing is read, so a developer's credentials cannot reach a replayed test."""
    if record_mode == "none":
        return None
    token, account = os.environ.get("CLOUDFLARE_API_TOKEN"), os.environ.get("CLOUDFLARE_ACCOUNT_ID")
    base_url = os.environ.get("RECORD_BASE_URL") or None
    if bool(token) != bool(account):
        raise pytest.UsageError(
            "recording the real API needs both CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID"
        )
    if token and account:
        return Target(base_url or REAL_API_BASE_URL, token, account, live=True)
    return Target(base_url, FAKE_API_TOKEN, PLACEHOLDER_ACCOUNT_ID, live=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fake_only: irreversible on a real account; recorded against a fake only"
    )
    config.addinivalue_line("markers", "slow: takes seconds (runs in `make test` all the same)")
    config.stash[TARGET] = _recording_target(config.getoption("--record-mode") or "none")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Recording a real account never onboards or offboards a domain: those tests are skipped (before
    their cassette is opened, so the recorded ones are kept)."""
    target = config.stash.get(TARGET, None)
    if target is not None and target.live:
        skip = pytest.mark.skip(reason="irreversible on a real account (onboarding, offboarding); fake only")
        for item in items:
            if item.get_closest_marker("fake_only"):
                item.add_marker(skip)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    for name, matcher in MATCHERS.items():
        vcr.register_matcher(name, matcher)


@pytest.fixture(scope="session")
def target(pytestconfig: pytest.Config) -> Target | None:
    return pytestconfig.stash.get(TARGET, None)


@pytest.fixture
def account_id(request: pytest.FixtureRequest, target: Target | None) -> str:
    """The account this test replays or records. A server shared by all tests (RECORD_BASE_URL
    without credentials, say `python -m cf_email_security.testing`) gives each test an account of
    its own, which the fake seeds afresh: the same state as the in-process fake."""
    if target is None:
        return PLACEHOLDER_ACCOUNT_ID
    if target.live or target.base_url is None:
        return target.account_id
    return hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:32]


@pytest.fixture
def vcr_config(target: Target | None, account_id: str) -> dict[str, Any]:
    """No record_mode here: it would override --record-mode on the command line."""
    scrubber = Scrubber(account_id, () if target is None else (target.api_token,))
    return {
        "match_on": MATCH_ON,
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "decode_compressed_response": True,  # a gzip body would be unreadable, and unscrubbable
        "allow_playback_repeats": False,  # two identical requests need two recorded answers
    }


@pytest.fixture
def client_options(target: Target | None, account_id: str) -> Iterator[dict[str, Any]]:
    """Keyword arguments for this test's EmailSecurity or AsyncEmailSecurity.

    No retries: one call, one recorded exchange, and a replay that never sleeps."""
    options = {"account_id": account_id, "max_retries": 0}
    if target is None:
        yield {**options, "api_token": "replayed", "base_url": REPLAY_BASE_URL}
    elif target.base_url is not None:
        yield {**options, "api_token": target.api_token, "base_url": target.base_url}
    else:
        # The fake's default seed (what an account holds already), its seeded UUIDs (id_seed 0) and a
        # step clock: recording twice gives the same cassettes. A mailbox of MAILBOX messages: pages
        # enough for the mail's walks, cassettes small enough to replay fast.
        fake = FakeEmailSecurity(clock=StepClock(), id_seed=flows.ID_SEED, mailbox=flows.MAILBOX)
        with FakeServer(fake) as server:
            yield {**options, "api_token": target.api_token, "base_url": server.base_url}


@pytest.fixture(autouse=True)
def no_socket_in_replay(
    request: pytest.FixtureRequest, record_mode: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """In replay, a cassette test that resolves a name or opens a connection fails, even if the client
    swallowed the error (block_network alone does not cover name resolution)."""
    if request.node.get_closest_marker("vcr") is None or record_mode != "none":
        yield
        return
    attempts: list[str] = []

    def refuse(what: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"replay must not touch the network: {what}")

        return refused

    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    yield
    assert not attempts, f"replay tried to reach the network: {attempts}"
