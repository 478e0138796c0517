"""Nothing leaked, every failure typed, rules checked before sending (issue 11, classes 3 to 6).

Each test is one class of failure a demanding user met: a credential reachable from what the SDK
raises, an exception that is not an EmailSecurityError, a value sent that the server cannot take, a
delete reported as failed though it worked.
"""

from __future__ import annotations

import asyncio
import gzip
import math
import socket
from typing import Any

import httpx
import pytest

from cf_email_security import (
    APIConnectionError,
    AsyncEmailSecurity,
    BatchError,
    ClientClosedError,
    ConfigurationError,
    EmailSecurity,
    EmailSecurityError,
    EventLoopError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
    ValidationError,
)
from cf_email_security.batch import loads
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer
from support import (
    Factory,
    Handler,
    IdMaker,
    NoSleep,
    Recorder,
    arguments,
    assert_matches_wire,
    client,
    envelope,
    error_status,
    ok,
)
from support import spec as spec_doc
from support.factory import entry_key

SECRET = "s3cr3t-token-value"
POLICY = Factory().entity("allow_policies")  # what a successful answer carries, as the server sends it
ID = POLICY["id"]


def mock(recorder: Handler, **options: Any) -> EmailSecurity:
    return client(recorder, **{"api_token": "t", "account_id": "acc123", **options})


def raw_body(status: int, content: bytes, **headers: str) -> Handler:
    def step(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=content, headers={"content-type": "application/json", **headers}
        )

    return step


# ---- 3. No credential is reachable -----------------------------------------------------------------


BAD_TOKENS = [f"{SECRET}\n", f" {SECRET}", f"{SECRET} ", "tok\ten", "t\u00f6ken", "a\x00b"]


@pytest.mark.parametrize(
    ("bad", "where"),
    [
        (bad, where)
        for where in ("argument", "environment")
        for bad in BAD_TOKENS
        if where == "argument" or "\x00" not in bad  # an environment variable cannot hold a NUL
    ],
)
def test_a_token_with_whitespace_or_control_characters_is_refused_unechoed(
    bad: str, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trailing newline from `cat token.txt` used to reach httpx, whose error (and log) showed it."""
    arguments: dict[str, Any] = {"account_id": "acc123"}
    if where == "argument":
        arguments["api_token"] = bad
    else:
        monkeypatch.setenv("CLOUDFLARE_API_TOKEN", bad)
    with pytest.raises(ConfigurationError) as caught:
        EmailSecurity(**arguments)
    assert "printable ASCII" in str(caught.value)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_key_and_email_with_a_line_break_are_refused_too() -> None:
    with pytest.raises(ConfigurationError, match="api_key"):
        EmailSecurity(api_key=f"{SECRET}\r\n", email="me@example.com", account_id="acc123")
    with pytest.raises(ConfigurationError, match="email"):
        EmailSecurity(api_key=SECRET, email="me@example.com\n", account_id="acc123")


@pytest.mark.parametrize(
    "credentials",
    [{"api_token": SECRET}, {"api_key": SECRET, "email": "ops@example.com"}],
    ids=["token", "key"],
)
def test_credentials_are_blanked_in_every_request_the_sdk_hands_back(credentials: dict[str, str]) -> None:
    """httpx's Headers repr masks Authorization only; X-Auth-Key used to show in error.response.request."""
    recorder = Recorder(error_status(404), ok(POLICY))
    es = mock(recorder, **credentials)
    with pytest.raises(NotFoundError) as caught:
        es.allow_policies.get(ID)
    raw = es.allow_policies.with_raw_response.get(ID)
    assert recorder.requests[0].headers.get("X-Auth-Key", "Bearer " + SECRET).endswith(SECRET)  # it was sent
    for request in (caught.value.response.request, raw.http_response.request):
        everything = repr(request.headers) + str(dict(request.headers)) + str(request.headers.raw)
        assert SECRET not in everything


def test_a_transport_error_chained_to_ours_carries_no_credential() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    es = mock(refuse, api_key=SECRET, email="ops@example.com", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        es.allow_policies.get(ID)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ReadError)
    assert SECRET not in str(dict(cause.request.headers))


def test_environment_proxies_never_see_a_loopback_servers_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain-http local fake is reached directly: HTTP_PROXY would otherwise receive the token."""
    proxy = socket.socket()
    proxy.bind(("127.0.0.1", 0))
    proxy.listen(8)
    proxy.setblocking(False)
    proxy_url = f"http://127.0.0.1:{proxy.getsockname()[1]}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    try:
        with (
            FakeServer(FakeEmailSecurity()) as server,
            EmailSecurity(api_token=SECRET, account_id=FAKE_ACCOUNT_ID, base_url=server.base_url) as es,
        ):
            body = Factory().create("allow_policies")
            assert es.allow_policies.create(**body).pattern == body["pattern"]
        with pytest.raises(BlockingIOError):
            proxy.accept()  # nobody connected to the proxy
    finally:
        proxy.close()


# ---- 4. Every failure is an EmailSecurityError ---------------------------------------------------


def test_a_corrupt_gzip_body_is_a_response_validation_error() -> None:
    es = mock(raw_body(200, b"this is not gzip", **{"content-encoding": "gzip"}))
    with pytest.raises(ResponseValidationError, match="could not be decoded"):
        es.allow_policies.get(ID)


def test_a_well_formed_gzip_body_still_parses() -> None:
    body = gzip.compress(httpx.Response(200, json=envelope(POLICY)).content)
    assert_matches_wire(
        mock(raw_body(200, body, **{"content-encoding": "gzip"})).allow_policies.get(ID), POLICY
    )


@pytest.mark.parametrize("status", [200, 400, 500])
def test_deeply_nested_json_is_typed_not_a_recursion_error(status: int) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    es = mock(raw_body(status, deep), max_retries=0)
    with pytest.raises(EmailSecurityError) as caught:
        es.allow_policies.get(ID)
    if status == 200:
        assert isinstance(caught.value, ResponseValidationError)
        assert "nested too deeply" in str(caught.value)


def test_a_lone_surrogate_is_a_validation_error_naming_the_field() -> None:
    recorder = Recorder()
    es = mock(recorder)
    with pytest.raises(ValidationError) as caught:
        es.allow_policies.create(**Factory().create("allow_policies", pattern="bad\udc80@example.com"))
    assert caught.value.field == "pattern"
    with pytest.raises(ValidationError) as caught:
        es.allow_policies.list(search="\ud800")
    assert caught.value.field == "search"
    with pytest.raises(ValidationError) as caught:
        es.allow_policies.batch(posts=[Factory().create("allow_policies", comments="x\udfff")])
    assert caught.value.field == "posts[0].comments"
    assert recorder.requests == []


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:99999/client/v4",
        "http://127.0.0.1:abc/client/v4",
        "http://[::1/client/v4",
        "https://api.example.com/client/v4?x=1",
        "https://user:pw@api.example.com/client/v4",
        "https://api example.com/client/v4",
    ],
)
def test_an_unusable_base_url_is_a_configuration_error(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        EmailSecurity(api_token="t", account_id="acc123", base_url=base_url)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("timeout", "5"),
        ("timeout", -1),
        ("timeout", 0),
        ("timeout", math.nan),
        ("timeout", math.inf),
        ("timeout", True),
        ("max_retries", "2"),
        ("max_retries", 1.5),
        ("default_headers", {"X-Team": 1}),
        ("default_headers", {"X-Team": "a\r\nX-Injected: 1"}),
        ("default_headers", {"Bad Name": "x"}),
        ("default_headers", ["X-Team", "a"]),
        ("account_id", 123),
        ("base_url", 443),
    ],
)
def test_wrong_configuration_types_are_configuration_errors(option: str, value: Any) -> None:
    with pytest.raises(ConfigurationError) as caught:
        EmailSecurity(**{"api_token": "t", "account_id": "acc123", option: value})
    assert option in str(caught.value)


def test_with_options_checks_the_same_way() -> None:
    es = mock(Recorder())
    for value in ("5", -1, math.nan):
        with pytest.raises(ConfigurationError, match="timeout"):
            es.with_options(timeout=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "format"),
    [
        ("[{", "json"),
        ("not json", "json"),
        ('{"a": 1}', "json"),
        ("- [unclosed", "yaml"),
        ("a: b: c", "yaml"),
    ],
)
def test_batch_loads_of_a_bad_document_is_a_validation_error(text: str, format: str) -> None:
    pytest.importorskip("yaml")
    with pytest.raises(ValidationError) as caught:
        loads(text, format)
    assert caught.value.field in {"text", "desired"}


def test_batch_loads_of_a_deeply_nested_document_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="nested too deeply"):
        loads("[" * 200_000 + "]" * 200_000)


def test_close_during_a_retry_wait_ends_in_client_closed_error() -> None:
    """close() from another thread while a retry waits: the next attempt must not hit httpx's RuntimeError."""
    holder: list[EmailSecurity] = []

    recorder = Recorder(error_status(503), ok(POLICY))
    closing = mock(recorder, sleep=NoSleep(then=lambda: holder[0].close()))
    holder.append(closing)
    with pytest.raises(ClientClosedError):
        holder[0].allow_policies.get(ID)
    assert len(recorder.requests) == 1


def test_a_request_on_a_closed_pool_is_client_closed_error() -> None:
    """The pool closed by the owner of a shared httpx.Client: httpx's bare RuntimeError becomes typed."""
    http = httpx.Client(transport=httpx.MockTransport(Recorder(ok(POLICY))))
    es = EmailSecurity(api_token="t", account_id="acc123", http_client=http)
    es.close()
    with pytest.raises(ClientClosedError):
        es.allow_policies.get(ID)


def test_an_async_client_used_from_a_second_event_loop_says_so() -> None:
    aes = AsyncEmailSecurity(
        api_token="t", account_id="acc123", transport=httpx.MockTransport(Recorder(ok(POLICY), ok(POLICY)))
    )

    async def get() -> Any:
        return await aes.allow_policies.get(ID)

    assert_matches_wire(asyncio.run(get()), POLICY)
    with pytest.raises(EventLoopError, match="event loop"):
        asyncio.run(get())


def test_any_failure_after_a_chunk_was_applied_ends_in_batch_error() -> None:
    """A failure that is not the API's (here a broken transport) must still say what was applied."""
    fake = FakeEmailSecurity()
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("a proxy library broke")
        reply = fake.handle(
            request.method, str(request.url.raw_path, "ascii"), dict(request.headers), request.read()
        )
        return httpx.Response(reply.status, json=reply.body, headers=reply.headers)

    es = EmailSecurity(
        api_token="t",
        account_id=FAKE_ACCOUNT_ID,
        base_url="https://api.example.test/client/v4",
        transport=httpx.MockTransport(flaky),
    )
    builder = es.block_senders.batch_builder()
    for number in range(3):
        builder.post({"pattern": f"x{number}.example", "pattern_type": "DOMAIN", "is_regex": False})
    with pytest.raises(BatchError) as caught:
        es.block_senders.apply_batch(builder, chunk_size=1)
    error = caught.value
    assert len(error.applied.posts) == 1
    assert len(error.remaining) == 2
    assert isinstance(error.cause, RuntimeError)
    assert error.outcome_unknown


# ---- 5. Rules before sending ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda es: es.allow_policies.list(page=2**31), "page"),
        pytest.param(lambda es: es.allow_policies.list(per_page=2**31), "per_page", id="per_page"),
    ],
)
def test_integers_beyond_int32_are_refused(call: Any, field: str) -> None:
    recorder = Recorder()
    with pytest.raises(ValidationError) as caught:
        call(mock(recorder))
    assert caught.value.field == field
    assert caught.value.rule.startswith("must be <=")  # 2147483647, or a tighter maximum the spec sets
    assert recorder.requests == []


# ---- 6. Idempotent deletes and long Retry-After --------------------------------------------------


def test_a_delete_re_sent_after_a_5xx_that_meets_404_reports_success(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The first attempt deleted it and only its answer was lost: the entry is gone, as asked."""
    caplog.set_level("INFO", logger="cf_email_security")
    recorder = Recorder(error_status(500), error_status(404))

    ident, other, third = IdMaker().many(3)
    es = mock(recorder, sleep=NoSleep())
    assert_matches_wire(es.allow_policies.delete(ident), {"id": ident})
    assert [record.getMessage() for record in caplog.records if "earlier attempt" in record.getMessage()]

    recorder = Recorder(error_status(502), error_status(404))
    es = mock(recorder, sleep=NoSleep())
    with pytest.deprecated_call():
        refs = es.domains.bulk_delete(domains=[{"id": other}, {"id": third}])
    assert_matches_wire(refs, [{"id": other}, {"id": third}])


def test_a_delete_that_meets_404_first_is_still_not_found() -> None:
    with pytest.raises(NotFoundError):
        mock(Recorder(error_status(404))).allow_policies.delete(ID)


def test_a_post_is_never_treated_as_gone() -> None:
    recorder = Recorder(error_status(500))
    es = mock(recorder, sleep=NoSleep())
    with pytest.raises(InternalServerError):
        es.allow_policies.create(**Factory().create("allow_policies"))
    assert len(recorder.requests) == 1


ENTITY_GETS = sorted(
    op.resource for op in spec_doc.operations() if op.method == "get" and "{" in op.path.rsplit("/", 1)[-1]
)


@pytest.mark.parametrize("resource", ENTITY_GETS)
def test_an_entry_without_its_id_is_a_response_validation_error_naming_it(resource: str) -> None:
    """Every entry the API returns carries its id (typed str, in the field the spec keeps it in): one
    without it fails to parse. The entry is one the fake holds: created through the client where the
    spec has a create, one of the fake's own (its mail) where it has not."""
    fake = FakeEmailSecurity()
    create = spec_doc.resources_of()[resource].get("create")
    if create is not None:
        with fake.client() as es:
            getattr(es, resource).create(**arguments(create, Factory()).kwargs)
    raw = fake.entries(resource)[-1]
    key = entry_key(resource)
    entry_id = raw.pop(key)
    assert isinstance(entry_id, str), f"{resource}.{key}: {entry_id!r}"
    answer = {"success": True, "errors": [], "messages": [], "result": raw}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    client = EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=transport)
    with pytest.raises(ResponseValidationError) as caught:
        getattr(client, resource).get(entry_id)
    assert caught.value.field == f"response.result.{key}"
