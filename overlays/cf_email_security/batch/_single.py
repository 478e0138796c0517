"""Applying the part of a plan that a resource's batch cannot carry, one call per entry.

The impersonation registry has no batch operation and the sending-domain restrictions' batch takes
only deletes: their plans create, update and delete with single calls, at most CONCURRENCY at once,
phase after phase (every delete before any update, every update before any create), as a batch
would order them. A call starts only while nothing has failed and no stop was asked for: after a
failure, a `stop` event set (the command line sets it on Ctrl-C or SIGTERM) or a KeyboardInterrupt,
the calls in flight finish and no other starts. PlanApplyError then says what was applied and what
was not; planning again is the way on (what was applied then shows as unchanged).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from cf_email_security_generated.errors import EmailSecurityError

from ._errors import may_have_applied

if TYPE_CHECKING:
    from attrs import AttrsInstance

    from ._plan import SingleCalls

CONCURRENCY = 8


class StopSignal(Protocol):
    """What `stop=` takes: a threading.Event or an asyncio.Event, or anything with `is_set()`."""

    def is_set(self) -> bool: ...


@dataclass
class AppliedPlan:
    """What applying a plan did: the merged batch result (None where no batch was sent), then the
    entries deleted (ids), updated and created by single calls (None for each with keep_results=False)."""

    batch: Any = None
    deleted: list[Any] = field(default_factory=list[Any])
    updated: list[Any] = field(default_factory=list[Any])
    created: list[Any] = field(default_factory=list[Any])

    def counts(self) -> str:
        """`3 deleted, 0 updated, 12 created`: the single calls that were applied."""
        return f"{len(self.deleted)} deleted, {len(self.updated)} updated, {len(self.created)} created"


class PlanApplyError(EmailSecurityError):
    """A plan's single calls stopped before all were sent: one failed (`cause`), or a stop was asked
    for (`cause` is None). `applied` holds what was done, `failed` counts the calls that failed and
    `not_sent` those never started. When `outcome_unknown` a failed call may have taken effect:
    plan again to see, which is the safe way on in every case."""

    def __init__(
        self,
        resource: str,
        applied: AppliedPlan,
        cause: Exception | None,
        *,
        failed: int = 1,
        not_sent: int = 0,
        unknown: bool = False,
    ) -> None:
        self.resource: str = resource
        self.applied: AppliedPlan = applied
        self.cause: Exception | None = cause
        self.failed: int = failed if cause is not None else 0
        self.not_sent: int = not_sent
        self._unknown = unknown
        why = f"after a failure: {cause}" if cause is not None else "on request"
        super().__init__(
            f"{resource} plan stopped {why}; applied: {applied.counts()}; "
            f"{self.failed} failed, {not_sent} not sent; plan again to finish it"
        )

    @property
    def outcome_unknown(self) -> bool:
        """True when a failed call may have taken effect despite its error."""
        return self._unknown or (self.cause is not None and may_have_applied(self.cause))

    @property
    def stopped_on_request(self) -> bool:
        """True when a stop (a signal, a stop event) ended the apply rather than a failure."""
        return self.cause is None


Call = Callable[[], Any]


def _phases(resource: Any, calls: SingleCalls, applied: AppliedPlan, account_id: str | None) -> list[Any]:
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


def call_arguments(body: AttrsInstance) -> dict[str, Any]:
    """A request model as the keyword arguments of the single call that sends it."""
    import attrs

    from cf_email_security_generated.runtime import UNSET

    fields = (f.name for f in attrs.fields(type(body)) if f.init)
    return {name: getattr(body, name) for name in fields if getattr(body, name) is not UNSET}


class _Run:
    """The bookkeeping of one apply by single calls, without its I/O: which call is next, whether
    another may start, what each phase returned, and the error that says how far it got."""

    def __init__(
        self,
        resource_name: str,
        resource: Any,
        calls: SingleCalls,
        applied: AppliedPlan,
        account_id: str | None,
        stop: StopSignal | None,
        keep_results: bool,
    ) -> None:
        self.resource_name = resource_name
        self.keep_results = keep_results
        self.phases = _phases(resource, calls, applied, account_id)
        self.applied = applied
        self.stop = stop
        self.total = len(calls)
        self.started = 0
        self.failures: list[Exception] = []
        self.interrupted: BaseException | None = None
        self._outcomes: dict[int, Any] = {}

    @property
    def stopping(self) -> bool:
        """Whether no further call may start."""
        stop_asked = self.stop is not None and self.stop.is_set()
        return bool(self.failures) or self.interrupted is not None or stop_asked

    def next_call(self, phase: list[Call], index: int) -> Call | None:
        """The phase's call at `index`, counted as started, or None once it may not start."""
        if index >= len(phase) or self.stopping:
            return None
        self.started += 1
        return phase[index]

    def record(self, index: int, result: Any, error: BaseException | None) -> None:
        """One call's end: its result, or its failure (which stops further starts). A BaseException
        other than an Exception (a cancellation) stops the run too and is raised again at its end."""
        if error is None:
            self._outcomes[index] = result if self.keep_results else None
        elif isinstance(error, Exception):
            self.failures.append(error)
        elif self.interrupted is None:
            self.interrupted = error

    def end_phase(self, results: list[Any]) -> None:
        """Keep the phase's results in call order; raise what ends the run, if anything does: the
        interruption as it came, or PlanApplyError saying how far it got."""
        results.extend(self._outcomes[index] for index in sorted(self._outcomes))
        self._outcomes = {}
        if self.interrupted is not None:
            raise self.interrupted
        if self.stopping:
            raise PlanApplyError(
                self.resource_name,
                self.applied,
                self.failures[0] if self.failures else None,
                failed=len(self.failures),
                not_sent=self.total - self.started,
                unknown=any(may_have_applied(error) for error in self.failures),
            )


def apply_single_sync(
    resource_name: str,
    resource: Any,
    calls: SingleCalls,
    applied: AppliedPlan,
    account_id: str | None = None,
    stop: StopSignal | None = None,
    keep_results: bool = True,
) -> AppliedPlan:
    """Send the single calls with a pool of CONCURRENCY threads (the sync client is thread-safe),
    starting each only while the run may go on."""
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    run = _Run(resource_name, resource, calls, applied, account_id, stop, keep_results)

    def settle(in_flight: dict[Future[Any], int], done: set[Future[Any]]) -> None:
        for future in done:
            error = future.exception()
            run.record(in_flight.pop(future), None if error else future.result(), error)

    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        for results, phase in run.phases:
            in_flight: dict[Future[Any], int] = {}
            try:
                index = 0
                while (call := run.next_call(phase, index)) is not None:
                    in_flight[pool.submit(call)] = index
                    index += 1
                    while len(in_flight) >= CONCURRENCY:
                        settle(in_flight, wait(in_flight, return_when=FIRST_COMPLETED).done)
            except KeyboardInterrupt as interrupt:  # Ctrl-C in the waiting thread: start nothing more
                run.record(-1, None, interrupt)
            settle(in_flight, wait(in_flight).done)
            run.end_phase(results)
    return applied


async def apply_single_async(
    resource_name: str,
    resource: Any,
    calls: SingleCalls,
    applied: AppliedPlan,
    account_id: str | None = None,
    stop: StopSignal | None = None,
    keep_results: bool = True,
) -> AppliedPlan:
    """Send the single calls as tasks, at most CONCURRENCY in flight, each started only while the
    run may go on. Cancelled, it lets the calls in flight finish before it is cancelled itself."""
    import asyncio

    run = _Run(resource_name, resource, calls, applied, account_id, stop, keep_results)

    def settle(in_flight: dict[asyncio.Future[Any], int], done: set[asyncio.Future[Any]]) -> None:
        for task in done:
            error = task.exception()
            run.record(in_flight.pop(task), None if error else task.result(), error)

    for results, phase in run.phases:
        in_flight: dict[asyncio.Future[Any], int] = {}
        try:
            index = 0
            while (call := run.next_call(phase, index)) is not None:
                in_flight[asyncio.ensure_future(_awaited(call))] = index
                index += 1
                while len(in_flight) >= CONCURRENCY:
                    done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                    settle(in_flight, done)
        except asyncio.CancelledError as cancelled:
            run.record(-1, None, cancelled)
        if in_flight:
            done, late = await _finish(set(in_flight))
            settle(in_flight, done)
            if late is not None:
                run.record(-1, None, late)
        run.end_phase(results)
    return applied


async def _awaited(call: Call) -> Any:
    result: Awaitable[Any] = call()
    return await result


async def _finish(in_flight: set[Any]) -> tuple[set[Any], BaseException | None]:
    """Wait for the calls in flight, even when this task is cancelled meanwhile: the calls that
    ended, and the cancellation to raise once they have."""
    import asyncio

    waiting = asyncio.ensure_future(asyncio.wait(in_flight))
    cancellations: list[BaseException] = []
    while True:
        try:
            done, _ = await asyncio.shield(waiting)
            return done, (cancellations[0] if cancellations else None)
        except asyncio.CancelledError as error:
            cancellations.append(error)
