"""An apply stops: after a failure or a stop request no new call starts, the calls in flight finish,
and the error says how many were applied and how many were not.

Plans of the impersonation registry (no batch) and the sending-domain restrictions' creates and
updates (their batch takes deletes only) go out as single calls, several at once; the other
resources' plans go out in chunked batches. Both ways stop the same way.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from cf_email_security.batch import ApplyStopped, BatchError, PlanApplyError
from cf_email_security.batch._single import CONCURRENCY
from cf_email_security.testing import FakeEmailSecurity
from support.batch import desired, new_fake, policy

SINGLE_CALL_RESOURCES = ["impersonation_registry", "sending_domain_restrictions"]


def posts(fake: FakeEmailSecurity, resource: str) -> list[int]:
    """The statuses of the single creates the fake saw for `resource`."""
    return [r.status for r in fake.requests if r.method == "POST" and r.path.rstrip("/").endswith(resource)]


def entries(resource: str, n: int) -> list[dict[str, Any]]:
    return [desired(resource, i) for i in range(n)]


@pytest.mark.parametrize("resource", SINGLE_CALL_RESOURCES)
def test_a_failure_stops_a_plan_of_single_calls_sync(resource: str) -> None:
    fake = new_fake()
    fake.inject(403, method="POST", path=resource, times=10_000, after=10)
    es = fake.client()
    plan = getattr(es, resource).plan(entries(resource, 300))
    with pytest.raises(PlanApplyError) as caught:
        plan.apply()
    sent = posts(fake, resource)
    assert len(sent) <= 10 + CONCURRENCY, f"{len(sent)} POSTs after the 11th failed"
    error = caught.value
    created = len(fake.entries(resource))
    assert created == sent.count(201) == len(error.applied.created) == 10
    assert error.failed == sent.count(403) >= 1
    assert error.not_sent == 300 - len(sent)
    assert not error.outcome_unknown and not error.stopped_on_request
    assert f"10 created; {error.failed} failed, {error.not_sent} not sent; plan again" in str(error)


@pytest.mark.parametrize("resource", SINGLE_CALL_RESOURCES)
def test_a_failure_stops_a_plan_of_single_calls_async(resource: str) -> None:
    fake = new_fake()
    fake.inject(403, method="POST", path=resource, times=10_000, after=10)

    async def run() -> PlanApplyError:
        async with fake.async_client() as aes:
            plan = await getattr(aes, resource).plan(entries(resource, 300))
            with pytest.raises(PlanApplyError) as caught:
                await plan.apply()
            return caught.value

    error = asyncio.run(run())
    sent = posts(fake, resource)
    assert len(sent) <= 10 + CONCURRENCY, f"{len(sent)} POSTs after the 11th failed"
    assert len(fake.entries(resource)) == len(error.applied.created) == 10
    assert error.not_sent == 300 - len(sent) and error.failed == sent.count(403)


def test_a_5xx_after_the_request_left_says_the_outcome_is_unknown() -> None:
    fake = new_fake()
    fake.inject(502, method="POST", path="impersonation_registry", times=1, after=3, applied=True)
    es = fake.client()
    plan = es.impersonation_registry.plan(entries("impersonation_registry", 20))
    with pytest.raises(PlanApplyError) as caught:
        plan.apply()
    assert caught.value.outcome_unknown
    # The server acted on the failed create: the account holds one more than `applied` says.
    assert len(fake.entries("impersonation_registry")) == len(caught.value.applied.created) + 1


class StopAfter:
    """A stop event that sets itself once the fake has seen `count` creates: a Ctrl-C mid-apply."""

    def __init__(self, fake: FakeEmailSecurity, resource: str, count: int) -> None:
        self.fake, self.resource, self.count = fake, resource, count
        self.event = threading.Event()

    def is_set(self) -> bool:
        if len(posts(self.fake, self.resource)) >= self.count:
            self.event.set()
        return self.event.is_set()


def test_a_stop_request_ends_a_plan_of_single_calls_with_what_was_applied() -> None:
    fake = new_fake()
    es = fake.client()
    plan = es.impersonation_registry.plan(entries("impersonation_registry", 500))
    stop = StopAfter(fake, "impersonation_registry", 40)
    with pytest.raises(PlanApplyError) as caught:
        plan.apply(stop=stop)
    error = caught.value
    held = len(fake.entries("impersonation_registry"))
    assert error.stopped_on_request and error.cause is None and error.failed == 0
    assert 40 <= held <= 40 + CONCURRENCY
    assert len(error.applied.created) == held, "every call in flight finished and was counted"
    assert error.not_sent == 500 - held
    assert "stopped on request" in str(error)


def test_a_stop_request_ends_an_async_plan_too() -> None:
    fake = new_fake()
    stop = StopAfter(fake, "impersonation_registry", 25)

    async def run() -> PlanApplyError:
        async with fake.async_client() as aes:
            plan = await aes.impersonation_registry.plan(entries("impersonation_registry", 300))
            with pytest.raises(PlanApplyError) as caught:
                await plan.apply(stop=stop)
            return caught.value

    error = asyncio.run(run())
    held = len(fake.entries("impersonation_registry"))
    assert error.stopped_on_request and len(error.applied.created) == held
    assert 25 <= held <= 25 + CONCURRENCY and error.not_sent == 300 - held


def test_a_cancelled_async_apply_lets_the_calls_in_flight_finish() -> None:
    fake = new_fake()
    seen = threading.Event()

    async def run() -> None:
        async with fake.async_client() as aes:
            plan = await aes.impersonation_registry.plan(entries("impersonation_registry", 300))
            task = asyncio.ensure_future(plan.apply())
            while len(posts(fake, "impersonation_registry")) < 20:
                await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            seen.set()

    asyncio.run(run())
    assert seen.is_set()
    sent = posts(fake, "impersonation_registry")
    assert len(sent) <= 20 + 2 * CONCURRENCY, "no call started after the cancellation"
    assert len(fake.entries("impersonation_registry")) == sent.count(201)


def test_a_stop_request_ends_a_chunked_batch_apply_between_chunks() -> None:
    fake = new_fake()
    es = fake.client()
    plan = es.allow_policies.plan([policy(n) for n in range(2500)])
    stop = threading.Event()
    sent: list[int] = []
    original = es.allow_policies.batch

    def batch(**arrays: Any) -> Any:
        sent.append(1)
        stop.set()  # asked while the first chunk is in flight: it finishes, no second one starts
        return original(**arrays)

    es.allow_policies.batch = batch  # type: ignore[method-assign]
    with pytest.raises(BatchError) as caught:
        plan.apply(chunk_size=1000, stop=stop)
    error = caught.value
    assert isinstance(error.cause, ApplyStopped) and not error.outcome_unknown
    assert len(sent) == 1 and len(fake.entries("allow_policies")) == 1000
    assert len(error.remaining) == 1500
    assert "stopped on request before chunk 2 of 3" in str(error)
