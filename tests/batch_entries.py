"""Entries and helpers shared by the batch-helper tests (tests/test_batch_*.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import httpx

from cf_email_security import EmailSecurity
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, StepClock
from fakes import allow_policy_wire


def policy(number: int, **overrides: Any) -> dict[str, Any]:
    """A desired allow policy (the shape export writes): the wire form less id and timestamps."""
    wire = allow_policy_wire(number, **overrides)
    return {name: value for name, value in wire.items() if name not in ("id", "created_at", "last_modified")}


def sender(number: int, **overrides: Any) -> dict[str, Any]:
    """A desired blocked sender."""
    return {"pattern": f"spam{number}.example", "pattern_type": "DOMAIN", "is_regex": False, **overrides}


def trusted(number: int, **overrides: Any) -> dict[str, Any]:
    """A desired trusted domain."""
    return {
        "pattern": f"partner{number}.example",
        "is_recent": True,
        "is_regex": False,
        "is_similarity": False,
        **overrides,
    }


def new_fake(**seed: Any) -> FakeEmailSecurity:
    """A fake with a step clock (reproducible timestamps) and no seed unless given."""
    return FakeEmailSecurity(seed=seed, clock=StepClock())


def batch_requests(fake: FakeEmailSecurity) -> list[int]:
    """The statuses of every batch request the fake saw, in order."""
    return [r.status for r in fake.requests if r.method == "POST" and r.path.endswith("/batch")]


def list_requests(fake: FakeEmailSecurity) -> int:
    return sum(1 for r in fake.requests if r.method == "GET")


def patterns(fake: FakeEmailSecurity, resource: str = "allow_policies") -> list[str]:
    return [entry["pattern"] for entry in fake.entries(resource)]


class QuietClient(EmailSecurity):
    """Retries without waiting: the `sleep=` argument records the delays instead."""

    delays: ClassVar[list[float]] = []

    def __init__(self, **options: Any) -> None:
        super().__init__(sleep=QuietClient.delays.append, **options)


class FlakyTransport(httpx.BaseTransport):
    """The fake behind a network that fails the `nth` batch POST (1-based) once, `before` or after
    the fake handled it: a connection refused, or a connection dropped while the answer was due."""

    def __init__(self, fake: FakeEmailSecurity, nth: int, error: Callable[[str], Exception], *, before: bool):
        self.inner = fake.transport()
        self.nth, self.error, self.before = nth, error, before
        self.seen = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/batch"):
            self.seen += 1
            if self.seen == self.nth:
                if not self.before:
                    self.inner.handle_request(request)
                raise self.error("simulated network failure")
        return self.inner.handle_request(request)


def flaky_client(fake: FakeEmailSecurity, transport: FlakyTransport) -> EmailSecurity:
    return QuietClient(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=transport)
