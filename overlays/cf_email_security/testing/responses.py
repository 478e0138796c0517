"""Turning one routed request into one reply: the request checked against the spec's rules, the backend
asked, the answer put in Cloudflare's envelope. One handler per kind of operation (the spec's
`x-sdk-method`), none per resource.

List semantics (the same for every resource): `page` and `per_page` (default: the spec's default, else
20), `order` (a field name from the spec's enum; ties by id) with `direction` `asc` or `desc`, `search`
(see `spec.py`) and the filters (`_query`); an empty `order=` or `direction=` is a value, and not a
valid one. A list that takes `cursor` is walked by cursor instead (`cursor_list`).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._query import ListQuery, Matchers, encode_cursor, parse_values, query_value
from .models import Backend, Conflict, Entry, Locked, NotFound
from .spec import BATCH_ARRAYS, Api, Operation, Parameter, Resource
from .validate import Invalid

Handler = Callable[["Call"], "Reply"]
Positions = list[tuple[str, str]]  # (time, id) of entries in cursor order
Entries = list[Entry]

# Error codes in the `errors[]` of the envelope.
CODE_INVALID_BODY = 1001
CODE_INVALID_QUERY = 1002
CODE_NOT_FOUND = 1003
CODE_CONFLICT = 1004  # the fake's own: an entry with the same unique fields exists (a domain onboarded twice)
CODE_LOCKED = 1005  # the fake's own: the entry cannot be changed (a directory-synced one)
CODE_AUTHENTICATION = 10000
CODE_NO_ROUTE = 7000
CODE_METHOD_NOT_ALLOWED = 7001
# Upstream's answer to a malformed id in the path: "Could not route to ..., perhaps your object identifier
# is invalid?"
CODE_INVALID_IDENTIFIER = 7003
CODE_BAD_HTTP = 1000  # the fake's own: the HTTP server could not read the request (no upstream code known)
CODE_RATE_LIMITED = 971
CODE_SERVER_ERROR = 1500
CODE_NOT_IMPLEMENTED = 1501  # the fake's own: an operation whose kind it does not know


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any  # JSON; None with 204
    headers: Mapping[str, str]

    def content(self) -> bytes:
        return b"" if self.status == 204 else json.dumps(self.body, separators=(",", ":")).encode()


def error_envelope(errors: Sequence[tuple[int, str]]) -> dict[str, Any]:
    """Cloudflare's error body; the HTTP server answers in it too, so no client ever gets an HTML page."""
    return {
        "success": False,
        "errors": [{"code": code, "message": message} for code, message in errors],
        "messages": [],
        "result": None,
    }


def ok(result: Any, status: int = 200, result_info: Mapping[str, Any] | None = None) -> Reply:
    body: dict[str, Any] = {"success": True, "errors": [], "messages": [], "result": result}
    if result_info is not None:
        body["result_info"] = dict(result_info)
    return Reply(status, body, {})


class ApiError(Exception):
    """Ends a request with an error envelope: (code, message) first, then any `more` errors."""

    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        headers: Mapping[str, str] | None = None,
        *,
        more: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(message)
        self.status: int = status
        self.code: int = code
        self.message: str = message
        self.headers: dict[str, str] = dict(headers or {})
        self.errors: list[tuple[int, str]] = [(code, message), *more]


@dataclass(frozen=True)
class Call:
    """One routed request, as the handlers see it."""

    operation: Operation
    resource: Resource
    account_id: str
    entry_text: str | None  # the entry id's path segment, as sent
    query: tuple[tuple[str, str], ...]
    body: bytes


def parse_json(body: bytes) -> Any:
    """The body parsed, or a 400: also for nesting too deep for the parser (a RecursionError) and for
    bytes that are not UTF-8 (a ValueError too)."""
    try:
        return json.loads(body or b"null")
    except ValueError:
        raise ApiError(400, CODE_INVALID_BODY, "invalid request body: not JSON") from None
    except RecursionError:
        raise ApiError(400, CODE_INVALID_BODY, "invalid request body: JSON nested too deeply") from None


class Responses:
    """The handlers, by kind of operation. A resource's own behaviour (the mail, bulk jobs) adds
    `overrides` by (resource, kind) and `matchers`: what its list filters mean where the spec's
    reading is not enough."""

    def __init__(self, api: Api, backend: Backend) -> None:
        self.api: Api = api
        self.backend: Backend = backend
        self.overrides: dict[tuple[str, str], Handler] = {}
        self.matchers: dict[str, Matchers] = {}
        self._orders: dict[int, tuple[Any, int, Positions, Entries]] = {}
        self.handlers: dict[str, Handler] = {
            "list": self.list,
            "create": self.create,
            "get": self.get,
            "update": self.update,
            "replace": self.replace,
            "delete": self.delete,
            "bulk_delete": self.bulk_delete,
            "batch": self.batch,
            "get_verification": self.get_verification,
        }

    def dispatch(self, call: Call) -> Reply:
        verb = call.operation.verb
        handler = self.overrides.get((call.resource.name, verb)) or self.handlers.get(verb)
        if handler is None:
            raise ApiError(
                501, CODE_NOT_IMPLEMENTED, f"the fake does not know how to serve {call.operation.verb!r}"
            )
        try:
            return handler(call)
        except NotFound as missing:
            raise ApiError(404, CODE_NOT_FOUND, str(missing)) from None
        except Invalid as error:  # a rule of a stored entry (a pattern's form), after the schema's
            raise ApiError(400, CODE_INVALID_BODY, f"invalid request body: {error}") from None
        except Locked as locked:
            raise ApiError(400, CODE_LOCKED, str(locked)) from None
        except Conflict as conflict:
            raise ApiError(409, CODE_CONFLICT, str(conflict)) from None

    # ----- reading the request -------------------------------------------------------------------

    def body(self, call: Call, schema: Any = None, body: Any = None, where: str = "") -> Any:
        """The request body (or `body`) checked against the operation's schema (or `schema`)."""
        if body is None and not call.body.strip():  # every body the spec describes is a required one
            raise ApiError(400, CODE_INVALID_BODY, "invalid request body: is required, and none was sent")
        value = parse_json(call.body) if body is None else body
        try:
            self.api.validator.check(
                call.operation.body if schema is None else schema, value, where, request=True
            )
        except Invalid as error:
            raise ApiError(400, CODE_INVALID_BODY, f"invalid request body: {error}") from None
        return value

    def entry_id(self, call: Call) -> Any:
        operation = call.operation
        name = operation.entry_parameter
        assert name is not None and call.entry_text is not None, f"{operation.id} names no entry"
        schema = operation.path_parameters[name]
        try:
            value = query_value(Parameter(name, schema, False), call.entry_text)
            self.api.validator.check(schema, value, name, request=False)
        except Invalid:
            message = f"invalid {call.resource.name} id in path: {call.entry_text!r}"
            raise ApiError(400, CODE_INVALID_QUERY, message) from None
        return value

    def store(self, call: Call) -> Any:
        return self.backend.store(call.account_id, call.resource.name)

    def existing(self, call: Call) -> Entry:
        return self.backend.existing(call.resource, self.store(call), self.entry_id(call))

    def _writable(self, schema: Any) -> list[str]:
        return [name for name in self.api.schemas.properties(schema) if name != "id"]

    def reply(self, call: Call, result: Any, result_info: Mapping[str, Any] | None = None) -> Reply:
        return ok(result, call.operation.success, result_info)

    def parameters(self, call: Call) -> dict[str, Any]:
        """The request's query parameters, read and checked; a 400 naming what is wrong."""
        try:
            return parse_values(call.operation, call.query, self.api)
        except Invalid as error:
            problem = " ".join(part for part in (error.path, error.rule) if part)
            raise ApiError(400, CODE_INVALID_QUERY, f"invalid query: {problem}") from None

    def query(self, call: Call, **options: Any) -> ListQuery:
        """The request's list query, or a 400 naming what is wrong with it."""
        try:
            return ListQuery.parse(
                call.operation,
                call.resource,
                call.query,
                self.api,
                now=self.backend.clock,
                matchers=self.matchers.get(call.resource.name),
                **options,
            )
        except Invalid as error:
            problem = " ".join(part for part in (error.path, error.rule) if part)
            raise ApiError(400, CODE_INVALID_QUERY, f"invalid query: {problem}") from None

    # ----- the operations ------------------------------------------------------------------------

    def list(self, call: Call) -> Reply:
        resource = call.resource
        if "cursor" in call.operation.query:
            return self.cursor_list(call)
        query = self.query(call)
        ordered = self.store(call).ordered()
        rank = {entry["id"]: index for index, entry in enumerate(ordered)}
        entries = [entry for entry in ordered if query.keeps(entry, resource)]
        entries.sort(key=lambda entry: query.sort_key(entry, rank), reverse=query.descending)
        start = (query.page - 1) * query.per_page
        page = entries[start : start + query.per_page]
        info = {
            "count": len(page),
            "page": query.page,
            "per_page": query.per_page,
            "total_count": len(entries),
        }
        return self.reply(call, [self.backend.wire(resource, entry) for entry in page], info)

    def cursor_list(self, call: Call) -> Reply:
        """A list walked by cursor: newest first (by the entity's time, then id), `per_page` at a time;
        `result_info.cursor` names the next page, null on the last. A cursor is where the previous page
        ended, so entries added meanwhile neither repeat nor shift a walk. The deprecated `page`
        counts pages from the first (with no cursor). A page is read from the entries in order, from
        the cursor on, until it is full: a walk costs one pass over the entries, not one per page."""
        resource = call.resource
        query = self.query(call)
        keys, ordered = self._in_order(resource, self.store(call))
        end = len(keys)
        if query.cursor is not None:
            end = bisect.bisect_left(keys, (str(query.cursor[0]), str(query.cursor[1])))
        skip = (query.page - 1) * query.per_page if query.page_given and query.cursor is None else 0
        page: Entries = []
        more = False
        for index in range(end - 1, -1, -1):
            entry = ordered[index]
            if not query.keeps(entry, resource):
                continue
            if skip:
                skip -= 1
            elif len(page) == query.per_page:
                more = True
                break
            else:
                page.append(entry)
        info = {
            "count": len(page),
            "per_page": query.per_page,
            "cursor": encode_cursor(_position(resource, page[-1])) if more else None,
        }
        return self.reply(call, [self.backend.wire(resource, entry) for entry in page], info)

    def _in_order(self, resource: Resource, store: Any) -> tuple[Positions, Entries]:
        """A store's entries by position (time, then id), ascending, kept until the store changes size
        or is replaced (entries are added, never re-timed)."""
        entries = store.entries
        cached = self._orders.get(id(entries))
        if cached is not None and cached[0] is entries and cached[1] == len(entries):
            return cached[2], cached[3]
        ordered = sorted(entries.values(), key=lambda entry: _position(resource, entry))
        keys = [_position(resource, entry) for entry in ordered]
        self._orders[id(entries)] = (entries, len(entries), keys, ordered)
        return keys, ordered

    def create(self, call: Call) -> Reply:
        resource, store = call.resource, self.store(call)
        entry = self.backend.create(resource, store, self.body(call))
        return self.reply(call, self.backend.wire(resource, entry))

    def get(self, call: Call) -> Reply:
        return self.reply(call, self.backend.wire(call.resource, self.existing(call)))

    def update(self, call: Call) -> Reply:
        entry_id = self.entry_id(call)
        fields = self.body(call)
        store = self.store(call)
        entry = self.backend.existing(call.resource, store, entry_id)
        changed = self.backend.update(call.resource, store, entry, fields)
        return self.reply(call, self.backend.wire(call.resource, changed))

    def replace(self, call: Call) -> Reply:
        entry_id = self.entry_id(call)
        fields = self.body(call)
        store = self.store(call)
        entry = self.backend.existing(call.resource, store, entry_id)
        writable = self._writable(call.operation.body)
        changed = self.backend.replace(call.resource, store, entry, fields, writable)
        return self.reply(call, self.backend.wire(call.resource, changed))

    def delete(self, call: Call) -> Reply:
        entry_id = self.entry_id(call)
        self.backend.delete(call.resource, self.store(call), entry_id)
        return self.reply(call, {"id": entry_id})

    def bulk_delete(self, call: Call) -> Reply:
        refs = self.body(call)
        ids = [ref["id"] for ref in refs]
        return self.reply(call, self.backend.delete_all(call.resource, self.store(call), ids))

    def batch(self, call: Call) -> Reply:
        arrays = self.body(call)
        schema = self.api.schemas.properties(call.operation.body)
        names = [name for name in BATCH_ARRAYS if name in schema]
        puts = schema.get("puts")
        writable = self._writable(puts["items"]) if puts is not None and "items" in puts else []
        result = self.backend.batch(call.resource, self.store(call), arrays, names, writable)
        return self.reply(call, result)

    def get_verification(self, call: Call) -> Reply:
        store = self.store(call)
        entry = self.existing(call)
        info = self.backend.verification(call.resource, store, entry)
        if info is None:
            return Reply(204, None, {})
        return self.reply(call, info)


def _position(resource: Resource, entry: Entry) -> tuple[str, str]:
    """Where an entry stands in a cursor list: its time (the field the list's range bounds), its id."""
    return (str(entry.get(resource.time_field or "") or ""), str(entry["id"]))
