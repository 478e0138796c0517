"""Every operation of the spec, called through the public clients (sync and async), sends a request the
API Cloudflare serves today accepts, and parses what it answers.

The client talks to a mock that validates each request with openapi-core against upstream's live
reference (`../shared/reference/upstream-live-openapi.json`); the operations the reference lacks
(content policies, and the mail's: `contract.absent_upstream` reads which from the reference) are
validated against this project's spec instead. The mock answers with what the spec documents for the operation
(each of its 2xx statuses in turn: `get_verification` answers 200 or 204), built by the Factory, and the
result must be exactly what the generated models make of it. The reference's own quirks (batch puts
that need the `id` the entity marks readOnly) are explained, as data, in contract_exceptions.yaml;
nothing else is let through. Where ../shared/ is absent, the upstream half is skipped with that reason
and the operations the reference lacks still run.

Nothing here names an operation or a field: the operations, arguments and answers come from the spec.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import cf_email_security_generated.models as models
import contract
from cf_email_security.testing import FAKE_ACCOUNT_ID
from support import (
    MODES,
    Factory,
    arguments,
    assert_matches_wire,
    assert_typed,
    cursor_page,
    envelope,
    invoke,
    page,
    snapshot,
    spec,
)
from support.calls import connector

OPERATIONS = spec.operations()
TOKEN = "live-conformance-token"  # the mock checks that it is sent as upstream's api_token scheme says


def statuses(operation: spec.Operation) -> list[int]:
    """The 2xx statuses the spec documents for the operation."""
    return sorted(int(status) for status in operation.raw["responses"] if str(status).startswith("2"))


CASES = [
    pytest.param(operation, status, id=f"{operation.id}-{status}")
    for operation in OPERATIONS
    for status in statuses(operation)
]


def template(operation: spec.Operation) -> str:
    return f"{operation.http} {operation.path}"


@dataclass
class Upstream:
    """The mock API: every request validated against the reference (or our spec, for an operation the
    reference lacks), then answered with a Factory-built response of `status`."""

    operation: spec.Operation
    status: int
    factory: Factory = field(default_factory=lambda: Factory(start=500))
    problems: list[str] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)  # the `result` of every answer, as sent

    def __call__(self, request: httpx.Request) -> httpx.Response:
        sent = snapshot(request)
        self.requests.append(sent)
        exchange = contract.Exchange(
            sent.method, str(sent.url), dict(sent.headers), sent.content, self.status, {}, b""
        )
        reached = contract.operation_of(exchange)
        if reached != template(self.operation):
            self.problems.append(f"{sent.method} {sent.url} reached {reached}, not {self.operation.id}")
        if contract.absent_upstream(template(self.operation)):
            self.problems += contract.errors(exchange, contract.ours(), check_response=False)
        else:
            lines, _ = contract.upstream_errors(exchange, contract.upstream(), check_response=False)
            self.problems += [f"upstream {line}" for line in lines]
        return self.answer()

    def answer(self) -> httpx.Response:
        if self.status == 204:
            self.results.append(None)
            return httpx.Response(204)
        result = self.factory.wire(self.operation.result, full=True)
        self.results.append(result)
        if self.operation.cursor:  # one page: the pager stops where no cursor names a next one
            return httpx.Response(self.status, json=cursor_page(result, cursor=None, per_page=len(result)))
        if self.operation.paged:  # one page: the pager stops at total_count
            return httpx.Response(self.status, json=page(result, per_page=len(result)))
        return httpx.Response(self.status, json=envelope(result))


def model_named(operation: spec.Operation) -> type[Any] | None:
    """The generated model of the result schema (of its items, for an array), by the spec's name."""
    node = spec.merged_object(operation.doc, operation.result)
    name = spec.ref_name(operation.result) or spec.ref_name(node.get("items"))
    return None if name is None else getattr(models, name)


@pytest.fixture
def reference(request: pytest.FixtureRequest) -> Iterator[None]:
    """The reference, loaded (or the test skipped where ../shared/ is absent) before any call."""
    operation = request.node.callspec.params["operation"]
    if not contract.absent_upstream(template(operation)):
        contract.upstream()  # skips, naming the missing file, where ../shared/ is absent
    yield


def call(
    operation: spec.Operation, mode: str, mock: Upstream, body_extra: dict[str, Any] | None = None
) -> Any:
    """The operation through the client of `mode`, with the Factory's arguments (every filter, every
    optional body field), `body_extra` added to the body; a deprecated one must say so."""
    built = arguments(operation, Factory(start=1))
    kwargs = {**built.kwargs, **(body_extra or {})}
    connect = connector(mock, api_token=TOKEN, account_id=FAKE_ACCOUNT_ID, max_retries=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = invoke(mode, connect, operation.id, *built.args, **kwargs)
    deprecations = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    wanted = [*([operation.id] if operation.raw.get("deprecated") else []), *(body_extra or {})]
    for name in wanted:
        assert any(name in message for message in deprecations), f"no DeprecationWarning for {name}"
    if not wanted:
        assert not deprecations, deprecations
    return result


def check(result: Any, operation: spec.Operation, mock: Upstream) -> None:
    assert not mock.problems, "\n".join(mock.problems)
    assert len(mock.requests) == 1, [f"{r.method} {r.url}" for r in mock.requests]
    sent = mock.requests[0]
    assert sent.headers.get("authorization") == f"Bearer {TOKEN}"
    wire = mock.results[-1]
    if wire is None:
        assert result is None, f"{operation.id}: {result!r} for a 204"
        return
    model = model_named(operation)
    if model is not None:
        for item in result if isinstance(result, list) else [result]:
            assert type(item) is model, f"{operation.id}: {item!r} is not a {model.__name__}"
    assert_matches_wire(result, wire, where=operation.id)
    assert_typed(result)


@pytest.mark.usefixtures("reference")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "status"), CASES)
def test_every_operation_is_a_request_upstream_accepts(
    operation: spec.Operation, status: int, mode: str
) -> None:
    mock = Upstream(operation, status)
    result = call(operation, mode, mock)
    check(result, operation, mock)


def deprecated_fields(operation: spec.Operation) -> dict[str, Any]:
    """Every deprecated field the operation's body may carry, with a value the Factory builds."""
    if operation.body is None or operation.body_argument is not None:
        return {}
    factory = Factory(start=900)
    found = {}
    for name, schema in spec.merged_object(operation.doc, operation.body).get("properties", {}).items():
        merged = spec.merged_object(operation.doc, schema)
        if merged.get("deprecated") and not merged.get("readOnly"):
            found[spec.python_name(name)] = factory.value(schema, name, 1, request=True, full=False)
    return found


DEPRECATED = [
    pytest.param(operation, statuses(operation)[0], id=operation.id)
    for operation in OPERATIONS
    if deprecated_fields(operation)
]


@pytest.mark.usefixtures("reference")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "status"), DEPRECATED)
def test_deprecated_fields_are_sent_as_upstream_names_them(
    operation: spec.Operation, status: int, mode: str
) -> None:
    """A deprecated body field still works: the client warns of it, and upstream accepts the request."""
    mock = Upstream(operation, status)
    extra = deprecated_fields(operation)
    result = call(operation, mode, mock, extra)
    check(result, operation, mock)
    body = json.loads(mock.requests[0].content)
    assert {name: body.get(name) for name in extra} == extra


def test_every_operation_and_status_is_covered() -> None:
    """The control: all operations of the spec (50), each documented 2xx status once."""
    ids = {(operation.operation_id, status) for operation in OPERATIONS for status in statuses(operation)}
    assert len(ids) == len(CASES) >= len(OPERATIONS) > 0
    assert {operation.operation_id for operation in OPERATIONS} == {
        raw["operationId"]
        for item in spec.load()["paths"].values()
        for method, raw in item.items()
        if method in spec.HTTP_METHODS
    }
    assert DEPRECATED, "the spec has deprecated body fields: they are checked too"


@pytest.mark.parametrize("resource", ["allow_policies", "content_policies", "investigate_bulk"])
def test_the_mock_refuses_what_the_reference_refuses(resource: str) -> None:
    """The control: a create whose body lacks a required field is reported, by upstream's reference
    or, for an operation it lacks, by our spec."""
    operation = spec.operation(resource, "create")
    if not contract.absent_upstream(template(operation)):
        contract.upstream()
    mock = Upstream(operation, statuses(operation)[0])
    body = Factory().create(resource)
    first = next(iter(body))
    del body[first]
    url = "https://api.cloudflare.com/client/v4" + operation.url_path(FAKE_ACCOUNT_ID)
    mock(httpx.Request("POST", url, json=body, headers={"authorization": f"Bearer {TOKEN}"}))
    assert any(first in problem for problem in mock.problems), mock.problems
