"""Contract checks: an HTTP exchange validated by openapi-core against this project's spec and the
upstream reference (`../shared/reference/upstream-openapi.json`).

Our spec is the one the importable generated package ships (`openapi.json`), so a client generated
from a changed spec is checked against that change. It is always checked; the upstream half runs
where ../shared/ is there and is left out, with one warning, where it is not: a checkout without the
reference still validates its traffic against its own spec.

Traffic may come from the in-process fake (https://api.cloudflare.com/...) or from a server on
127.0.0.1; either way it is checked as if sent to the spec's server, the path kept as it was.
"""

from __future__ import annotations

import copy
import functools
import json
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from openapi_core import OpenAPI
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.testing import MockRequest, MockResponse

from shared_docs import SHARED_DIR, require_shared
from support import spec

SPEC_HOST = "https://api.cloudflare.com"
_NO_OPERATION = (PathNotFound, OperationNotFound)
_KNOWN_ROUTE = "{url.scheme}://{url.netloc}/client/v4/accounts/0/email-security/settings/allow_policies"


@dataclass(frozen=True)
class Exchange:
    """One request and its response, in plain data (as a cassette or a transport sees them)."""

    method: str
    url: str
    request_headers: Mapping[str, str]
    request_body: bytes
    status: int
    response_headers: Mapping[str, str]
    response_body: bytes

    @classmethod
    def from_httpx(cls, request: httpx.Request, response: httpx.Response) -> Exchange:
        return cls(
            request.method,
            str(request.url),
            dict(request.headers),
            request.content,
            response.status_code,
            dict(response.headers),
            response.content,
        )


UPSTREAM = ("reference", "upstream-live-openapi.json")


class UpstreamReferenceAbsent(UserWarning):
    """The upstream half of a contract check was left out: ../shared/ is not beside the checkout."""


@functools.cache
def ours() -> OpenAPI:
    return OpenAPI.from_dict(copy.deepcopy(spec.load()))


@functools.cache
def _upstream_at(path: str) -> OpenAPI:
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    return OpenAPI.from_dict(document)


def upstream() -> OpenAPI:
    """The upstream reference; the calling test is skipped where ../shared/ is absent."""
    return _upstream_at(str(require_shared(*UPSTREAM)))


def upstream_if_present() -> OpenAPI | None:
    """The upstream reference, or None (with a warning, once per place) where ../shared/ is absent."""
    path = SHARED_DIR.joinpath(*UPSTREAM)
    if not path.exists():
        warnings.warn(UpstreamReferenceAbsent(f"{path} absent: checked against our spec only"), stacklevel=3)
        return None
    return _upstream_at(str(path))


def documented(status: int) -> bool:
    """Both specs document 2xx and `4XX` only: a 5xx (say, an injected fault) has no schema to meet."""
    return status < 500


def _mock_request(exchange: Exchange) -> MockRequest:
    url = urlsplit(exchange.url)
    # The query is passed as a multi-dict of lists so that a repeated parameter (domain=a&domain=b)
    # stays repeated; openapi-core reads it with getlist.
    query: dict[str, list[str]] = {}
    for name, value in parse_qsl(url.query, keep_blank_values=True):
        query.setdefault(name, []).append(value)
    content_type = exchange.request_headers.get("content-type", "application/json")
    return MockRequest(
        SPEC_HOST,
        exchange.method,
        url.path,
        args=query,
        headers=dict(exchange.request_headers),
        data=exchange.request_body or None,
        content_type=content_type.split(";")[0],
    )


def errors(exchange: Exchange, spec: OpenAPI, *, check_request: bool = True) -> list[str]:
    """Every way the exchange breaks `spec`, as readable lines; empty when it conforms.

    With check_request=False (a test that sends a bad request on purpose) only the response is
    checked; if the route itself is outside the spec, its error envelope is checked as the `4XX` of
    a known operation, since every operation shares that one response.
    """
    request = _mock_request(exchange)
    found = []
    if check_request:
        found += [f"request: {error}" for error in _describe(spec.iter_request_errors(request))]
    if documented(exchange.status):
        response = MockResponse(
            exchange.response_body,
            status_code=exchange.status,
            headers=dict(exchange.response_headers),
            content_type=exchange.response_headers.get("content-type", "application/json").split(";")[0],
        )
        raised = list(spec.iter_response_errors(request, response))
        if not check_request and raised and all(isinstance(e, _NO_OPERATION) for e in raised):
            assert exchange.status >= 400, "a route outside the spec answered with success"
            known = replace(exchange, method="GET", url=_KNOWN_ROUTE.format(url=urlsplit(exchange.url)))
            raised = list(spec.iter_response_errors(_mock_request(known), response))
        found += [f"response: {error}" for error in _describe(raised)]
    if found:
        body = exchange.response_body[:300].decode("utf-8", "replace")
        found.append(f"in {exchange.method} {exchange.url} -> {exchange.status} {body}")
    return found


def _describe(raised: Iterable[Exception]) -> list[str]:
    lines = []
    for error in raised:
        detail = "; ".join(str(inner.message) for inner in getattr(error, "schema_errors", ()) if inner)
        cause = error.__cause__
        if not detail and cause is not None:
            detail = "; ".join(
                str(getattr(inner, "message", inner)) for inner in getattr(cause, "schema_errors", ())
            ) or str(cause)
        lines.append(f"{type(error).__name__}: {error}" + (f" ({detail})" if detail else ""))
    return lines


def assert_conforms(exchanges: Iterable[Exchange], *, check_request: bool = True) -> int:
    """Fail with every violation of our spec and of upstream's (where ../shared/ is there; absent, the
    upstream half is left out with an UpstreamReferenceAbsent warning and our half still runs); the
    number of exchanges checked otherwise."""
    theirs = upstream_if_present()
    problems: list[str] = []
    count = 0
    for exchange in exchanges:
        count += 1
        problems += errors(exchange, ours(), check_request=check_request)
        if theirs is not None:
            problems += [f"upstream {line}" for line in errors(exchange, theirs, check_request=check_request)]
    assert not problems, "\n".join(problems)
    return count


def json_body(exchange: Exchange) -> Any:
    return json.loads(exchange.response_body)


class CapturingTransport(httpx.BaseTransport):
    """Passes requests to `inner` and keeps every exchange, for checking after the test."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.exchanges.append(Exchange.from_httpx(request, response))
        return response


class AsyncCapturingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[Exchange] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.exchanges.append(Exchange.from_httpx(request, response))
        return response
