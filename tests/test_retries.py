"""Retries: what is re-sent, how often and after how long, with a no-sleep clock so nothing really waits.

The policy protects against double effects: a POST is re-sent only when the server cannot have acted
on it (429, or no connection made); idempotent methods are re-sent on 408, 429, 5xx and transport
failures.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import logging
import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cf_email_security import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    EmailSecurity,
    InternalServerError,
    RateLimitError,
)
from cf_email_security_generated._base_client import retry_delay
from support import (
    Factory,
    Handler,
    IdMaker,
    NoSleep,
    Recorder,
    arguments,
    assert_matches_wire,
    async_client,
    client,
    error_status,
    ok,
    raise_,
    spec,
)
from support.calls import lookup

FIRST_BACKOFF = (0.375, 0.5)
SECOND_BACKOFF = (0.75, 1.0)


@pytest.fixture
def clock() -> NoSleep:
    return NoSleep()


@pytest.fixture
def policy() -> dict[str, Any]:
    """The allow policy every successful answer carries, as the server sends it."""
    return Factory().entity("allow_policies")


def create(es: EmailSecurity) -> Any:
    """A create call (POST)."""
    return es.allow_policies.create(**Factory().create("allow_policies"))


def post_case(operation: spec.Operation) -> tuple[Callable[[EmailSecurity], Any], Callable[[], Any]]:
    """A call of a POST operation with the factory's arguments, and the answer its success carries."""
    call = arguments(operation, Factory())

    def send(es: EmailSecurity) -> Any:
        with warnings.catch_warnings():  # a deprecated operation (reclassify) still may not be re-sent
            warnings.simplefilter("ignore", DeprecationWarning)
            return lookup(es, f"{operation.resource}.{operation.method}")(*call.args, **call.kwargs)

    return send, lambda: Factory().wire(operation.result, full=True)


# Every POST of the spec (creates, batches, and the mail's actions: move, release, reclassify, bulk
# jobs and their cancel): none may act twice.
POSTS: dict[str, tuple[Callable[[EmailSecurity], Any], Callable[[], Any]]] = {
    operation.id: post_case(operation) for operation in spec.operations() if operation.http == "POST"
}


def within(value: float, bounds: tuple[float, float]) -> bool:
    """Whether a delay lies in the backoff window (jitter takes off up to 25 %)."""
    return bounds[0] <= value <= bounds[1]


def get(es: EmailSecurity) -> Any:
    return es.allow_policies.get(IdMaker()())


# --- backoff -------------------------------------------------------------------------------------


def test_get_retried_on_500_with_exponential_backoff(clock: NoSleep, policy: dict[str, Any]) -> None:
    """Two 500s then a 200: the GET succeeds on the third try, after waits of ~0.5 s then ~1 s."""
    recorder = Recorder(error_status(500), error_status(500), ok(policy))
    es = client(recorder, sleep=clock)

    assert_matches_wire(get(es), policy)

    assert recorder.methods == ["GET", "GET", "GET"]
    assert len(clock.delays) == 2
    assert within(clock.delays[0], FIRST_BACKOFF), clock
    assert within(clock.delays[1], SECOND_BACKOFF), clock


def test_retries_are_logged(caplog: pytest.LogCaptureFixture, clock: NoSleep, policy: dict[str, Any]) -> None:
    """Each attempt and each retry leaves a DEBUG record, so slow calls can be explained."""
    caplog.set_level(logging.DEBUG, logger="cf_email_security")
    recorder = Recorder(error_status(503), ok(policy))
    get(client(recorder, sleep=clock, account_id="acc123"))

    messages = [r.getMessage() for r in caplog.records if r.name == "cf_email_security"]
    path = recorder.requests[0].url.path.removeprefix("/client/v4")
    assert any(m.startswith("GET https://") and m.endswith(" ms") and "-> 503" in m for m in messages)
    assert any(m.startswith(f"retrying GET {path} in ") and "(retry 1 of 2)" in m for m in messages)
    assert any("-> 200" in m for m in messages)


@pytest.mark.parametrize("attempt", [4, 5, 10, 50])
def test_backoff_is_capped(attempt: int) -> None:
    """Late retries wait at most 8 s (less up to 25 % jitter), never minutes."""
    samples = [retry_delay(attempt, None) for _ in range(200)]
    assert all(6.0 <= delay <= 8.0 for delay in samples), (min(samples), max(samples))


def test_backoff_jitter_varies() -> None:
    """Jitter spreads clients apart after an outage; identical delays would defeat it."""
    samples = {retry_delay(0, None) for _ in range(50)}
    assert len(samples) > 1
    assert all(within(delay, FIRST_BACKOFF) for delay in samples)


# --- server-requested delays ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "60"}, 60.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
    ],
)
def test_retry_after_honoured(
    headers: dict[str, str], expected: float, clock: NoSleep, policy: dict[str, Any]
) -> None:
    """The server knows when it will accept us again; its answer (0..60 s) replaces the backoff (a
    timeout long enough to wait that long is given: the wait counts against it)."""
    recorder = Recorder(error_status(429, headers), ok(policy))
    started = time.monotonic()

    get(client(recorder, sleep=clock, timeout=120))

    assert clock.delays == ([expected] if expected else [])  # nothing to sleep for a 0
    assert len(recorder.requests) == 2
    assert time.monotonic() - started < 5  # the no-sleep clock really replaced time.sleep


def test_retry_after_http_date_honoured(clock: NoSleep, policy: dict[str, Any]) -> None:
    """Retry-After may be an HTTP date; the wait is the time until then."""
    when = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=5)
    recorder = Recorder(
        error_status(503, {"Retry-After": email.utils.format_datetime(when, usegmt=True)}), ok(policy)
    )

    get(client(recorder, sleep=clock))

    assert len(clock.delays) == 1
    assert clock.delays[0] == pytest.approx(5.0, abs=1.5)


@pytest.mark.parametrize("value", ["61", "120", "3600"])
def test_retry_after_above_the_cap_raises_with_retry_after(value: str, clock: NoSleep) -> None:
    """A server asking to wait over a minute is not retried early: the error says how long it asked for."""
    recorder = Recorder(error_status(429, {"Retry-After": value}))

    with pytest.raises(RateLimitError) as caught:
        get(client(recorder, sleep=clock))

    assert caught.value.retry_after == float(value)
    assert clock.delays == []
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("value", ["-5", "nan", "inf"])
def test_retry_after_out_of_range_falls_back_to_backoff(
    value: str, clock: NoSleep, policy: dict[str, Any]
) -> None:
    """A negative or meaningless wait is ignored: we back off normally instead."""
    recorder = Recorder(error_status(429, {"Retry-After": value}), ok(policy))

    get(client(recorder, sleep=clock))

    assert len(clock.delays) == 1
    assert within(clock.delays[0], FIRST_BACKOFF), clock


def test_retry_after_date_in_the_past_falls_back_to_backoff(clock: NoSleep, policy: dict[str, Any]) -> None:
    """A date already passed asks for a negative wait, which is out of range."""
    when = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=30)
    recorder = Recorder(
        error_status(503, {"Retry-After": email.utils.format_datetime(when, usegmt=True)}), ok(policy)
    )

    get(client(recorder, sleep=clock))

    assert len(clock.delays) == 1
    assert within(clock.delays[0], FIRST_BACKOFF), clock


def test_malformed_retry_after_falls_back_to_backoff(clock: NoSleep, policy: dict[str, Any]) -> None:
    """A garbled header from a proxy must not turn a retryable 503 into a crash."""
    recorder = Recorder(error_status(503, {"Retry-After": "soon"}), ok(policy))

    assert_matches_wire(get(client(recorder, sleep=clock)), policy)

    assert len(clock.delays) == 1
    assert within(clock.delays[0], FIRST_BACKOFF), clock


# --- POST: no double effects ---------------------------------------------------------------------


@pytest.mark.parametrize("operation", sorted(POSTS))
@pytest.mark.parametrize("code", [500, 502, 503, 408])
def test_post_not_resent_after_server_error(operation: str, code: int, clock: NoSleep) -> None:
    """After a 5xx (or 408) the server may have created the entry: re-sending could create it twice."""
    call, _ = POSTS[operation]
    recorder = Recorder(error_status(code))
    es = client(recorder, sleep=clock)

    with pytest.raises(APIStatusError) as caught:
        call(es)

    assert caught.value.status_code == code
    if code >= 500:
        assert isinstance(caught.value, InternalServerError)
    assert recorder.methods == ["POST"]
    assert clock.delays == []


@pytest.mark.parametrize("operation", sorted(POSTS))
@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError])
def test_post_not_resent_after_read_timeout(
    operation: str, error: type[httpx.TransportError], clock: NoSleep
) -> None:
    """Once the request may have reached the server, a lost answer does not make a re-send safe."""
    call, _ = POSTS[operation]
    recorder = Recorder(raise_(error))

    with pytest.raises(APIConnectionError) as caught:
        call(client(recorder, sleep=clock))

    assert isinstance(caught.value, APITimeoutError) == issubclass(error, httpx.TimeoutException)
    assert recorder.methods == ["POST"]
    assert clock.delays == []


@pytest.mark.parametrize("operation", sorted(POSTS))
def test_post_retried_after_429(operation: str, clock: NoSleep) -> None:
    """A 429 means the request was refused unprocessed, so re-sending a POST is safe."""
    call, answer = POSTS[operation]
    recorder = Recorder(error_status(429), ok(answer()))

    call(client(recorder, sleep=clock))

    assert recorder.methods == ["POST", "POST"]
    assert recorder.requests[0].content == recorder.requests[1].content
    assert len(clock.delays) == 1
    assert within(clock.delays[0], FIRST_BACKOFF)


@pytest.mark.parametrize("operation", sorted(POSTS))
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_post_retried_when_connection_never_made(
    operation: str, error: type[httpx.TransportError], clock: NoSleep
) -> None:
    """If no connection was made the server never saw the POST, so sending it again is safe."""
    call, answer = POSTS[operation]
    recorder = Recorder(raise_(error), ok(answer()))

    call(client(recorder, sleep=clock))

    assert recorder.methods == ["POST", "POST"]
    assert len(clock.delays) == 1


def test_post_429_gives_up_after_max_retries(clock: NoSleep) -> None:
    """Rate limiting that persists ends in RateLimitError after 1 + max_retries sends."""
    recorder = Recorder(error_status(429), error_status(429), error_status(429))

    with pytest.raises(RateLimitError):
        create(client(recorder, sleep=clock))

    assert recorder.methods == ["POST"] * 3
    assert len(clock.delays) == 2


# --- idempotent methods --------------------------------------------------------------------------

IDEMPOTENT: dict[str, tuple[Callable[[EmailSecurity, Any], Any], Callable[[Any], Any]]] = {
    "PATCH": (lambda es, ident: es.allow_policies.update(ident, comments="x"), lambda ident: None),
    "DELETE": (lambda es, ident: es.allow_policies.delete(ident), lambda ident: {"id": ident}),
    "GET": (lambda es, ident: es.allow_policies.get(ident), lambda ident: None),
}


@pytest.mark.parametrize("method", sorted(IDEMPOTENT))
def test_idempotent_methods_retried_on_503(method: str, clock: NoSleep, policy: dict[str, Any]) -> None:
    """Repeating an update, delete or read has no extra effect, so a 503 is worth retrying."""
    call, answer = IDEMPOTENT[method]
    recorder = Recorder(error_status(503), ok(answer(policy["id"]) or policy))

    call(client(recorder, sleep=clock), policy["id"])

    assert recorder.methods == [method, method]
    assert len(clock.delays) == 1


@pytest.mark.parametrize(
    "step",
    [
        error_status(408),
        error_status(429),
        error_status(504),
        raise_(httpx.ReadTimeout),
        raise_(httpx.ConnectError),
    ],
    ids=["408", "429", "504", "read-timeout", "connect-error"],
)
def test_get_retried_on_each_transient_failure(step: Handler, clock: NoSleep, policy: dict[str, Any]) -> None:
    """Every failure in the idempotent retry list leads to one more GET."""
    recorder = Recorder(step, ok(policy))

    assert_matches_wire(get(client(recorder, sleep=clock)), policy)

    assert recorder.methods == ["GET", "GET"]
    assert len(clock.delays) == 1


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
def test_client_errors_not_retried(code: int, clock: NoSleep) -> None:
    """A 4xx other than 408/429 will fail the same way again; retrying only wastes quota."""
    recorder = Recorder(error_status(code))

    with pytest.raises(APIStatusError) as caught:
        get(client(recorder, sleep=clock))

    assert caught.value.status_code == code
    assert len(recorder.requests) == 1
    assert clock.delays == []


# --- limits --------------------------------------------------------------------------------------


def test_no_retry_past_max_retries(clock: NoSleep) -> None:
    """max_retries=1 means two sends at most, then the last error is raised."""
    recorder = Recorder(error_status(500), error_status(500))

    with pytest.raises(InternalServerError):
        get(client(recorder, sleep=clock, max_retries=1))

    assert len(recorder.requests) == 2
    assert len(clock.delays) == 1


def test_timeouts_exhaust_retries_then_raise_timeout_error(clock: NoSleep) -> None:
    """When every attempt times out the caller gets APITimeoutError after the default 3 attempts."""
    recorder = Recorder(*[raise_(httpx.ReadTimeout)] * 3)

    with pytest.raises(APITimeoutError):
        get(client(recorder, sleep=clock))

    assert len(recorder.requests) == 3
    assert len(clock.delays) == 2


def test_with_options_disables_retries_for_one_call(clock: NoSleep, policy: dict[str, Any]) -> None:
    """with_options(max_retries=0) affects only the view; the client itself keeps retrying."""
    recorder = Recorder(error_status(500), error_status(500), error_status(500), ok(policy))
    es = client(recorder, sleep=clock)

    with pytest.raises(InternalServerError):
        get(es.with_options(max_retries=0))
    assert len(recorder.requests) == 1
    assert clock.delays == []

    assert_matches_wire(get(es), policy)
    assert len(recorder.requests) == 4
    assert es.max_retries == 2
    assert len(clock.delays) == 2


# --- async ---------------------------------------------------------------------------------------


def test_async_get_retried_awaiting_what_sleep_returns(clock: NoSleep, policy: dict[str, Any]) -> None:
    """The async client follows the same policy and awaits what its `sleep=` returns (a coroutine)."""
    recorder = Recorder(error_status(500), error_status(502), ok(policy))

    async def scenario() -> Any:
        async with async_client(recorder, sleep=clock.coroutine) as es:
            return await es.allow_policies.get(policy["id"])

    assert_matches_wire(asyncio.run(scenario()), policy)
    assert recorder.methods == ["GET", "GET", "GET"]
    assert len(clock.delays) == 2
    assert within(clock.delays[0], FIRST_BACKOFF)
    assert within(clock.delays[1], SECOND_BACKOFF)


def test_async_post_rules(clock: NoSleep) -> None:
    """Async POSTs are not re-sent after a 500 but are after a connection failure or a 429."""
    created = Factory().entity("allow_policies")
    recorder = Recorder(
        error_status(500),
        raise_(httpx.ConnectError),
        error_status(429, {"retry-after-ms": "100"}),
        ok(created),
    )
    fields = Factory().create("allow_policies")

    async def scenario() -> None:
        es = async_client(recorder, sleep=clock)
        with pytest.raises(InternalServerError):
            await es.allow_policies.create(**fields)
        assert len(recorder.requests) == 1
        assert clock.delays == []
        assert_matches_wire(await es.allow_policies.create(**fields), created)
        await es.close()

    asyncio.run(scenario())
    assert recorder.methods == ["POST"] * 4
    assert len(clock.delays) == 2
    assert within(clock.delays[0], FIRST_BACKOFF)
    assert clock.delays[1] == 0.1


def test_async_with_options_max_retries_zero(clock: NoSleep) -> None:
    """The per-call override works on the async client too."""
    recorder = Recorder(error_status(503))

    async def scenario() -> None:
        es = async_client(recorder, sleep=clock)
        with pytest.raises(InternalServerError):
            await es.with_options(max_retries=0).allow_policies.delete(IdMaker()())
        await es.close()

    asyncio.run(scenario())
    assert recorder.methods == ["DELETE"]
    assert clock.delays == []
