"""Rate limits as a plan: a client paces its requests under `rate_limit=` so that a server allowing N
per window never has to refuse one, and a 429 holds every request of the client, not only its own.

The plans here run against the fake with a window limit scaled down from Cloudflare's 1,200 per 300 s
to 30 per 0.1 s, so a few hundred requests take a fraction of a second.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from cf_email_security import (
    AsyncEmailSecurity,
    ConfigurationError,
    EmailSecurity,
    RateLimit,
    RateLimitError,
)
from cf_email_security.testing import FakeEmailSecurity, Faults, StepClock
from support import IdMaker, NoSleep, Recorder, client, error_status, ok
from support.batch import desired

WINDOW = Faults(window_limit=30, window=0.1)
ENTRIES = 150
# (resource, apply options): a resource applied by single calls (one POST per entry), and one applied
# by batches, in chunks small enough to need many requests.
PLANS = {
    "impersonation_registry": {},
    "allow_policies": {"chunk_size": 1},
}


def limited_fake() -> FakeEmailSecurity:
    return FakeEmailSecurity(seed={}, faults=WINDOW, clock=StepClock())


def refusals(fake: FakeEmailSecurity) -> int:
    """How many requests the fake answered 429."""
    return sum(1 for request in fake.requests if request.status == 429)


GONE = ok({"id": IdMaker()()})  # the answer to `delete`


def delete(es: EmailSecurity) -> Any:
    """A single call (an allow policy's DELETE)."""
    return es.allow_policies.delete(IdMaker()())


def wanted(resource: str) -> list[dict[str, Any]]:
    return [desired(resource, n) for n in range(ENTRIES)]


# --- a plan and its apply under a window limit ---------------------------------------------------


@pytest.mark.parametrize("resource", sorted(PLANS))
def test_a_paced_plan_and_apply_meet_no_429(resource: str) -> None:
    """With the server's limit given as rate_limit=, the client waits its turn: the fake, which
    refuses the 31st request in any 0.1 s, refuses none, while the plan sends many times that."""
    fake = limited_fake()
    with fake.client(rate_limit=RateLimit(30, 0.1)) as es:
        getattr(es, resource).plan(wanted(resource)).apply(**PLANS[resource])
        assert not getattr(es, resource).plan(wanted(resource))

    assert len(fake.entries(resource)) == ENTRIES
    assert len(fake.requests) > 3 * WINDOW.window_limit  # type: ignore[operator]
    assert refusals(fake) == 0


@pytest.mark.parametrize("resource", sorted(PLANS))
def test_a_paced_async_plan_and_apply_meet_no_429(resource: str) -> None:
    """The async client paces its concurrent tasks alike, from the string form of the limit."""
    fake = limited_fake()

    async def scenario() -> None:
        async with fake.async_client(rate_limit="30/0.1") as es:
            plan = await getattr(es, resource).plan(wanted(resource))
            await plan.apply(**PLANS[resource])
            assert not await getattr(es, resource).plan(wanted(resource))

    asyncio.run(scenario())
    assert len(fake.entries(resource)) == ENTRIES
    assert refusals(fake) == 0


def test_without_pacing_the_same_plan_is_refused() -> None:
    """The control: the window limit does bite a client that is not paced (it retries its 429s)."""
    fake = limited_fake()
    with fake.client(max_retries=10) as es:
        es.impersonation_registry.plan(wanted("impersonation_registry")).apply()
    assert refusals(fake) > 0


def test_one_rate_limit_paces_every_client_given_it() -> None:
    """Two clients of one token share Cloudflare's budget: given the same RateLimit, they share it.

    The fake allows 10 % over the pace: three threads take their turns in order, but one descheduled
    after its turn can arrive just behind the next, a bunching the server's clock sees and the
    client's cannot (it made this test fail now and then on a loaded machine). Unshared, the clients
    would send twice the pace, far past the margin."""
    fake = FakeEmailSecurity(seed={}, faults=Faults(window_limit=33, window=0.1), clock=StepClock())
    shared = RateLimit(30, 0.1)
    with fake.client(rate_limit=shared) as first, fake.client(rate_limit=shared) as second:
        threads = [
            threading.Thread(target=lambda es=es: [es.domains.list().to_list() for _ in range(40)])
            for es in (first, second, first.with_options(timeout=30))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(fake.requests) == 120
    assert refusals(fake) == 0


# --- the limiter itself --------------------------------------------------------------------------


def test_turns_keep_any_window_to_the_limit() -> None:
    """Three per second: three turns at once, the fourth a second after the first, and a turn whose
    answer came late counts from then (the server saw it no later than that)."""
    limit = RateLimit(3, 1.0)
    turns = [limit.admit(10.0, None) for _ in range(3)]
    assert [turn.at for turn in turns if turn] == [10.0, 10.0, 10.0]
    limit.finished(turns[0], 10.5)  # type: ignore[arg-type]
    fourth = limit.admit(10.0, None)
    assert fourth is not None and fourth.at == 11.5
    assert limit.admit(10.0, 10.9) is None, "no turn before the latest acceptable time"


def test_a_429_holds_every_request_of_the_client_and_its_views() -> None:
    """After one call meets a 429 asking for 30 s, the next call of the client, or of a view of it,
    waits those 30 s before it is sent, though it never saw the 429 itself."""
    clock = NoSleep()
    recorder = Recorder(error_status(429, {"Retry-After": "30"}), GONE, GONE)
    es = client(recorder, sleep=clock, max_retries=0)

    with pytest.raises(RateLimitError):
        delete(es)
    assert clock.delays == []
    delete(es.with_options(timeout=5))

    assert len(clock.delays) == 1 and 29.5 < clock.delays[0] <= 30.0, clock
    assert len(recorder.requests) == 2


def test_a_429_holds_the_other_clients_sharing_a_rate_limit() -> None:
    clock = NoSleep()
    shared = RateLimit(1000, 1.0)
    one = client(Recorder(error_status(429, {"retry-after-ms": "4000"})), sleep=clock, rate_limit=shared)
    other = client(Recorder(GONE), sleep=clock, rate_limit=shared)

    with pytest.raises(RateLimitError):
        delete(one.with_options(max_retries=0))
    delete(other)

    assert len(clock.delays) == 1 and 3.5 < clock.delays[0] <= 4.0, clock


def test_the_wait_for_a_first_turn_is_not_part_of_the_timeout() -> None:
    """A call waiting for its turn under the rate limit has not begun: its timeout starts when it is
    sent, so a long queue does not turn into timeouts."""
    clock = NoSleep()
    recorder = Recorder(GONE, GONE)
    es = client(recorder, sleep=clock, rate_limit="1/20", timeout=1)

    delete(es)
    delete(es)

    assert len(recorder.requests) == 2
    assert len(clock.delays) == 1 and 19.5 < clock.delays[0] <= 20.0, clock


# --- configuration -------------------------------------------------------------------------------


def test_rate_limit_from_argument_text_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert client(Recorder()).rate_limit is None, "no pacing unless asked"
    assert repr(client(Recorder(), rate_limit="1200/300").rate_limit) == "RateLimit(requests=1200, per=300)"
    monkeypatch.setenv("CLOUDFLARE_RATE_LIMIT", "600/60")
    from_env = client(Recorder()).rate_limit
    assert from_env is not None and (from_env.requests, from_env.per) == (600, 60.0)
    given = RateLimit(5, 1)
    es = client(Recorder(), rate_limit=given)
    assert es.rate_limit is given, "an explicit argument wins over the variable"
    assert es.with_options(max_retries=0).rate_limit is given


@pytest.mark.parametrize(
    "value", ["", "1200", "0/300", "1200/0", "1200/-5", "x/300", "1.5/3", "5/nan", "5/inf"]
)
def test_bad_rate_limit_text_is_refused_naming_the_rule(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match=r"rate_limit must be REQUESTS/SECONDS, such as 1200/300"):
        client(Recorder(), rate_limit=value) if value else RateLimit.parse(value)
    monkeypatch.setenv("CLOUDFLARE_RATE_LIMIT", value or "-")
    with pytest.raises(ConfigurationError, match="CLOUDFLARE_RATE_LIMIT must be REQUESTS/SECONDS"):
        client(Recorder())


@pytest.mark.parametrize(
    ("arguments", "rule"),
    [
        ((0, 1.0), "requests must be an integer >= 1"),
        ((True, 1.0), "requests must be an integer >= 1"),
        ((10, 0), "per must be a finite number of seconds > 0"),
        ((10, float("inf")), "per must be a finite number of seconds > 0"),
    ],
)
def test_bad_rate_limit_values_are_refused(arguments: tuple[Any, Any], rule: str) -> None:
    with pytest.raises(ConfigurationError, match=rule):
        RateLimit(*arguments)


def test_a_rate_limit_of_another_type_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="rate_limit must be a RateLimit or a string"):
        EmailSecurity(api_token="t", account_id="a", rate_limit=1200)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="rate_limit must be"):
        AsyncEmailSecurity(api_token="t", account_id="a", rate_limit="1200 per 300")


# --- the command line ----------------------------------------------------------------------------


def test_the_command_line_passes_rate_limit_to_the_client() -> None:
    from cf_email_security.cli import _parser
    from cf_email_security.cli._client import connect
    from cf_email_security.cli._spec import load

    parser = _parser.build(load(), ["--rate-limit", "40/0.25", "domains", "list"])
    args = parser.parse(
        ["--rate-limit", "40/0.25", "--api-token", "t", "--account-id", "a", "domains", "list"]
    )
    with connect(args) as es:
        assert es.rate_limit is not None and (es.rate_limit.requests, es.rate_limit.per) == (40, 0.25)


def test_the_command_line_help_names_the_flag_and_the_variable() -> None:
    from cf_email_security.cli import _parser
    from cf_email_security.cli._spec import load

    text = _parser.build(load(), ["--help"]).format_help()
    assert "--rate-limit N/SECONDS" in text
    assert "CLOUDFLARE_RATE_LIMIT" in text
