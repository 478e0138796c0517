"""Calling any operation of the spec through the public clients, with arguments the factory builds.

`arguments(operation, factory)` gives what a call passes (path ids positional, body fields and list
filters by keyword) and what its request must then carry (JSON body, query pairs). `invoke` makes the
call on a fresh sync or async client and walks a list to its end; `Tap` keeps the JSON of every
response, to hold the parsed result against.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import functools
import inspect
import json
import re
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

import httpx

from cf_email_security import (
    AsyncCursorPager,
    AsyncEmailSecurity,
    AsyncPager,
    EmailSecurity,
    SyncCursorPager,
    SyncPager,
)

from .compare import parse_datetime
from .factory import Factory
from .spec import Operation, merged_object, python_name
from .transport import async_client, client

MODES = ("sync", "async")
PAGER_PARAMETERS = ("page", "per_page", "cursor")  # the pager's own: not filters


@dataclass
class Arguments:
    """A call of one operation and the request it must send."""

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    body: Any = None  # the JSON body, None when nothing is sent
    query: list[tuple[str, str]] = field(default_factory=list)  # besides page and per_page


def query_text(value: Any) -> str:
    """A query value as the client writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value.value if hasattr(value, "value") else value)


def query_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """The pairs a filter becomes: one per item for an array (form style, exploded)."""
    if isinstance(value, (list, tuple)):
        return [(name, query_text(item)) for item in value]
    return [(name, query_text(value))]


@functools.cache
def _parameters(resource: str, method: str) -> dict[str, str]:
    """name -> the annotation (as written) of each parameter of a client method, asked of a client
    that is made but never sends anything."""
    with EmailSecurity(api_token="unused", account_id="unused") as es:
        signature = inspect.signature(lookup(es, f"{resource}.{method}"))
    return {name: str(parameter.annotation) for name, parameter in signature.parameters.items()}


def as_argument(annotation: str, value: Any) -> Any:
    """A wire value in the form a parameter annotated `annotation` takes: a UUID, datetime or date
    object where the client declares one and no str (enum values go as strings as they are)."""
    if isinstance(value, list):
        return [as_argument(annotation, item) for item in value]
    if not isinstance(value, str) or re.search(r"\bstr\b", annotation):
        return value
    if re.search(r"\bUUID\b", annotation):
        return uuid.UUID(value)
    if re.search(r"\bdatetime\b", annotation):
        return parse_datetime(value)
    if re.search(r"\bdate\b", annotation):
        return datetime.date.fromisoformat(value)
    return value


def argument(resource: str, method: str, name: str, value: Any) -> Any:
    """`value` (wire form) as the client's `resource.method` takes its argument `name`."""
    return as_argument(_parameters(resource, method).get(name, "str"), value)


def arguments(
    operation: Operation, factory: Factory, *, filters: bool = True, full: bool = True
) -> Arguments:
    """Path ids from `factory.ids`, every list filter (unless `filters` is false) and the request
    body, each built by the factory (`full`: optional body fields too)."""
    call = Arguments(args=tuple(factory.ids() for _ in operation.path_ids))
    if filters:
        for parameter in operation.query:
            if parameter["name"] in PAGER_PARAMETERS or parameter.get("deprecated"):
                continue  # deprecated filters warn: the tests that send them say so
            value = factory.query(parameter)
            name = python_name(parameter["name"])
            call.kwargs[name] = argument(operation.resource, operation.method, name, value)
            call.query += query_pairs(parameter["name"], call.kwargs[name])
    schema = operation.body
    if schema is not None:
        body = factory.body(schema, full=full)
        call.body = body
        if operation.body_argument is not None:
            call.kwargs[operation.body_argument] = body
        else:
            properties = merged_object(operation.doc, schema).get("properties", {})
            for wire, value in body.items():
                name = python_name(wire)
                value = _nested_datetimes(operation.doc, properties.get(wire, {}), value)
                call.kwargs[name] = argument(operation.resource, operation.method, name, value)
                body[wire] = _as_sent(value)
    return call


def _as_sent(value: Any) -> Any:
    """A value as the client's JSON carries it: datetimes in ISO 8601 (`isoformat`)."""
    if isinstance(value, dict):
        return {key: _as_sent(item) for key, item in value.items()}
    return value.isoformat() if isinstance(value, datetime.datetime) else value


def _nested_datetimes(doc: Mapping[str, Any], schema: Any, value: Any) -> Any:
    """A nested object's date-time strings as datetimes, which a request model's dict form takes."""
    if not isinstance(value, dict):
        return value
    properties = merged_object(doc, schema).get("properties", {})
    converted: dict[str, Any] = {}
    for key, item in value.items():
        sub = merged_object(doc, properties.get(key, {}))
        if sub.get("format") == "date-time" and isinstance(item, str):
            converted[key] = parse_datetime(item)
        else:
            converted[key] = _nested_datetimes(doc, properties.get(key, {}), item)
    return converted


def lookup(client_: object, target: str) -> Any:
    """The bound method a dotted name such as "allow_policies.with_raw_response.get" stands for."""
    return reduce(getattr, target.split("."), client_)


Connect = Callable[[str], "EmailSecurity | AsyncEmailSecurity"]


def connector(handler: Any, **options: Any) -> Connect:
    """Clients on one handler or transport pair: `connector(recorder)("async")`."""

    def connect(mode: str) -> EmailSecurity | AsyncEmailSecurity:
        return client(handler, **options) if mode == "sync" else async_client(handler, **options)

    return connect


def invoke(mode: str, connect: Connect, target: str, /, *args: Any, **kwargs: Any) -> Any:
    """Call `target` (e.g. "domains.get") on a fresh client of `mode`; a list is walked to its end.

    The first three parameters are positional-only: an operation may have a `transport=` keyword."""
    if mode == "sync":
        with connect(mode) as es:
            outcome = lookup(es, target)(*args, **kwargs)
            return list(outcome) if isinstance(outcome, (SyncPager, SyncCursorPager)) else outcome
    return asyncio.run(_invoke_async(connect, target, *args, **kwargs))


async def _invoke_async(connect: Connect, target: str, /, *args: Any, **kwargs: Any) -> Any:
    async with connect("async") as aes:  # type: ignore[union-attr]
        outcome = lookup(aes, target)(*args, **kwargs)
        if isinstance(outcome, (AsyncPager, AsyncCursorPager)):
            return [item async for item in outcome]
        return await outcome


class Tap(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes every request to `inner` (sync or async) and keeps each response's JSON body."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.bodies: list[Any] = []
        self.statuses: list[int] = []

    def _keep(self, response: httpx.Response) -> None:
        self.statuses.append(response.status_code)
        self.bodies.append(json.loads(response.content) if response.content else None)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.BaseTransport)
        response = self.inner.handle_request(request)
        response.read()
        self._keep(response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self._keep(response)
        return response

    def results(self) -> Any:
        """The `result` of the last answer, or for a walked list every item of its pages."""
        if self.bodies and isinstance(self.bodies[-1], dict) and "result_info" in self.bodies[-1]:
            pages = [body for body in self.bodies if isinstance(body, dict) and "result_info" in body]
            return [item for body in pages for item in body["result"]]
        return self.bodies[-1]["result"]


@contextlib.contextmanager
def deprecation_checked(operation: Operation) -> Iterator[None]:
    """A deprecated operation warns (DeprecationWarning naming it); any other warns of nothing
    deprecated (`arguments` sends no deprecated field or filter)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    deprecations = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    if operation.raw.get("deprecated"):
        assert any(operation.id in message for message in deprecations), f"{operation.id}: no warning"
    else:
        assert not deprecations, f"{operation.id}: {deprecations}"
