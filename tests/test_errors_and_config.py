"""Errors and configuration: each failure surfaces as its typed error, settings come from arguments or
the environment, and no credential ever reaches a repr, an exception message or a log record."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import httpx
import pytest

import cf_email_security
from cf_email_security import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncEmailSecurity,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    EmailSecurity,
    EmailSecurityError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
)
from support import (
    Factory,
    Handler,
    NoSleep,
    Recorder,
    assert_matches_wire,
    client,
    envelope,
    error_status,
    ok,
    raise_,
    respond,
    respond_text,
)

BASE = "https://api.cloudflare.com/client/v4"
# The allow policy every successful answer carries, as the server sends it, and its URL.
POLICY = Factory().entity("allow_policies")
ID = POLICY["id"]
POLICY_URL = f"{BASE}/accounts/acc123/email-security/settings/allow_policies/{ID}"
CREATE_URL = f"{BASE}/accounts/acc123/email-security/settings/allow_policies"


def make_client(handler: Handler, **options: Any) -> EmailSecurity:
    """A client on a mock transport, no retries; credentials and account can be overridden by `options`."""
    return client(handler, **{"api_token": "tok", "account_id": "acc123", "max_retries": 0, **options})


def create_policy(es: EmailSecurity) -> Any:
    """A create call (POST)."""
    return es.allow_policies.create(**Factory().create("allow_policies"))


# --- status errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_its_error_class(status: int, error_class: type[APIStatusError]) -> None:
    """Callers catch by meaning (NotFoundError), so each status must raise its own class with the details."""
    errors = [{"code": 10000 + status, "message": f"problem {status}"}]
    body = {
        "success": False,
        "errors": errors,
        "messages": [{"code": 1, "message": "note"}],
        "result": None,
    }
    recorder = Recorder(respond(status, body, headers={"cf-ray": "8f00abc123-SJC"}))
    es = make_client(recorder)

    with pytest.raises(error_class) as caught:
        es.allow_policies.get(ID)

    exc = caught.value
    assert type(exc) is error_class
    assert isinstance(exc, APIStatusError)
    assert isinstance(exc, EmailSecurityError)
    assert exc.status_code == status
    assert exc.errors == errors
    assert exc.messages == [{"code": 1, "message": "note"}]
    assert exc.method == "GET"
    assert exc.url == POLICY_URL
    assert exc.cf_ray == "8f00abc123-SJC"
    assert exc.body_excerpt == ""
    assert f"{10000 + status}: problem {status}" in str(exc)
    assert "8f00abc123-SJC" in str(exc)
    assert len(recorder.requests) == 1


def test_status_error_names_post_method_and_url() -> None:
    """The error must say which call failed, so a POST is reported as POST on its own URL."""
    body = envelope(success=False, errors=[{"code": 1409, "message": "duplicate pattern"}])
    es = make_client(Recorder(respond(409, body)))

    with pytest.raises(ConflictError) as caught:
        create_policy(es)

    assert caught.value.method == "POST"
    assert caught.value.url == CREATE_URL
    assert caught.value.cf_ray is None
    assert "(cf-ray" not in str(caught.value)


def test_success_false_on_200_raises_unsuccessful_response() -> None:
    """A 2xx whose envelope says success:false is a failure, not a None result."""
    errors = [{"code": 1002, "message": "policy could not be read"}]
    recorder = Recorder(respond(200, envelope(POLICY, success=False, errors=errors)))
    es = make_client(recorder)

    with pytest.raises(UnsuccessfulResponseError) as caught:
        es.allow_policies.get(ID)

    assert isinstance(caught.value, APIStatusError)
    assert caught.value.status_code == 200
    assert caught.value.errors == errors
    assert "1002: policy could not be read" in str(caught.value)


@pytest.mark.parametrize("padding", [0, 600])
def test_html_502_gives_short_single_line_excerpt(padding: int) -> None:
    """Edge error pages are HTML; the error must carry a readable start of it, not crash or dump it all."""
    page = (
        "<html>\n<head><title>502 Bad Gateway</title></head>\n"
        "<body>\n<center><h1>502 Bad Gateway</h1></center>\n" + "x" * padding + "\n</body>\n</html>\n"
    )
    es = make_client(Recorder(respond_text(502, page)))

    with pytest.raises(InternalServerError) as caught:
        es.allow_policies.get(ID)

    exc = caught.value
    assert exc.status_code == 502
    assert exc.errors == []
    assert exc.body_excerpt.startswith("<html> <head><title>502 Bad Gateway</title></head>")
    assert "\n" not in exc.body_excerpt
    assert len(exc.body_excerpt) <= 203
    assert exc.body_excerpt.endswith("...") == (padding > 0)
    assert "502 Bad Gateway" in str(exc)
    assert "\n" not in str(exc)


# --- response validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "step",
    [
        respond_text(200, "OK, done", "text/plain"),
        respond_text(200, "<html><body>maintenance</body></html>"),
        respond(200, ["not", "an", "object"]),
    ],
    ids=["plain-text", "html", "json-array"],
)
def test_200_without_json_object_raises_response_validation(step: Handler) -> None:
    """A 2xx that is not a JSON object cannot be an envelope: say so, naming the response."""
    es = make_client(Recorder(step))

    with pytest.raises(ResponseValidationError) as caught:
        es.allow_policies.get(ID)

    assert caught.value.field == "response"
    assert str(caught.value).startswith("response: ")
    assert "GET" in str(caught.value)


@pytest.mark.parametrize(
    ("result", "problem"),
    [
        ({k: v for k, v in POLICY.items() if k != "id"}, "is required but missing"),
        ({**POLICY, "id": []}, "got list"),  # no id format takes a list
        ({**POLICY, "id": None}, "is required but null"),
    ],
    ids=["missing", "wrong-type", "null"],
)
def test_bad_result_field_is_named_by_path(result: dict[str, Any], problem: str) -> None:
    """A body that breaks the spec must name the exact field, not raise a bare KeyError or TypeError."""
    es = make_client(Recorder(respond(200, envelope(result))))

    with pytest.raises(ResponseValidationError) as caught:
        es.allow_policies.get(ID)

    assert caught.value.field == "response.result.id"
    assert caught.value.problem.endswith(problem)
    assert str(caught.value) == f"response.result.id: {caught.value.problem}"
    assert isinstance(caught.value, EmailSecurityError)


# --- transport errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("transport_error", "expected"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ReadError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.ConnectTimeout, APITimeoutError),
    ],
)
def test_transport_failures_raise_connection_errors(
    transport_error: type[httpx.TransportError], expected: type[APIConnectionError]
) -> None:
    """httpx exceptions must not escape: callers catch APIConnectionError (timeouts are a subclass)."""
    recorder = Recorder(raise_(transport_error))
    es = make_client(recorder)

    with pytest.raises(APIConnectionError) as caught:
        es.allow_policies.get(ID)

    exc = caught.value
    assert type(exc) is expected
    assert isinstance(exc, EmailSecurityError)
    assert exc.method == "GET"
    assert exc.url == POLICY_URL
    assert isinstance(exc.__cause__, transport_error)
    assert len(recorder.requests) == 1


CALLS: dict[str, Any] = {
    "POST": create_policy,
    "PATCH": lambda es: es.allow_policies.update(ID, comments="x"),
    "DELETE": lambda es: es.allow_policies.delete(ID),
    "GET": lambda es: es.allow_policies.get(ID),
}
MAY_HAVE_APPLIED = "; it may have been applied: look before sending it again"


@pytest.mark.parametrize(
    ("method", "step", "unknown"),
    [
        ("POST", error_status(500), True),
        ("POST", error_status(503), True),
        ("POST", raise_(httpx.ReadTimeout), True),
        ("POST", raise_(httpx.ReadError), True),
        ("POST", raise_(httpx.RemoteProtocolError), True),
        ("POST", error_status(400), False),
        ("POST", error_status(409), False),
        ("POST", error_status(429), False),
        ("POST", raise_(httpx.ConnectError), False),
        ("POST", raise_(httpx.ConnectTimeout), False),
        ("PATCH", error_status(502), True),
        ("DELETE", raise_(httpx.ReadTimeout), True),
        ("DELETE", error_status(404), False),
        ("GET", error_status(500), False),
        ("GET", raise_(httpx.ReadTimeout), False),
    ],
)
def test_a_failed_write_that_may_have_been_applied_says_so(method: str, step: Handler, unknown: bool) -> None:
    """A write that failed after it may have reached the server (a 5xx, a timeout or a connection lost
    after sending) is marked `outcome_unknown`, and its message says to look before sending it again:
    a create sent twice creates twice. A refusal, a connection never made and any read are not."""
    recorder = Recorder(step)

    with pytest.raises(APIError) as caught:
        CALLS[method](make_client(recorder))

    assert caught.value.outcome_unknown is unknown
    assert (MAY_HAVE_APPLIED in str(caught.value)) is unknown
    assert recorder.methods == [method]


def test_a_write_retried_after_a_5xx_stays_unknown_whatever_ends_it() -> None:
    """An update that met a 503, was re-sent and then lost its connection may have been applied by
    its first attempt."""
    recorder = Recorder(error_status(503), raise_(httpx.ConnectError))

    with pytest.raises(APIConnectionError) as caught:
        CALLS["PATCH"](make_client(recorder, max_retries=1, sleep=NoSleep()))

    assert caught.value.outcome_unknown
    assert len(recorder.requests) == 2


def test_the_batch_helpers_take_the_error_s_own_word() -> None:
    """`may_have_applied` (behind BatchError and PlanApplyError.outcome_unknown) reads the error."""
    from cf_email_security.batch._errors import may_have_applied

    for step, unknown in (
        (error_status(500), True),
        (error_status(400), False),
        (raise_(httpx.ConnectError), False),
    ):
        with pytest.raises(APIError) as caught:
            create_policy(make_client(Recorder(step)))
        assert may_have_applied(caught.value) is unknown


def test_every_exported_error_derives_from_the_root() -> None:
    """One `except EmailSecurityError` must catch anything the SDK raises on purpose."""
    names = [name for name in cf_email_security.__all__ if name.endswith("Error")]
    assert len(names) >= 17
    for name in names:
        assert issubclass(getattr(cf_email_security, name), EmailSecurityError), name
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ClientClosedError, RuntimeError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(UnsuccessfulResponseError, APIStatusError)


# --- configuration -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credentials",
    [{}, {"api_key": "k"}, {"email": "a@example.com"}, {"api_token": ""}],
    ids=["none", "key-without-email", "email-without-key", "empty-token"],
)
def test_missing_credentials_message_names_arguments_and_env_vars(credentials: dict[str, str]) -> None:
    """The user must learn from the message alone which argument or variable to set."""
    with pytest.raises(ConfigurationError) as caught:
        EmailSecurity(account_id="acc123", **credentials)

    message = str(caught.value)
    for name in ("api_token=", "api_key=", "email=", "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_API_KEY"):
        assert name in message
    assert "CLOUDFLARE_EMAIL" in message
    assert isinstance(caught.value, ValueError)


def test_missing_account_message_names_argument_and_env_var() -> None:
    """Every URL needs the account, so its absence must fail at construction with a useful message."""
    with pytest.raises(ConfigurationError) as caught:
        EmailSecurity(api_token="tok")

    assert "account_id=" in str(caught.value)
    assert "CLOUDFLARE_ACCOUNT_ID" in str(caught.value)


def test_async_client_validates_configuration_too() -> None:
    """The async client shares the checks; it must not defer them to the first request."""
    with pytest.raises(ConfigurationError, match="CLOUDFLARE_ACCOUNT_ID"):
        AsyncEmailSecurity(api_token="tok")


def test_token_from_env_with_account_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no arguments the client is configured entirely from CLOUDFLARE_* variables."""
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "env-acc")
    monkeypatch.setenv("CLOUDFLARE_BASE_URL", "https://api.example.test/client/v4/")
    recorder = Recorder(ok(POLICY))
    es = EmailSecurity(transport=httpx.MockTransport(recorder))

    assert_matches_wire(es.allow_policies.get(ID), POLICY)

    request = recorder.requests[0]
    assert str(request.url) == (
        f"https://api.example.test/client/v4/accounts/env-acc/email-security/settings/allow_policies/{ID}"
    )
    assert request.headers["Authorization"] == "Bearer env-token"
    assert "X-Auth-Key" not in request.headers


def test_api_key_and_email_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The legacy key+email pair is sent as X-Auth-Key/X-Auth-Email, never as a bearer token."""
    monkeypatch.setenv("CLOUDFLARE_API_KEY", "env-key")
    monkeypatch.setenv("CLOUDFLARE_EMAIL", "env@example.com")
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "env-acc")
    recorder = Recorder(ok(POLICY))
    es = EmailSecurity(transport=httpx.MockTransport(recorder))

    es.allow_policies.get(ID)

    request = recorder.requests[0]
    assert request.headers["X-Auth-Key"] == "env-key"
    assert request.headers["X-Auth-Email"] == "env@example.com"
    assert "Authorization" not in request.headers
    assert request.url.path.startswith("/client/v4/accounts/env-acc/")


def test_arguments_win_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """An explicit argument is the caller's intent; the environment is only the fallback."""
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "env-acc")
    monkeypatch.setenv("CLOUDFLARE_BASE_URL", "https://env.example.test")
    recorder = Recorder(ok(POLICY))
    es = EmailSecurity(
        api_token="arg-token",
        account_id="arg-acc",
        base_url="https://arg.example.test/v4",
        transport=httpx.MockTransport(recorder),
    )

    es.allow_policies.get(ID)

    request = recorder.requests[0]
    assert request.headers["Authorization"] == "Bearer arg-token"
    assert str(request.url).startswith("https://arg.example.test/v4/accounts/arg-acc/")


def test_explicit_key_and_email_send_key_headers() -> None:
    """api_key= and email= arguments authenticate with the two X-Auth headers."""
    recorder = Recorder(ok(POLICY))
    es = make_client(recorder, api_token=None, api_key="k-1", email="me@example.com")

    es.allow_policies.get(ID)

    assert recorder.requests[0].headers["X-Auth-Key"] == "k-1"
    assert recorder.requests[0].headers["X-Auth-Email"] == "me@example.com"
    assert "Authorization" not in recorder.requests[0].headers


@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.cloudflare.com/client/v4",
        "http://example.com",
        "http://localhost.example.com",
        "http://127.0.0.1.example.com",
        "http://10.0.0.1:8080",
        "ftp://api.cloudflare.com",
        "api.cloudflare.com/client/v4",
    ],
)
def test_plain_http_refused_for_non_loopback(base_url: str) -> None:
    """Credentials travel in headers: plain http to a remote host would expose them on the wire."""
    with pytest.raises(ConfigurationError):
        make_client(Recorder(), base_url=base_url)


def test_plain_http_refused_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The https rule applies whatever the source of the base URL."""
    monkeypatch.setenv("CLOUDFLARE_BASE_URL", "http://api.example.com/client/v4")
    with pytest.raises(ConfigurationError, match="https"):
        make_client(Recorder())


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8787/client/v4", "http://localhost:8787", "http://[::1]:8787", "https://example.com"],
)
def test_loopback_http_and_any_https_allowed(base_url: str) -> None:
    """A local mock server over plain http is a legitimate test setup; https is always fine."""
    recorder = Recorder(ok(POLICY))
    es = make_client(recorder, base_url=base_url)

    es.allow_policies.get(ID)

    assert str(recorder.requests[0].url).startswith(base_url + "/accounts/acc123/")


def test_negative_max_retries_refused() -> None:
    """A negative retry count is a configuration mistake, reported at construction."""
    with pytest.raises(ConfigurationError, match="max_retries"):
        make_client(Recorder(), max_retries=-1)


def test_user_agent_and_accept_headers() -> None:
    """Cloudflare support identifies SDK traffic by User-Agent; JSON is the only accepted answer."""
    recorder = Recorder(ok(POLICY))
    make_client(recorder).allow_policies.get(ID)

    headers = recorder.requests[0].headers
    assert headers["User-Agent"].startswith(f"cloudflare-email-security/{cf_email_security.__version__} ")
    assert "httpx/" in headers["User-Agent"]
    assert headers["Accept"] == "application/json"


@pytest.mark.parametrize("own_pool", [True, False], ids=["its own pool", "a caller's httpx.Client"])
def test_default_headers_reach_every_request_and_extra_headers_add_to_them(own_pool: bool) -> None:
    """default_headers travel with every request (replacing the SDK's User-Agent if they name one),
    whichever pool sends it; a call's extra_headers add to them and may replace them, not the
    credentials."""
    recorder = Recorder(ok(POLICY), repeat=True)
    defaults = {"User-Agent": "sync-job/3", "X-Team": "mail"}
    if own_pool:
        es = make_client(recorder, default_headers=defaults)
    else:
        http_client = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Proxy": "p"})
        es = EmailSecurity(
            api_token="tok", account_id="acc123", default_headers=defaults, http_client=http_client
        )

    es.allow_policies.get(ID)
    es.allow_policies.get(ID, extra_headers={"X-Team": "other", "Authorization": "Bearer stolen"})
    es.allow_policies.get(ID)

    first, second, third = (request.headers for request in recorder.requests)
    for headers in (first, second, third):
        assert headers["User-Agent"] == "sync-job/3"
        assert headers["Accept"] == "application/json"
        assert headers.get_list("Authorization") == ["Bearer tok"]
        assert headers.get("X-Proxy") == (None if own_pool else "p")
    assert (first["X-Team"], second["X-Team"], third["X-Team"]) == ("mail", "other", "mail")


def test_the_client_headers_are_read_only() -> None:
    """Set at construction (default_headers=): a change afterwards would not reach the pool."""
    es = make_client(Recorder(ok(POLICY)), default_headers={"X-Team": "mail"})
    assert es.headers["X-Team"] == "mail"
    with pytest.raises(TypeError):
        es.headers["X-Team"] = "other"  # type: ignore[index]


def test_timeout_reaches_the_request() -> None:
    """timeout= must apply to every request, with the connect phase capped at 5 s."""
    recorder = Recorder(ok(POLICY))
    make_client(recorder, timeout=7.5).allow_policies.get(ID)

    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 7.5,
        "write": 7.5,
        "pool": 7.5,
    }


def test_custom_http_client_is_used_and_left_open() -> None:
    """A caller's own httpx.Client (proxies, certificates) carries the requests and stays the caller's."""
    recorder = Recorder(ok(POLICY))
    http_client = httpx.Client(transport=httpx.MockTransport(recorder))
    es = EmailSecurity(api_token="tok", account_id="acc123", http_client=http_client)

    assert_matches_wire(es.allow_policies.get(ID), POLICY)
    es.close()

    assert len(recorder.requests) == 1
    assert recorder.requests[0].headers["Authorization"] == "Bearer tok"
    assert not http_client.is_closed
    with pytest.raises(ClientClosedError):
        es.allow_policies.get(ID)
    http_client.close()


def test_custom_async_http_client_is_used() -> None:
    """The async client honours a caller's httpx.AsyncClient in the same way."""
    recorder = Recorder(ok(POLICY))

    async def scenario() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http_client:
            es = AsyncEmailSecurity(api_token="tok", account_id="acc123", http_client=http_client)
            assert_matches_wire(await es.allow_policies.get(ID), POLICY)
            await es.close()
            assert not http_client.is_closed

    asyncio.run(scenario())
    assert len(recorder.requests) == 1


def test_event_hooks_watch_the_pool_the_client_makes() -> None:
    """`event_hooks` reach the pool the client makes (with its own settings: no redirects), so a
    caller watching requests needs no httpx.Client of its own."""
    seen: list[tuple[str, int]] = []
    es = make_client(
        Recorder(ok(POLICY)),
        event_hooks={
            "response": [lambda response: seen.append((response.request.method, response.status_code))]
        },
    )
    with es:
        assert_matches_wire(es.allow_policies.get(ID), POLICY)
    assert seen == [("GET", 200)]


def test_intercept_answers_in_place_of_the_server() -> None:
    """A response `intercept` returns is read as the server's, and nothing is sent; None sends."""
    recorder = Recorder(ok(POLICY))
    intercepted: list[str] = []

    def intercept(request: httpx.Request) -> httpx.Response | None:
        intercepted.append(request.method)
        return None if request.method == "GET" else httpx.Response(200, json=envelope(POLICY))

    with make_client(recorder, intercept=intercept) as es:
        assert_matches_wire(es.allow_policies.get(ID), POLICY)  # sent
        created = es.allow_policies.create(
            pattern="a@example.com", pattern_type="EMAIL", is_regex=False, is_trusted_sender=True,
            is_acceptable_sender=False, is_exempt_recipient=False, verify_sender=False,
        )  # fmt: skip
    assert_matches_wire(created, POLICY)
    assert intercepted == ["GET", "POST"]
    assert [request.method for request in recorder.requests] == ["GET"]


def test_intercept_answers_the_async_client_too() -> None:
    recorder = Recorder(ok(POLICY))

    async def scenario() -> None:
        answer = httpx.Response(200, json=envelope(POLICY))
        transport = httpx.MockTransport(recorder)
        async with AsyncEmailSecurity(
            api_token="tok", account_id="acc123", transport=transport, intercept=lambda request: answer
        ) as es:
            assert_matches_wire(await es.allow_policies.get(ID), POLICY)

    asyncio.run(scenario())
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"intercept": "not a function"}, "intercept must be a function"),
        ({"event_hooks": [print]}, "event_hooks must be a mapping"),
        ({"event_hooks": {"sent": [print]}}, "event_hooks: 'sent' is no event"),
        ({"event_hooks": {"response": print}}, "event_hooks['response'] must be a list"),
        ({"event_hooks": {"request": ["print"]}}, "event_hooks['request'] must hold functions only"),
    ],
)
def test_hooks_are_checked_when_the_client_is_made(options: dict[str, Any], named: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(named)):
        EmailSecurity(api_token="tok", account_id="acc123", **options)


def test_intercept_must_answer_with_a_response() -> None:
    es = make_client(Recorder(ok(POLICY)), intercept=lambda request: {"result": POLICY})
    with (
        es,
        pytest.raises(
            ConfigurationError, match=re.escape("intercept must return an httpx.Response or None, not dict")
        ),
    ):
        es.allow_policies.get(ID)


# --- closed clients ------------------------------------------------------------------------------


def test_closed_client_raises_client_closed() -> None:
    """A call after close() must fail clearly, without touching the network."""
    recorder = Recorder(ok(POLICY))
    es = make_client(recorder)
    es.close()

    with pytest.raises(ClientClosedError, match="closed"):
        es.allow_policies.get(ID)
    assert recorder.requests == []


def test_leaving_with_block_closes_client() -> None:
    """The context manager owns the pool: after `with`, calls raise ClientClosedError."""
    recorder = Recorder(ok(POLICY))
    with make_client(recorder) as es:
        assert_matches_wire(es.allow_policies.get(ID), POLICY)

    with pytest.raises(ClientClosedError):
        es.allow_policies.get(ID)
    assert len(recorder.requests) == 1


def test_async_closed_client_raises_client_closed() -> None:
    """The async client behaves the same after close() and after `async with`."""
    recorder = Recorder(ok(POLICY))

    async def scenario() -> None:
        es = AsyncEmailSecurity(api_token="tok", account_id="acc123", transport=httpx.MockTransport(recorder))
        async with es:
            assert_matches_wire(await es.allow_policies.get(ID), POLICY)
        with pytest.raises(ClientClosedError):
            await es.allow_policies.get(ID)

        other = AsyncEmailSecurity(
            api_token="tok", account_id="acc123", transport=httpx.MockTransport(recorder)
        )
        await other.close()
        with pytest.raises(ClientClosedError):
            await other.allow_policies.get(ID)

    asyncio.run(scenario())
    assert len(recorder.requests) == 1


def test_view_from_with_options_is_closed_with_its_client() -> None:
    """with_options views share the pool, so closing the client must close them as well."""
    recorder = Recorder(ok(POLICY))
    es = make_client(recorder)
    view = es.with_options(max_retries=0)
    es.close()

    with pytest.raises(ClientClosedError):
        view.allow_policies.get(ID)


def test_pool_made_by_a_view_is_closed_with_its_client() -> None:
    """The pool is made on the first request, by the client or any view; closing the client closes it."""

    class Transport(httpx.MockTransport):
        closed = 0

        def close(self) -> None:
            self.closed += 1

    recorder = Recorder(ok(POLICY), ok(POLICY))
    transport = Transport(recorder)
    es = EmailSecurity(api_token="tok", account_id="acc123", transport=transport)
    view = es.with_options(max_retries=0)
    assert_matches_wire(view.allow_policies.get(ID), POLICY)
    assert_matches_wire(es.allow_policies.get(ID), POLICY)
    es.close()

    assert transport.closed == 1
    assert len(recorder.requests) == 2


# --- secrets -------------------------------------------------------------------------------------

TOKEN_SECRET = "tok-SECRET-123"
KEY_SECRET = "key-SECRET-456"
EMAIL_SECRET = "secret.person@example.com"


@pytest.mark.parametrize(
    ("credentials", "secrets", "sent_header"),
    [
        ({"api_token": TOKEN_SECRET}, [TOKEN_SECRET], ("Authorization", f"Bearer {TOKEN_SECRET}")),
        (
            {"api_key": KEY_SECRET, "email": EMAIL_SECRET},
            [KEY_SECRET, EMAIL_SECRET],
            ("X-Auth-Key", KEY_SECRET),
        ),
    ],
    ids=["token", "key-and-email"],
)
def test_credentials_never_in_repr_errors_or_logs(
    credentials: dict[str, str],
    secrets: list[str],
    sent_header: tuple[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Reprs, exceptions and debug logs end up in tickets and log stores: none may carry a credential."""
    caplog.set_level(logging.DEBUG, logger="cf_email_security")
    auth_error = envelope(success=False, errors=[{"code": 10000, "message": "Authentication error"}])
    recorder = Recorder(
        respond(500, envelope(success=False, errors=[{"code": 1, "message": "oops"}])),  # retried once
        respond(401, auth_error),
        respond_text(502, "<html><body>Bad Gateway</body></html>"),
        respond(200, envelope(POLICY, success=False, errors=[{"code": 2, "message": "no"}])),
        respond_text(200, "not json"),
        respond(200, envelope({k: v for k, v in POLICY.items() if k != "id"})),
        raise_(httpx.ConnectError),
        raise_(httpx.ReadTimeout),
    )
    es = client(recorder, account_id="acc123", max_retries=1, sleep=NoSleep(), **credentials)
    single = es.with_options(max_retries=0)

    raised: list[BaseException] = []
    for each in (es, single, single, single, single, single, single):
        with pytest.raises(EmailSecurityError) as caught:
            each.allow_policies.get(ID)
        raised.append(caught.value)
    with pytest.raises(ConfigurationError) as config_error:
        EmailSecurity(account_id="acc123", base_url="http://api.example.com", **credentials)
    raised.append(config_error.value)

    assert [type(exc) for exc in raised] == [
        AuthenticationError,
        InternalServerError,
        UnsuccessfulResponseError,
        ResponseValidationError,
        ResponseValidationError,
        APIConnectionError,
        APITimeoutError,
        ConfigurationError,
    ]
    assert len(recorder.requests) == 8
    name, value = sent_header
    assert all(request.headers[name] == value for request in recorder.requests)

    texts = [repr(es), repr(single)]
    texts += [text for exc in raised for text in (str(exc), repr(exc))]
    # What an error keeps (its response, the request in it, the httpx exception it was raised from):
    # httpx masks Authorization in a repr, but not X-Auth-Key or X-Auth-Email.
    for exc in raised:
        for linked in (exc, exc.__cause__, exc.__context__):
            for holder in (getattr(linked, "response", None), linked):
                request = getattr(holder, "_request", None) or getattr(holder, "request", None)
                if isinstance(request, httpx.Request):
                    texts += [repr(request.headers), str(dict(request.headers)), str(request.headers.raw)]
    records = [r for r in caplog.records if r.name == "cf_email_security"]
    texts += [record.getMessage() for record in records] + [caplog.text]
    for secret in secrets:
        for text in texts:
            assert secret not in text

    messages = [record.getMessage() for record in records]
    assert f"GET {POLICY_URL} -> 500" in messages[0]
    assert messages[0].endswith(" ms")
    assert any(message.startswith("retrying GET ") for message in messages)
    assert any(f"GET {POLICY_URL} -> 401" in message for message in messages)
    assert any(f"GET {POLICY_URL} -> no response" in message for message in messages)
    assert all(record.levelno == logging.INFO for record in records if " -> " in record.getMessage())
    assert all(record.levelno == logging.DEBUG for record in records if "retrying" in record.getMessage())
    assert "acc123" in repr(es)
