"""Applying the part of a plan that a resource's batch cannot carry, one call per entry.

The impersonation registry has no batch operation and the sending-domain restrictions' batch takes
only deletes: their plans create, update and delete with single calls, at most CONCURRENCY at once,
phase after phase (every delete before any update, every update before any create), as a batch
would order them. A failure stops the plan after the calls in flight: PlanApplyError says what was
applied; planning again is the way on (what was applied then shows as unchanged).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cf_email_security_generated.errors import EmailSecurityError

from ._errors import may_have_applied

CONCURRENCY = 8
T = TypeVar("T")


@dataclass
class AppliedPlan:
    """What applying a plan did: the merged batch result (None where no batch was sent), then the
    entries deleted (ids), updated and created by single calls."""

    batch: Any = None
    deleted: list[Any] = field(default_factory=list)
    updated: list[Any] = field(default_factory=list)
    created: list[Any] = field(default_factory=list)


class PlanApplyError(EmailSecurityError):
    """A single call of a plan failed; `applied` holds what was done, `cause` the error. When
    `outcome_unknown` the failed call may have taken effect: plan again to see."""

    def __init__(self, resource: str, applied: AppliedPlan, cause: Exception) -> None:
        super().__init__(f"{resource} plan stopped: {cause}; plan again to finish it")
        self.resource = resource
        self.applied = applied
        self.cause = cause

    @property
    def outcome_unknown(self) -> bool:
        return may_have_applied(self.cause)


Phase = tuple[list[Any], list[Callable[[], Any]]]


def _phases(resource: Any, calls: Any, applied: AppliedPlan, account_id: str | None) -> list[Phase]:
    """(where results go, the calls) for each phase, in the order a batch applies its arrays."""
    on = {"account_id": account_id}
    return [
        (applied.deleted, [functools.partial(resource.delete, i, **on) for i in calls.deletes]),
        (
            applied.updated,
            [functools.partial(resource.update, i, **call_arguments(b), **on) for i, b in calls.updates],
        ),
        (
            applied.created,
            [functools.partial(resource.create, **call_arguments(body), **on) for body in calls.creates],
        ),
    ]


def call_arguments(body: Any) -> dict[str, Any]:
    """A request model as the keyword arguments of the single call that sends it."""
    import attrs

    from cf_email_security_generated.runtime import UNSET

    fields = (f.name for f in attrs.fields(type(body)) if f.init)
    return {name: getattr(body, name) for name in fields if getattr(body, name) is not UNSET}


def apply_single_sync(
    resource_name: str, resource: Any, calls: Any, applied: AppliedPlan, account_id: str | None = None
) -> AppliedPlan:
    """Send the single calls with a pool of CONCURRENCY threads (the sync client is thread-safe)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        for results, phase in _phases(resource, calls, applied, account_id):
            futures = [pool.submit(call) for call in phase]
            failure = _collect([f.exception() for f in futures], [f for f in futures], results)
            if failure is not None:
                raise PlanApplyError(resource_name, applied, failure)
    return applied


async def apply_single_async(
    resource_name: str, resource: Any, calls: Any, applied: AppliedPlan, account_id: str | None = None
) -> AppliedPlan:
    """Send the single calls as tasks, at most CONCURRENCY in flight."""
    import asyncio

    gate = asyncio.Semaphore(CONCURRENCY)

    async def bounded(call: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await call()

    for results, phase in _phases(resource, calls, applied, account_id):
        outcomes = await asyncio.gather(*(bounded(call) for call in phase), return_exceptions=True)
        errors = [o if isinstance(o, BaseException) else None for o in outcomes]
        failure = _collect(errors, outcomes, results)
        if failure is not None:
            raise PlanApplyError(resource_name, applied, failure)
    return applied


def _collect(
    errors: Sequence[BaseException | None], outcomes: Sequence[Any], results: list[Any]
) -> Exception | None:
    """Keep every result that arrived; the first error, if any (a BaseException such as a
    cancellation is re-raised as is)."""
    failure: Exception | None = None
    for error, outcome in zip(errors, outcomes, strict=True):
        if error is None:
            results.append(outcome.result() if hasattr(outcome, "result") else outcome)
        elif not isinstance(error, Exception):
            raise error
        elif failure is None:
            failure = error
    return failure
