"""Waiting for a long-running job: `get` polled with backoff until the job's state says it has ended.

Which field holds the state, which values end the job and which of those mean it failed come from the
spec (`WaitRule`), so every job resource waits the same way. Waiting never changes the job: a timeout
or a stop raises JobNotFinishedError and the job goes on on the server.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import JobFailedError, JobNotFinishedError

if TYPE_CHECKING:
    import asyncio
    import threading

JobT = TypeVar("JobT")

BACKOFF = 1.5  # each pause is this many times the one before, up to the wait's max_interval


@dataclass(frozen=True)
class WaitRule:
    """How a job says where it stands: its state `field`, the states that end it, and which of those
    mean it failed (JobFailedError) rather than completed or was cancelled (returned)."""

    field: str
    done: frozenset[str]
    failed: frozenset[str]

    def state(self, job: Any) -> str:
        value = getattr(job, self.field)
        return str(getattr(value, "value", value))


def delays(interval: float, max_interval: float) -> Iterator[float]:
    """The pauses between polls: `interval`, then BACKOFF times longer each time, at most `max_interval`."""
    delay = max(0.0, interval)
    while True:
        yield delay
        delay = min(max_interval, delay * BACKOFF) if delay else 0.0


class _Waiting:
    """The decisions shared by the sync and async waits: ended, failed, out of time."""

    def __init__(self, rule: WaitRule, timeout: float | None) -> None:
        self.rule = rule
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.timeout = timeout

    def ended(self, job: Any) -> bool:
        state = self.rule.state(job)
        if state in self.rule.failed:
            raise JobFailedError(job, state)
        return state in self.rule.done

    def pause(self, job: Any, delay: float) -> float:
        """The pause before the next poll; JobNotFinishedError when the timeout would pass first."""
        if self.deadline is None:
            return delay
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise JobNotFinishedError(job, f"timed out after {self.timeout:g} s")
        return min(delay, left)


def wait_sync(
    get: Callable[[], JobT],
    rule: WaitRule,
    *,
    interval: float,
    max_interval: float,
    timeout: float | None = None,
    stop: threading.Event | None = None,
    on_poll: Callable[[JobT], object] | None = None,
) -> JobT:
    """Poll `get` until the job ends; return it (completed or cancelled) or raise JobFailedError."""
    waiting = _Waiting(rule, timeout)
    for delay in delays(interval, max_interval):
        job = get()
        if on_poll is not None:
            on_poll(job)
        if waiting.ended(job):
            return job
        pause = waiting.pause(job, delay)
        if stop is not None:
            if stop.wait(pause):
                raise JobNotFinishedError(job, "asked to stop")
        else:
            time.sleep(pause)
    raise AssertionError("unreachable: delays() never ends")  # pragma: no cover


async def wait_async(
    get: Callable[[], Awaitable[JobT]],
    rule: WaitRule,
    *,
    interval: float,
    max_interval: float,
    timeout: float | None = None,
    stop: asyncio.Event | None = None,
    on_poll: Callable[[JobT], object] | None = None,
) -> JobT:
    """The async wait: the same polls; cancelling the task that awaits it stops it too."""
    import asyncio

    waiting = _Waiting(rule, timeout)
    for delay in delays(interval, max_interval):
        job = await get()
        if on_poll is not None:
            on_poll(job)
        if waiting.ended(job):
            return job
        pause = waiting.pause(job, delay)
        if stop is not None:
            try:
                await asyncio.wait_for(stop.wait(), pause)
            except asyncio.TimeoutError:
                continue
            raise JobNotFinishedError(job, "asked to stop")
        await asyncio.sleep(pause)
    raise AssertionError("unreachable: delays() never ends")  # pragma: no cover
