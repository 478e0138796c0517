"""Contract checks: an HTTP exchange validated by openapi-core against this project's spec and the
upstream reference of the API Cloudflare serves today (`../shared/reference/upstream-live-openapi.json`).

Our spec is the one the importable generated package ships (`openapi.json`), so a client generated
from a changed spec is checked against that change. It is always checked; the upstream half runs
where ../shared/ is there and is left out, with one warning, where it is not: a checkout without the
reference still validates its traffic against its own spec.

Operations the reference lacks (content_policies came after it, the mail's are not in a settings
document) are checked against our spec only: read from the reference itself, so that a new resource of
the spec needs no entry here. Upstream's verdict is not taken either where `contract_exceptions.yaml`
(beside this file) says why, as data: schema errors the reference raises on exchanges that are valid
(say, batch puts that need the `id` the entity marks readOnly), one entry per quirk, each with its
reason.

Traffic may come from the in-process fake (https://api.cloudflare.com/...) or from a server on
127.0.0.1; either way it is checked as if sent to the spec's server, the path kept as it was.
"""

from __future__ import annotations

import copy
import fnmatch
import functools
import json
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import yaml
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
EXCEPTIONS_FILE = Path(__file__).with_name("contract_exceptions.yaml")
DIFFERENCES_FILE = Path(__file__).with_name("reference_differences.yaml")


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


def _raised(
    exchange: Exchange, spec: OpenAPI, *, check_request: bool, check_response: bool = True
) -> list[tuple[str, Exception]]:
    """What openapi-core raises for the exchange: ("request" or "response", the error)."""
    request = _mock_request(exchange)
    found: list[tuple[str, Exception]] = []
    if check_request:
        found += [("request", error) for error in spec.iter_request_errors(request)]
    if check_response and documented(exchange.status):
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
        found += [("response", error) for error in raised]
    return found


def _lines(exchange: Exchange, raised: Iterable[tuple[str, Exception]]) -> list[str]:
    found = [f"{side}: {line}" for side, error in raised for line in _describe([error])]
    if found:
        body = exchange.response_body[:300].decode("utf-8", "replace")
        found.append(f"in {exchange.method} {exchange.url} -> {exchange.status} {body}")
    return found


def errors(
    exchange: Exchange, spec: OpenAPI, *, check_request: bool = True, check_response: bool = True
) -> list[str]:
    """Every way the exchange breaks `spec`, as readable lines; empty when it conforms.

    With check_request=False (a test that sends a bad request on purpose) only the response is
    checked; if the route itself is outside the spec, its error envelope is checked as the `4XX` of
    a known operation, since every operation shares that one response. With check_response=False
    only the request is.
    """
    return _lines(
        exchange, _raised(exchange, spec, check_request=check_request, check_response=check_response)
    )


def _messages(error: Exception) -> list[str]:
    """The schema errors behind an openapi-core error, one message each (none for a missing route)."""
    inner = getattr(error, "schema_errors", None) or getattr(error.__cause__, "schema_errors", None) or ()
    return [str(getattr(item, "message", item)) for item in inner if item]


def _describe(raised: Iterable[Exception]) -> list[str]:
    lines = []
    for error in raised:
        detail = "; ".join(_messages(error))
        if not detail and error.__cause__ is not None:
            detail = str(error.__cause__)
        lines.append(f"{type(error).__name__}: {error}" + (f" ({detail})" if detail else ""))
    return lines


# ---- what upstream's reference gets wrong or lacks: tests/contract_exceptions.yaml ---------------------


@dataclass(frozen=True)
class ReferenceException:
    """An entry of contract_exceptions.yaml: where upstream's verdict on a valid exchange is not taken."""

    index: int
    operation: str  # a shell pattern of "METHOD /path template", as in our spec
    request: tuple[str, ...]  # shell patterns: schema errors upstream reports on a request that are its own
    response: tuple[str, ...]
    reason: str


@functools.cache
def exceptions() -> tuple[ReferenceException, ...]:
    """The entries of contract_exceptions.yaml, checked for shape (every one says where, what and why)."""
    entries = yaml.safe_load(EXCEPTIONS_FILE.read_text(encoding="utf-8")) or []
    assert isinstance(entries, list), f"{EXCEPTIONS_FILE.name}: a list of entries"
    found = []
    for index, entry in enumerate(entries):
        where = f"{EXCEPTIONS_FILE.name}[{index}]"
        assert isinstance(entry, dict), f"{where}: an entry is a mapping"
        unknown = set(entry) - {"operation", "request", "response", "reason"}
        assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
        assert isinstance(entry.get("operation"), str) and " /" in entry["operation"], f"{where}: operation"
        assert len(str(entry.get("reason", "")).split()) >= 8, f"{where}: a reason of a sentence at least"
        request, response = tuple(entry.get("request", ())), tuple(entry.get("response", ()))
        assert request or response, f"{where}: the request or response errors it explains"
        found.append(ReferenceException(index, entry["operation"], request, response, entry["reason"]))
    return tuple(found)


def operation_of(exchange: Exchange) -> str | None:
    """ "METHOD /path template" of our spec's operation the exchange reached (a literal segment
    before a parameter: /domains/batch is the batch), or None."""
    path = urlsplit(exchange.url).path.removeprefix("/client/v4")
    best: tuple[int, str] | None = None
    for operation in spec.operations():
        if operation.http != exchange.method.upper():
            continue
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation.path))
        if re.fullmatch(pattern, path):
            literal = len(re.findall(r"/[^{/][^/]*", operation.path))
            if best is None or literal > best[0]:
                best = (literal, f"{operation.http} {operation.path}")
    return None if best is None else best[1]


def _unnamed(operation: str) -> str:
    """ "METHOD /path template" with its path parameters unnamed: the API renamed one
    (`{display_name_id}` became `{impersonation_registry_id}`), and the operation is the same."""
    return re.sub(r"\{[^}]+\}", "{}", operation)


def reference_operations() -> frozenset[str]:
    """The reference's operations, "METHOD /path template" with the path parameters unnamed; the
    calling test is skipped where ../shared/ is absent."""
    return _reference_operations_at(str(require_shared(*UPSTREAM)))


@functools.cache
def _reference_operations_at(path: str) -> frozenset[str]:
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    return frozenset(
        _unnamed(f"{method.upper()} {template}")
        for template, item in document.get("paths", {}).items()
        for method in spec.HTTP_METHODS
        if method in item
    )


@functools.cache
def declared_only_in_spec() -> tuple[str, ...]:
    """The operation patterns reference_differences.yaml declares "operation only in spec" (which
    tests/test_spec.py keeps true to the reference): what the reference lacks, where it is absent."""
    entries = yaml.safe_load(DIFFERENCES_FILE.read_text(encoding="utf-8")) or []
    return tuple(
        str(entry["operation"])
        for entry in entries
        if entry.get("kind") == "operation only in spec" and not entry.get("location")
    )


def absent_upstream(operation: str) -> bool:
    """Whether the reference lacks the operation ("METHOD /template"): its exchanges are checked
    against our spec only. Read from the reference where ../shared/ is there, so that an operation the
    spec gains needs no entry anywhere; else from reference_differences.yaml."""
    path = SHARED_DIR.joinpath(*UPSTREAM)
    if path.exists():
        return _unnamed(operation) not in _reference_operations_at(str(path))
    return any(fnmatch.fnmatchcase(operation, pattern) for pattern in declared_only_in_spec())


def upstream_errors(
    exchange: Exchange, theirs: OpenAPI, *, check_request: bool = True, check_response: bool = True
) -> tuple[list[str], set[int]]:
    """`errors()` against upstream's reference, less what contract_exceptions.yaml explains, and the
    indexes of the entries that explained something. An error is explained only when every schema
    error behind it matches a pattern of an entry for the exchange's operation. An operation the
    reference lacks has no verdict of it (`absent_upstream`)."""
    operation = operation_of(exchange)
    if operation is not None and absent_upstream(operation):
        return [], set()
    entries = [e for e in exceptions() if operation and fnmatch.fnmatchcase(operation, e.operation)]
    raised = _raised(exchange, theirs, check_request=check_request, check_response=check_response)
    used: set[int] = set()
    kept = []
    for side, error in raised:
        messages = _messages(error)
        explaining = [
            entry
            for entry in entries
            if messages
            and all(
                any(fnmatch.fnmatchcase(message, pattern) for pattern in getattr(entry, side))
                for message in messages
            )
        ]
        if explaining:
            used.add(explaining[0].index)
        else:
            kept.append((side, error))
    return _lines(exchange, kept), used


def assert_conforms(exchanges: Iterable[Exchange], *, check_request: bool = True) -> int:
    """Fail with every violation of our spec and of upstream's (where ../shared/ is there; absent, the
    upstream half is left out with an UpstreamReferenceAbsent warning and our half still runs), less
    what contract_exceptions.yaml explains of upstream's; the number of exchanges checked otherwise."""
    theirs = upstream_if_present()
    problems: list[str] = []
    count = 0
    for exchange in exchanges:
        count += 1
        problems += errors(exchange, ours(), check_request=check_request)
        if theirs is not None:
            lines, _ = upstream_errors(exchange, theirs, check_request=check_request)
            problems += [f"upstream {line}" for line in lines]
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
