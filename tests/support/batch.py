"""What the batch-helper tests (tests/test_batch_*.py) share: desired entries built by the factory,
a fake with reproducible timestamps, request counters and a network that fails one chosen batch."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import httpx

from cf_email_security import EmailSecurity
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, StepClock

from .clock import NoSleep
from .factory import Factory


@functools.cache
def _factory() -> Factory:
    return Factory()


def desired(resource: str, n: int, **overrides: Any) -> dict[str, Any]:
    """Entry n of a desired list (the shape export writes): the create body the spec asks for, the
    same for the same n, with natural keys that differ between different n."""
    body: dict[str, Any] = _factory().create(resource, n, **overrides)
    return body


def policy(n: int, **overrides: Any) -> dict[str, Any]:
    """A desired allow policy."""
    return desired("allow_policies", n, **overrides)


def sender(n: int, **overrides: Any) -> dict[str, Any]:
    """A desired blocked sender."""
    return desired("block_senders", n, **overrides)


def trusted(n: int, **overrides: Any) -> dict[str, Any]:
    """A desired trusted domain."""
    return desired("trusted_domains", n, **overrides)


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


def ids(fake: FakeEmailSecurity, resource: str = "allow_policies") -> list[Any]:
    """The ids the fake holds, in its order."""
    return [entry["id"] for entry in fake.entries(resource)]


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


def flaky_client(transport: FlakyTransport, clock: NoSleep) -> EmailSecurity:
    """A client on a flaky network whose retry waits go to `clock` (one per test: nothing carries over)."""
    return EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=transport, sleep=clock)
