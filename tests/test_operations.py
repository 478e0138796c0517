"""Every operation of the client, sync and async, against the recorder transport.

The operations are the spec's (read as data): for each, the factory builds the call's arguments and
the server's answer, and the tests check the exact request (method, path, query as a multiset, JSON
body with its types, credentials) and that the call returns the answer's `result`, typed as the
generated models declare. The same holds with a per-call `account_id` and with per-call options, for
every operation. Then, written out by hand, the forms an argument may take (enum members or their
values, UUID objects, repeated filters, models, dicts and bare ids in a batch) and the list walk.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest

from cf_email_security import APIStatusError, RawResponse
from support import (
    ACCOUNT,
    MODES,
    TOKEN,
    Arguments,
    Factory,
    IdMaker,
    Recorder,
    argument,
    arguments,
    assert_matches_wire,
    assert_same,
    connector,
    cursor_page,
    failure,
    invoke,
    ok,
    page,
    spec,
)
from support.calls import deprecation_checked

HOST = "api.cloudflare.com"
OPERATIONS = spec.operations()  # the spec as data: no model is built at import
PER_PAGE = 2  # a list case serves three items: a full first page and a short second one
NEXT_CURSOR = "cursor-of-page-2"  # what a cursor list's first page names as the next


@dataclass(frozen=True)
class Case:
    """One operation: the call, the request it must send and the answer it gets."""

    operation: spec.Operation
    call: Arguments
    answer: Any  # the envelope's `result`; for a list, every item of both pages

    @property
    def target(self) -> str:
        return f"{self.operation.resource}.{self.operation.method}"


def case_for(operation: spec.Operation) -> Case:
    factory = Factory()
    call = arguments(operation, factory)
    if operation.paged:
        call.kwargs["per_page"] = PER_PAGE
        items = spec.merged_object(operation.doc, operation.result)["items"]
        return Case(operation, call, [factory.wire(items, full=True) for _ in range(PER_PAGE + 1)])
    return Case(operation, call, factory.wire(operation.result, full=True))


def recorder_for(case: Case) -> Recorder:
    """A server that answers `case`: one envelope, or for a list a full page 1 and a short page 2."""
    if not case.operation.paged:
        return Recorder(ok(case.answer, status=case.operation.success[0]))
    first, rest = case.answer[:PER_PAGE], case.answer[PER_PAGE:]
    total = len(case.answer)
    if case.operation.cursor:
        return Recorder(
            httpx.Response(200, json=cursor_page(first, cursor=NEXT_CURSOR, per_page=PER_PAGE)),
            httpx.Response(200, json=cursor_page(rest, cursor=None, per_page=PER_PAGE)),
        )
    return Recorder(
        httpx.Response(200, json=page(first, page=1, per_page=PER_PAGE, total_count=total)),
        httpx.Response(200, json=page(rest, page=2, per_page=PER_PAGE, total_count=total)),
    )


# ---- assertions --------------------------------------------------------------------------------------


def assert_request(
    request: httpx.Request, *, method: str, path: str, query: list[tuple[str, str]], body: Any
) -> None:
    """The request is exactly this one: method, URL, query as a multiset, credentials and JSON body."""
    assert request.method == method
    assert (request.url.scheme, request.url.host) == ("https", HOST)
    assert request.url.path == f"/client/v4{path}"
    assert Counter(request.url.params.multi_items()) == Counter(query)
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert_same(json.loads(request.content), body, "body")  # typed: `1` does not pass for `true`


def assert_case_requests(requests: list[httpx.Request], case: Case, account: str = ACCOUNT) -> None:
    """One request per call, or for a list exactly pages 1 and 2, each carrying the call's filters."""
    operation = case.operation
    expected = {
        "method": operation.http,
        "path": operation.url_path(account, *case.call.args),
        "body": case.call.body,
    }
    if operation.cursor:  # the second page asks for the cursor the first named, instead of the call's
        assert len(requests) == 2
        first = [*case.call.query, ("per_page", str(PER_PAGE))]
        second = [(name, value) for name, value in first if name != "cursor"] + [("cursor", NEXT_CURSOR)]
        for request, query in zip(requests, (first, second), strict=True):
            assert_request(request, query=query, **expected)
    elif operation.paged:
        assert len(requests) == 2
        for number, request in enumerate(requests, start=1):
            query = [*case.call.query, ("per_page", str(PER_PAGE)), ("page", str(number))]
            assert_request(request, query=query, **expected)
    else:
        assert len(requests) == 1
        assert_request(requests[0], query=case.call.query, **expected)


# ---- every operation -----------------------------------------------------------------------------------

EVERY = pytest.mark.parametrize("operation", OPERATIONS, ids=[operation.id for operation in OPERATIONS])


def test_the_cases_cover_every_operation_once() -> None:
    """The parametrisation is the spec's operations, each once: none forgotten by any test below."""
    ids = [operation.id for operation in OPERATIONS]
    assert ids and len(ids) == len(set(ids))
    assert len(ids) == sum(
        method in spec.HTTP_METHODS for item in spec.load()["paths"].values() for method in item
    )


@pytest.mark.parametrize("mode", MODES)
@EVERY
def test_operation(operation: spec.Operation, mode: str) -> None:
    """Each operation sends exactly its request and returns the envelope's result, typed."""
    case = case_for(operation)
    recorder = recorder_for(case)
    with deprecation_checked(operation):
        result = invoke(mode, connector(recorder), case.target, *case.call.args, **case.call.kwargs)
    assert_case_requests(recorder.requests, case)
    assert_matches_wire(result, case.answer)


@pytest.mark.parametrize("mode", MODES)
@EVERY
def test_account_id_per_call_overrides_the_clients(operation: spec.Operation, mode: str) -> None:
    """`account_id=` on a call addresses that account, for every operation, instead of the client's."""
    case = case_for(operation)
    recorder = recorder_for(case)
    kwargs = {**case.call.kwargs, "account_id": "other"}
    with deprecation_checked(operation):
        result = invoke(mode, connector(recorder), case.target, *case.call.args, **kwargs)
    assert_case_requests(recorder.requests, case, account="other")
    assert_matches_wire(result, case.answer)


@pytest.mark.parametrize("mode", MODES)
@EVERY
def test_raw_view_of_every_operation_sends_the_same_request_and_returns_its_response(
    operation: spec.Operation, mode: str
) -> None:
    """`with_raw_response.<method>` wraps the method itself: same request, the result in `.parsed`
    next to the server's status; a list fetches only the page it starts at, returned as the envelope."""
    case = case_for(operation)
    recorder = recorder_for(case)
    target = f"{operation.resource}.with_raw_response.{operation.method}"
    with deprecation_checked(operation):
        raw = invoke(mode, connector(recorder), target, *case.call.args, **case.call.kwargs)
    assert isinstance(raw, RawResponse)
    if operation.paged:
        assert len(recorder.requests) == 1  # one page, not the walk
        first_page = [] if operation.cursor else [("page", "1")]
        query = [*case.call.query, ("per_page", str(PER_PAGE)), *first_page]
        path = operation.url_path(ACCOUNT, *case.call.args)
        assert_request(
            recorder.requests[0], method=operation.http, path=path, query=query, body=case.call.body
        )
        assert raw.status_code == 200
        assert_matches_wire(raw.parsed.result, case.answer[:PER_PAGE])
        info = raw.parsed.result_info
        assert info.cursor == NEXT_CURSOR if operation.cursor else info.total_count == len(case.answer)
    else:
        assert_case_requests(recorder.requests, case)
        assert raw.status_code == operation.success[0]
        assert_matches_wire(raw.parsed, case.answer)


@EVERY
def test_raw_view_keeps_each_methods_signature(operation: spec.Operation) -> None:
    """The view has every operation, with the method's own parameters and docstring (it wraps the method,
    so an operation missing from the view, or a wrapper that drops them, fails here), for both clients."""
    for client in (connector(Recorder())("sync"), connector(Recorder())("async")):
        resource = getattr(client, operation.resource)
        method = getattr(resource, operation.method)
        raw = getattr(resource.with_raw_response, operation.method)
        assert inspect.signature(raw).parameters == inspect.signature(method).parameters
        assert raw.__doc__ == method.__doc__


def test_raw_mode_ends_with_the_call_that_asked_for_it() -> None:
    """A raw call that fails, or one running beside plain ones, leaves the plain methods plain."""
    from cf_email_security import ValidationError

    policy = entity()
    recorder = Recorder(*[ok(policy) for _ in range(6)])
    es = connector(recorder)("sync")
    with pytest.raises(ValidationError):
        es.allow_policies.with_raw_response.get("not-a-uuid")
    assert not isinstance(es.allow_policies.get(policy["id"]), RawResponse)
    assert isinstance(es.allow_policies.with_raw_response.get(policy["id"]), RawResponse)

    async def side_by_side() -> list[Any]:
        async with connector(recorder)("async") as aes:  # type: ignore[union-attr]
            raw, plain = aes.allow_policies.with_raw_response.get, aes.allow_policies.get
            return list(await asyncio.gather(raw(policy["id"]), plain(policy["id"]), raw(policy["id"])))

    kinds = [isinstance(result, RawResponse) for result in asyncio.run(side_by_side())]
    assert kinds == [True, False, True]


def test_with_options_view_makes_its_own_resources() -> None:
    """Resources are made once per client: a with_options view does not reuse the original's, which
    would send with the original's settings."""
    recorder = Recorder(*[httpx.Response(503, json=failure(503)) for _ in range(4)])
    es = connector(recorder, sleep=lambda seconds: None)("sync")
    original = es.allow_policies
    assert es.allow_policies is original  # made once
    view = es.with_options(max_retries=0)
    assert view.allow_policies is not original and view.allow_policies is view.allow_policies
    with pytest.raises(APIStatusError):
        view.allow_policies.get(entity()["id"])
    assert len(recorder.requests) == 1  # the view's max_retries=0, not the original's 2
    with pytest.raises(APIStatusError):
        original.get(entity()["id"])
    assert len(recorder.requests) == 4


OPTIONS: dict[str, Any] = {"timeout": 3, "extra_headers": {"X-Trace": "t-1"}, "extra_query": {"debug": True}}
THREE_SECONDS = {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def assert_options_sent(requests: list[httpx.Request]) -> None:
    """Every request carries the call's header and its timeout (the query is checked with the case's)."""
    assert requests
    for request in requests:
        assert request.headers["x-trace"] == "t-1"
        assert request.extensions["timeout"] == THREE_SECONDS


@pytest.mark.parametrize("mode", MODES)
@EVERY
def test_per_call_options_reach_every_request_of_every_operation(
    operation: spec.Operation, mode: str
) -> None:
    """Each operation takes timeout=, extra_headers= and extra_query= and sends them besides its own
    request, unchanged otherwise; a list sends them with every page."""
    case = case_for(operation)
    recorder = recorder_for(case)
    with deprecation_checked(operation):
        result = invoke(
            mode, connector(recorder), case.target, *case.call.args, **case.call.kwargs, **OPTIONS
        )
    with_debug = replace(case, call=replace(case.call, query=[*case.call.query, ("debug", "true")]))
    assert_case_requests(recorder.requests, with_debug)
    assert_options_sent(recorder.requests)
    assert_matches_wire(result, case.answer)


# ---- the forms an argument may take ---------------------------------------------------------------------


def encodings() -> dict[str, tuple[str, tuple[Any, ...], dict[str, Any], list[tuple[str, str]], Any]]:
    """name -> (operation, path ids, keyword arguments, query they must become, body they must become).

    Built when a test runs (it names models and enum members), not at import."""
    from cf_email_security.models import (
        DeliveryMode,
        DisplayNameOrder,
        DispositionLabel,
        DomainOrder,
        EntryRef,
        PatternOrder,
        PatternType,
        Provenance,
        Region,
        ScannableFolder,
        SortingDirection,
        TrustedDomainPatch,
    )

    ids = IdMaker()
    first, second, third = ids.many(3)
    integration = "6f1d7a2e-3b4c-4d5e-8f90-a1b2c3d4e5f6"
    fields = Factory().create("allow_policies")
    return {
        "bool filters and enum members": (
            "allow_policies.list",
            (),
            {
                "pattern_type": PatternType.EMAIL,
                "is_trusted_sender": True,
                "verify_sender": False,
                "is_acceptable_sender": True,
                "order": PatternOrder.CREATED_AT,
                "direction": "desc",
                "search": "example.com",
            },
            [
                ("pattern_type", "EMAIL"),
                ("is_trusted_sender", "true"),
                ("verify_sender", "false"),
                ("is_acceptable_sender", "true"),
                ("order", "created_at"),
                ("direction", "desc"),
                ("search", "example.com"),
            ],
            None,
        ),
        "enum values as strings": (
            "block_senders.list",
            (),
            {"pattern_type": "DOMAIN", "order": PatternOrder.PATTERN, "direction": SortingDirection.ASC},
            [("pattern_type", "DOMAIN"), ("order", "pattern"), ("direction", "asc")],
            None,
        ),
        "a repeated filter and a UUID": (
            "domains.list",
            (),
            {
                "domain": ["a.example", "b.example"],
                "allowed_delivery_mode": DeliveryMode.BCC,
                "active_delivery_mode": "DIRECT",
                "integration_id": argument("domains", "list", "integration_id", integration),
                "order": DomainOrder.DOMAIN,
            },
            [
                ("domain", "a.example"),
                ("domain", "b.example"),
                ("allowed_delivery_mode", "BCC"),
                ("active_delivery_mode", "DIRECT"),
                ("integration_id", integration),
                ("order", "domain"),
            ],
            None,
        ),
        "an enum value that is not an identifier": (
            "impersonation_registry.list",
            (),
            {"order": DisplayNameOrder.NAME, "provenance": Provenance.SNOOPY_OFFICE_365},
            [("order", "name"), ("provenance", "SNOOPY-OFFICE_365")],
            None,
        ),
        "an enum member in a body": (
            "allow_policies.create",
            (),
            {**fields, "pattern_type": PatternType.EMAIL, "comments": "VIP"},
            [],
            {**fields, "pattern_type": "EMAIL", "comments": "VIP"},
        ),
        "an explicit null": (
            "allow_policies.update",
            (first,),
            {"comments": None, "pattern_type": PatternType.EMAIL, "is_regex": False},
            [],
            {"comments": None, "pattern_type": "EMAIL", "is_regex": False},
        ),
        "lists of enum members and values, a UUID in a body": (
            "domains.update",
            (first,),
            {
                "ip_restrictions": ["192.0.2.0/24"],
                "allowed_delivery_modes": [DeliveryMode.API, "BCC"],
                "drop_dispositions": [DispositionLabel.MALICIOUS_BEC, "SPAM"],
                "regions": [Region.US],
                "folder": ScannableFolder.INBOX,
                "integration_id": argument("domains", "update", "integration_id", integration),
            },
            [],
            {
                "ip_restrictions": ["192.0.2.0/24"],
                "allowed_delivery_modes": ["API", "BCC"],
                "drop_dispositions": ["MALICIOUS-BEC", "SPAM"],
                "regions": ["US"],
                "folder": "Inbox",
                "integration_id": integration,
            },
        ),
        "ids, dicts and models in an array body": (
            "domains.bulk_delete",
            (),
            {"domains": [first, {"id": second}, EntryRef(id=third)]},
            [],
            [{"id": first}, {"id": second}, {"id": third}],
        ),
        "a deletes-only batch": (
            "sending_domain_restrictions.batch",
            (),
            {"deletes": [first, {"id": second}]},
            [],
            {"deletes": [{"id": first}, {"id": second}]},
        ),
        "a patch model in a batch": (
            "trusted_domains.batch",
            (),
            {"deletes": [second], "patches": [TrustedDomainPatch(id=first, is_similarity=False)]},
            [],
            {
                "deletes": [{"id": second}],
                "patches": [{"id": first, "is_similarity": False}],
                "posts": [],
                "puts": [],
            },
        ),
    }


ENCODINGS = [
    "bool filters and enum members",
    "enum values as strings",
    "a repeated filter and a UUID",
    "an enum value that is not an identifier",
    "an enum member in a body",
    "an explicit null",
    "lists of enum members and values, a UUID in a body",
    "ids, dicts and models in an array body",
    "a deletes-only batch",
    "a patch model in a batch",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ENCODINGS)
def test_arguments_are_sent_in_their_wire_form(name: str, mode: str) -> None:
    """Enum members and their values, UUIDs, booleans, repeated filters, null, models, dicts and bare
    ids: each reaches the wire as the spec writes it."""
    target, args, kwargs, query, body = encodings()[name]
    resource, method = target.split(".")
    operation = spec.operation(resource, method)
    answer = case_for(operation).answer
    recorder = (
        Recorder(httpx.Response(200, json=page(answer)))
        if operation.paged
        else Recorder(ok(answer, status=operation.success[0]))
    )
    result = invoke(mode, connector(recorder), target, *args, **kwargs)
    pages = [("page", "1"), ("per_page", "100")] if operation.paged else []
    assert len(recorder.requests) == 1
    path = operation.url_path(ACCOUNT, *args)
    assert_request(recorder.requests[0], method=operation.http, path=path, query=[*query, *pages], body=body)
    assert_matches_wire(result, answer)


def test_the_encoding_table_is_the_one_parametrised() -> None:
    assert sorted(encodings()) == sorted(ENCODINGS)


# ---- raw responses, batches, pages -----------------------------------------------------------------------


def entity(resource: str = "allow_policies") -> Any:
    return Factory().entity(resource, full=True)


def item_path(resource: str, ident: Any) -> str:
    return spec.operation(resource, "get").url_path(ACCOUNT, ident)


def list_path(resource: str) -> str:
    return spec.operation(resource, "list").url_path(ACCOUNT)


@pytest.mark.parametrize("mode", MODES)
def test_raw_response_carries_status_headers_and_parsed_result(mode: str) -> None:
    """with_raw_response gives what the typed call hides: status, headers and cf-ray, next to the result."""
    policy = entity()
    recorder = Recorder(ok(policy, headers={"cf-ray": "8a1b2c3d4e5f6789-SJC"}))
    raw = invoke(mode, connector(recorder), "allow_policies.with_raw_response.get", policy["id"])
    assert raw.status_code == 200
    assert raw.headers["cf-ray"] == "8a1b2c3d4e5f6789-SJC"
    assert raw.cf_ray == "8a1b2c3d4e5f6789-SJC"
    assert_matches_wire(raw.parsed, policy)
    assert len(recorder.requests) == 1
    path = item_path("allow_policies", policy["id"])
    assert_request(recorder.requests[0], method="GET", path=path, query=[], body=None)


@pytest.mark.parametrize("mode", MODES)
def test_raw_response_of_create_reports_201(mode: str) -> None:
    """The raw status is the server's, not a constant: create answers 201."""
    created = entity("trusted_domains")
    recorder = Recorder(ok(created, status=201))
    body = Factory().create("trusted_domains")
    raw = invoke(mode, connector(recorder), "trusted_domains.with_raw_response.create", **body)
    assert raw.status_code == 201
    assert raw.cf_ray is None
    assert_matches_wire(raw.parsed, created)


@pytest.mark.parametrize("mode", MODES)
def test_batch_accepts_models_dicts_and_bare_ids_and_sends_all_four_arrays(mode: str) -> None:
    """Each batch array takes model instances and plain dicts (deletes also bare ids), serialised alike."""
    from cf_email_security.models import AllowPolicyPatch, AllowPolicyPut, CreateAllowPolicy, EntryRef

    make = Factory()
    d1, d2, d3, p1, p2, u1, u2 = IdMaker().many(7)
    put, put_dict = make.body("AllowPolicyPut", full=True, id=u1), make.body("AllowPolicyPut", id=u2)
    post, post_dict = make.create("allow_policies", full=True), make.create("allow_policies")
    answer = make.wire("AllowPolicyBatchResult", full=True)
    recorder = Recorder(ok(answer))
    result = invoke(
        mode,
        connector(recorder),
        "allow_policies.batch",
        deletes=[d1, {"id": d2}, EntryRef(id=d3)],
        patches=[AllowPolicyPatch(id=p1, comments=None), {"id": p2, "verify_sender": True}],
        posts=[CreateAllowPolicy(**post), post_dict],
        puts=[AllowPolicyPut(**put), put_dict],
    )
    assert len(recorder.requests) == 1
    assert_request(
        recorder.requests[0],
        method="POST",
        path=spec.operation("allow_policies", "batch").url_path(ACCOUNT),
        query=[],
        body={
            "deletes": [{"id": d1}, {"id": d2}, {"id": d3}],
            "patches": [{"id": p1, "comments": None}, {"id": p2, "verify_sender": True}],
            "posts": [post, post_dict],
            "puts": [put, put_dict],
        },
    )
    assert_matches_wire(result, answer)


@pytest.mark.parametrize("mode", MODES)
def test_batch_with_no_arguments_sends_four_empty_arrays(mode: str) -> None:
    """The batch arrays are required by the API: left out, each is still sent, as []."""
    empty = {"deletes": [], "patches": [], "posts": [], "puts": []}
    recorder = Recorder(ok(empty))
    result = invoke(mode, connector(recorder), "block_senders.batch")
    assert len(recorder.requests) == 1
    path = spec.operation("block_senders", "batch").url_path(ACCOUNT)
    assert_request(recorder.requests[0], method="POST", path=path, query=[], body=empty)
    assert_matches_wire(result, empty)


@pytest.mark.parametrize("mode", MODES)
def test_list_asks_for_100_per_page_by_default(mode: str) -> None:
    """The default page size is 100 (not the API's 20); one short page ends the walk after one request."""
    items = [entity("trusted_domains")]
    recorder = Recorder(httpx.Response(200, json=page(items, per_page=100)))
    result = invoke(mode, connector(recorder), "trusted_domains.list")
    assert len(recorder.requests) == 1
    query = [("page", "1"), ("per_page", "100")]
    assert_request(
        recorder.requests[0], method="GET", path=list_path("trusted_domains"), query=query, body=None
    )
    assert_matches_wire(result, items)


@pytest.mark.parametrize("mode", MODES)
def test_list_stops_at_total_count_without_asking_for_an_empty_page(mode: str) -> None:
    """Two full pages holding total_count items end the walk: no third request for an empty page."""
    make = Factory()
    items = [make.entity("block_senders", full=True) for _ in range(4)]
    recorder = Recorder(
        httpx.Response(200, json=page(items[:2], page=1, per_page=2, total_count=4)),
        httpx.Response(200, json=page(items[2:], page=2, per_page=2, total_count=4)),
    )
    result = invoke(mode, connector(recorder), "block_senders.list", per_page=2)
    assert len(recorder.requests) == 2
    for number, request in enumerate(recorder.requests, start=1):
        query = [("page", str(number)), ("per_page", "2")]
        assert_request(request, method="GET", path=list_path("block_senders"), query=query, body=None)
    assert_matches_wire(result, items)


# ---- per-call options: timeout=, extra_headers=, extra_query= ---------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_per_call_options_reach_raw_responses(mode: str) -> None:
    """with_raw_response variants take the same options; a raw list is one page, fetched with them."""
    policy = entity()
    recorder = Recorder(ok(policy), httpx.Response(200, json=page([])))
    raw = invoke(mode, connector(recorder), "allow_policies.with_raw_response.get", policy["id"], **OPTIONS)
    assert_matches_wire(raw.parsed, policy)
    invoke(mode, connector(recorder), "allow_policies.with_raw_response.list", order="pattern", **OPTIONS)
    assert_options_sent(recorder.requests)
    path = item_path("allow_policies", policy["id"])
    assert_request(recorder.requests[0], method="GET", path=path, query=[("debug", "true")], body=None)
    query = [("page", "1"), ("per_page", "100"), ("order", "pattern"), ("debug", "true")]
    assert_request(
        recorder.requests[1], method="GET", path=list_path("allow_policies"), query=query, body=None
    )


@pytest.mark.parametrize("mode", MODES)
def test_per_call_options_do_not_stay_with_the_client(mode: str) -> None:
    """An httpx.Timeout is used as given, extra headers cannot replace the credentials, and the next
    call, without options, sends the client's settings only."""
    ident = IdMaker()()
    recorder = Recorder(ok({"id": ident}), repeat=True)  # snapshots: headers as sent
    timeout = httpx.Timeout(9.0, connect=1.0)
    headers = {"X-Trace": "t-2", "Authorization": "Bearer not-the-clients"}
    call: Callable[..., Any] = invoke
    call(mode, connector(recorder), "allow_policies.delete", ident, timeout=timeout, extra_headers=headers)
    call(mode, connector(recorder), "allow_policies.delete", ident)
    first, second = recorder.requests
    assert first.headers["x-trace"] == "t-2"
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.extensions["timeout"] == {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0}
    assert "x-trace" not in second.headers
    assert second.extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
