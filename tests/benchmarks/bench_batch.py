"""`make bench`, batch helpers: plan and apply of 10,000 allow policies against the fake API.

The fake runs in this process behind an httpx transport (no socket, no latency), so the times are
the client's work (building, validating, serializing, parsing) plus the fake's own, which is shown
apart; on a real account each request adds a round trip. Each step is timed in one run and its
peak Python memory measured (tracemalloc, which slows what it watches) in a second, identical run.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx

from cf_email_security import EmailSecurity
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, StepClock

TOTAL = 10_000


def policy(number: int, comments: str | None = None) -> dict[str, Any]:
    return {
        "pattern": f"user{number}@example.com",
        "pattern_type": "EMAIL",
        "is_regex": False,
        "is_trusted_sender": number % 2 == 0,
        "is_acceptable_sender": number % 2 == 1,
        "is_exempt_recipient": False,
        "verify_sender": True,
        "comments": comments,
    }


class TimedTransport(httpx.BaseTransport):
    """The fake's transport, adding up the time spent inside the fake."""

    def __init__(self, fake: FakeEmailSecurity) -> None:
        self.inner = fake.transport()
        self.seconds = 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        try:
            return self.inner.handle_request(request)
        finally:
            self.seconds += time.perf_counter() - started


DESIRED = [policy(n) for n in range(TOTAL)]
CHANGED = [policy(n, comments="v2") for n in range(TOTAL)]
Step = Callable[[EmailSecurity, dict[str, Any]], Any]  # (client, state shared between the steps)
STEPS: list[tuple[str, Step]] = [
    ("plan: 10,000 to create", lambda es, s: s.update(plan=es.allow_policies.plan(DESIRED))),
    ("apply it", lambda es, s: s["plan"].apply()),
    ("plan again: nothing to do", lambda es, s: es.allow_policies.plan(DESIRED)),
    ("plan: 10,000 to change (comments)", lambda es, s: s.update(plan=es.allow_policies.plan(CHANGED))),
    ("apply it", lambda es, s: s["plan"].apply()),
    ("export as JSON", lambda es, s: es.allow_policies.export("json")),
    ("plan: prune all 10,000", lambda es, s: s.update(plan=es.allow_policies.plan([], prune=True))),
    ("apply it", lambda es, s: s["plan"].apply()),
]


def run(measure_memory: bool) -> list[tuple[str, int, int, float, float, float]]:
    """Every step in order on one fake: (name, list pages, batch requests, seconds, seconds inside
    the fake, peak MiB of Python memory allocated during the step)."""
    fake = FakeEmailSecurity(seed={}, clock=StepClock())
    transport = TimedTransport(fake)
    es = EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=transport)
    state: dict[str, Any] = {}
    rows = []
    for name, step in STEPS:
        fake.requests.clear()
        transport.seconds = 0.0
        if measure_memory:
            tracemalloc.start()
        started = time.perf_counter()
        step(es, state)
        seconds = time.perf_counter() - started
        peak = 0.0
        if measure_memory:
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        pages = sum(1 for r in fake.requests if r.method == "GET")
        batches = sum(1 for r in fake.requests if r.path.endswith("/batch"))
        rows.append((name, pages, batches, seconds, transport.seconds, peak))
    return rows


def main() -> None:
    print(f"\n(d) batch helpers: plan and apply of {TOTAL:,} allow policies against the fake API,")
    print("    in process through an httpx transport (no socket, no latency: add a round trip per request)")
    timed = run(measure_memory=False)
    memory = run(measure_memory=True)
    print(f"  {'':34} {'list pages':>10} {'batches':>8} {'time':>8} {'in fake':>8} {'peak mem':>9}")
    for (name, pages, batches, seconds, in_fake, _), (*_, peak) in zip(timed, memory, strict=True):
        print(f"  {name:34} {pages:10} {batches:8} {seconds:7.2f}s {in_fake:7.2f}s {peak:6.1f}MiB")
    (_, pages, _, plan_seconds, _, _), (_, _, batches, apply_seconds, _, _) = timed[:2]
    peak = max(row[5] for row in memory[:2])
    print(
        f"  plan + apply of {TOTAL:,} new entries: {pages + batches} requests ({pages} list page, "
        f"{batches} batches), {plan_seconds + apply_seconds:.2f}s, peak {peak:.1f}MiB"
    )
    print("  list pages of 100 (the client's default per_page); batches of at most 1000 per array")
    print("  peak mem: Python allocations during the step (tracemalloc, in a second identical run)")


if __name__ == "__main__":
    main()
