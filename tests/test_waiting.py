"""`wait()` on a long-running job: `get` polled with backoff until the job's state ends it, sync and async.

A stand-in server answers each poll with the next state of a scripted job; the tests count the polls,
the pauses between them (the clock is the real one, with pauses of milliseconds) and what is raised.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from cf_email_security import JobFailedError, JobNotFinishedError
from cf_email_security_generated._waiting import BACKOFF, delays
from support import MODES, Factory, async_client, client, ok, spec

GET = spec.operation("investigate_bulk", "get")
JOB_ID = "0f6e7a8b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"
FAST = {"interval": 0.001, "max_interval": 0.004}


def job(status: str, **counters: int) -> dict[str, Any]:
    """A bulk job as `get` answers it, in `status`."""
    return {**Factory().wire(GET.result, full=True), "job_id": JOB_ID, "status": status, **counters}


class Job:
    """Answers the polls of one job with the given states, the last one for every further poll."""

    def __init__(self, *states: str) -> None:
        self.states = list(states)
        self.polls: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "GET" and request.url.path.endswith(f"/investigate/bulk/{JOB_ID}")
        self.polls.append(time.monotonic())
        state = self.states[min(len(self.polls) - 1, len(self.states) - 1)]
        return ok(job(state, messages_successful=len(self.polls)))(request)


def wait(mode: str, server: Job, **kwargs: Any) -> Any:
    if mode == "sync":
        with client(server) as es:
            return es.investigate_bulk.wait(JOB_ID, **kwargs)

    async def run() -> Any:
        async with async_client(server) as aes:
            return await aes.investigate_bulk.wait(JOB_ID, **kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_wait_polls_until_the_job_completes_and_returns_it(mode: str) -> None:
    server = Job("PENDING", "DISCOVERING", "PROCESSING", "PROCESSING", "COMPLETED")
    seen: list[str] = []
    done = wait(mode, server, on_poll=lambda j: seen.append(str(j.status)), **FAST)
    assert str(done.status) == "COMPLETED" and done.messages_successful == 5
    assert len(server.polls) == 5
    assert seen == ["PENDING", "DISCOVERING", "PROCESSING", "PROCESSING", "COMPLETED"]


@pytest.mark.parametrize("mode", MODES)
def test_a_cancelled_job_is_returned_and_a_failed_one_raises(mode: str) -> None:
    assert str(wait(mode, Job("PROCESSING", "CANCELLED"), **FAST).status) == "CANCELLED"
    with pytest.raises(JobFailedError, match="ended FAILED") as raised:
        wait(mode, Job("PENDING", "FAILED"), **FAST)
    assert raised.value.job.job_id == JOB_ID and raised.value.state == "FAILED"


@pytest.mark.parametrize("mode", MODES)
def test_a_timeout_stops_waiting_without_cancelling_anything(mode: str) -> None:
    server = Job("PROCESSING")
    started = time.monotonic()
    with pytest.raises(JobNotFinishedError, match=r"timed out after 0\.05 s\); the job goes on") as raised:
        wait(mode, server, timeout=0.05, interval=0.01, max_interval=0.01)
    assert time.monotonic() - started < 1.0
    assert str(raised.value.job.status) == "PROCESSING"
    assert len(server.polls) >= 2  # it polled until the deadline, and sent nothing but polls


def test_stop_ends_the_wait_at_once() -> None:
    server = Job("PROCESSING")
    stop = threading.Event()
    threading.Timer(0.05, stop.set).start()
    started = time.monotonic()
    with client(server) as es, pytest.raises(JobNotFinishedError, match="asked to stop"):
        es.investigate_bulk.wait(JOB_ID, interval=30, stop=stop)  # a 30 s pause, cut short
    assert time.monotonic() - started < 5
    assert len(server.polls) == 1


def test_async_stop_and_cancellation_end_the_wait() -> None:
    async def run() -> None:
        async with async_client(Job("PROCESSING")) as aes:
            stop = asyncio.Event()
            asyncio.get_running_loop().call_later(0.05, stop.set)
            with pytest.raises(JobNotFinishedError, match="asked to stop"):
                await aes.investigate_bulk.wait(JOB_ID, interval=30, stop=stop)
            task = asyncio.ensure_future(aes.investigate_bulk.wait(JOB_ID, interval=30))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(run())


def test_the_pauses_grow_by_the_backoff_up_to_the_cap() -> None:
    pauses = delays(1.0, 4.0)
    assert [next(pauses) for _ in range(6)] == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0]
    assert BACKOFF == 1.5  # what the generated docstring of wait() states


def test_the_pauses_between_polls_grow() -> None:
    server = Job("PENDING", "PROCESSING", "PROCESSING", "PROCESSING", "COMPLETED")
    wait("sync", server, interval=0.02, max_interval=1.0)
    gaps = [later - earlier for earlier, later in zip(server.polls, server.polls[1:], strict=False)]
    assert gaps[0] >= 0.02 and gaps[-1] >= 0.02 * BACKOFF**2
