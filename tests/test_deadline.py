"""A call's timeout is its whole time: every attempt and the waits between them, however slowly the
server answers (httpx's own timeouts hold for each read, so a byte now and then kept a call going).

A small server on 127.0.0.1 sends its headers at once, then the body one byte every 0.3 s; the calls
give up at their 0.5 s deadline. Retry waits are recorded, not slept (the client counts them as time
passed), so the tests of waits take no time.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cf_email_security import (
    APITimeoutError,
    AsyncEmailSecurity,
    EmailSecurity,
    InternalServerError,
    RateLimitError,
)
from support import Factory, IdMaker, NoSleep, Recorder, async_client, client, error_status, ok

TRICKLE_EVERY = 0.3
BODY = b'{"success": true, "errors": [], "messages": [], "result": {}}'  # 9+ s at that pace
DEADLINE = 0.5
HEAD = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n".encode()
NEAR = 2.0  # generous: the call ends one byte after its deadline, where it used to take the whole body


class TrickleServer:
    """Answers each request with its headers at once, then BODY a byte at a time. It stops by itself:
    when the client hangs up, when the body is out, and (with every connection) when the test ends."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.stopped = threading.Event()
        self.requests = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/client/v4"

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(2.0)
            try:
                self._read_request(connection)
                self.requests += 1
                connection.sendall(HEAD)
                for byte in BODY:
                    if self.stopped.wait(TRICKLE_EVERY):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:  # the client gave up: so does the server
                return

    @staticmethod
    def _read_request(connection: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                raise OSError("closed")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            ),
            0,
        )
        while len(body) < length:
            body += connection.recv(65536)

    def __enter__(self) -> TrickleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.listener.close()


@pytest.fixture
def trickle() -> Iterator[TrickleServer]:
    with TrickleServer() as server:
        yield server


def options(server: TrickleServer) -> dict[str, Any]:
    return {"api_token": "tok", "account_id": "acc123", "base_url": server.base_url}


@pytest.mark.parametrize("given", ["client", "view", "call"])
def test_a_trickling_answer_ends_at_the_deadline(trickle: TrickleServer, given: str) -> None:
    """GET retries timeouts, yet the call ends near its 0.5 s: no retry starts past the deadline.
    The 0.5 s is given to the client, to a view of it, or to the one call."""
    with EmailSecurity(**options(trickle), timeout=DEADLINE if given == "client" else 60) as es:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            if given == "view":
                es.with_options(timeout=DEADLINE).allow_policies.get(IdMaker()())
            else:
                es.allow_policies.get(IdMaker()(), timeout=DEADLINE if given == "call" else None)
        elapsed = time.monotonic() - started

    assert DEADLINE <= elapsed < NEAR, elapsed
    assert "within 0.5 s, the call's timeout (it covers every attempt" in str(caught.value)
    assert trickle.requests == 1
    assert not caught.value.outcome_unknown, "a read changes nothing"


def test_a_trickling_answer_to_a_create_ends_at_the_deadline_saying_it_may_have_applied(
    trickle: TrickleServer,
) -> None:
    with EmailSecurity(**options(trickle), timeout=DEADLINE) as es:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            es.allow_policies.create(**Factory().create("allow_policies"))
        elapsed = time.monotonic() - started

    assert DEADLINE <= elapsed < NEAR, elapsed
    assert caught.value.outcome_unknown
    assert "it may have been applied: look before sending it again" in str(caught.value)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_async_a_trickling_answer_ends_at_the_deadline(trickle: TrickleServer, method: str) -> None:
    async def scenario() -> float:
        async with AsyncEmailSecurity(**options(trickle), timeout=DEADLINE) as es:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                if method == "GET":
                    await es.allow_policies.get(IdMaker()())
                else:
                    await es.allow_policies.create(**Factory().create("allow_policies"))
            assert caught.value.outcome_unknown == (method == "POST")
            assert "the call's timeout" in str(caught.value)
            return time.monotonic() - started

    elapsed = asyncio.run(scenario())
    assert DEADLINE <= elapsed < NEAR, elapsed
    assert trickle.requests == 1


# --- retries never wait past the deadline --------------------------------------------------------


def test_a_retry_whose_wait_would_pass_the_deadline_is_not_made() -> None:
    """The first 503 is retried after ~0.5 s; the second asks for 5 s, past the 2 s timeout: its
    error is raised at once instead of sleeping into a call that could not finish in time."""
    clock = NoSleep()
    recorder = Recorder(error_status(503), error_status(503, {"Retry-After": "5"}))

    with pytest.raises(InternalServerError) as caught:
        client(recorder, sleep=clock, timeout=2).allow_policies.get(IdMaker()())

    assert len(recorder.requests) == 2
    assert len(clock.delays) == 1 and clock.delays[0] <= 0.5
    assert caught.value.retry_after == 5.0


def test_waits_between_retries_stay_within_the_timeout() -> None:
    """However many retries are allowed, their waits add up to no more than the timeout."""
    clock = NoSleep()
    recorder = Recorder(error_status(503), repeat=True)

    with pytest.raises(InternalServerError):
        client(recorder, sleep=clock, timeout=1.6, max_retries=10).allow_policies.get(IdMaker()())

    assert sum(clock.delays) <= 1.6, clock
    assert len(clock.delays) == 2, "0.5 s then 1 s fit (less jitter); the next 2 s would not"
    assert len(recorder.requests) == 3


def test_a_429_asking_for_longer_than_the_timeout_is_raised_at_once() -> None:
    clock = NoSleep()
    recorder = Recorder(error_status(429, {"Retry-After": "3"}))

    with pytest.raises(RateLimitError) as caught:
        client(recorder, sleep=clock, timeout=2).allow_policies.create(**Factory().create("allow_policies"))

    assert clock.delays == []
    assert caught.value.retry_after == 3.0
    assert not caught.value.outcome_unknown, "a 429 was refused unprocessed"


@pytest.mark.parametrize(("asked", "retried"), [("2.5", True), ("3.5", False)])
def test_an_httpx_timeout_gives_the_call_its_largest_phase(asked: str, retried: bool) -> None:
    """httpx.Timeout(0.2, read=3): each phase as given for each attempt, 3 s for the whole call."""
    clock = NoSleep()
    recorder = Recorder(error_status(503, {"Retry-After": asked}), ok({"id": IdMaker()()}))
    es = client(recorder, sleep=clock, timeout=httpx.Timeout(0.2, read=3.0))

    if retried:
        es.allow_policies.delete(IdMaker()())
    else:
        with pytest.raises(InternalServerError):
            es.allow_policies.delete(IdMaker()())

    assert len(recorder.requests) == (2 if retried else 1)
    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 0.2,
        "read": 3.0,
        "write": 0.2,
        "pool": 0.2,
    }


def test_without_any_limit_there_is_no_deadline() -> None:
    """httpx.Timeout(None) waits as long as it takes, retries included."""
    clock = NoSleep()
    recorder = Recorder(error_status(503, {"Retry-After": "50"}), ok({"id": IdMaker()()}))

    client(recorder, sleep=clock, timeout=httpx.Timeout(None)).allow_policies.delete(IdMaker()())

    assert clock.delays == [50.0]


def test_async_retries_never_wait_past_the_deadline() -> None:
    clock = NoSleep()
    recorder = Recorder(error_status(503), repeat=True)

    async def scenario() -> None:
        async with async_client(recorder, sleep=clock, timeout=1.6, max_retries=10) as es:
            with pytest.raises(InternalServerError):
                await es.allow_policies.get(IdMaker()())

    asyncio.run(scenario())
    assert sum(clock.delays) <= 1.6 and len(clock.delays) == 2, clock
