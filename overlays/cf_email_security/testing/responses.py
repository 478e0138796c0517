"""Turning one routed request into one reply: the request checked against the spec's rules, the backend
asked, the answer put in Cloudflare's envelope. One handler per kind of operation (the spec's
`x-sdk-method`), none per resource.

List semantics (the same for every resource): `page` and `per_page` (default: the spec's default, else
20), `order` (a field name from the spec's enum; ties by id) with `direction` `asc` or `desc`, `search`
(see `spec.py`) and the filters; an empty `order=` or `direction=` is a value, and not a valid one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .models import Backend, Conflict, Entry, Locked, NotFound
from .spec import BATCH_ARRAYS, Api, Operation, Parameter, Resource
from .validate import ANY, Invalid

DEFAULT_PER_PAGE = 20  # the API's default, where the spec states none

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

_INTEGER = re.compile(r"-?[0-9]+")  # ASCII digits only: int() also reads Arabic-Indic and fullwidth ones
_MAX_DIGITS = 19  # beyond int64: refused before int() (which refuses over 4300 digits with a ValueError)


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


def ok(result: Any, status: int = 200, result_info: Mapping[str, int] | None = None) -> Reply:
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


def query_value(parameter: Parameter, text: str, schema: Mapping[str, Any] | None = None) -> Any:
    """One query (or path) value read as its schema's type; Invalid naming the parameter otherwise."""
    schema = parameter.schema if schema is None else schema
    kind = schema.get("type")
    if kind == "boolean":
        if text not in ("true", "false"):
            raise Invalid(parameter.name, "must be true or false")
        return text == "true"
    if kind in ("integer", "number"):
        if kind == "integer" and not _INTEGER.fullmatch(text):
            minimum = schema.get("minimum")
            raise Invalid(
                parameter.name, "must be an integer" + (f" >= {minimum}" if minimum is not None else "")
            )
        if kind == "integer" and len(text.lstrip("-0")) > _MAX_DIGITS:  # say which bound it is beyond
            low, high = schema.get("minimum", -(2**31)), schema.get("maximum", 2**31 - 1)
            raise Invalid(
                parameter.name, f"must be >= {low}" if text.startswith("-") else f"must be <= {high}"
            )
        try:
            return int(text) if kind == "integer" else float(text)
        except ValueError:
            raise Invalid(parameter.name, "must be a number") from None
    if schema.get("format") == "uuid":
        return text.lower()
    return text


class Responses:
    """The handlers, by kind of operation."""

    def __init__(self, api: Api, backend: Backend) -> None:
        self.api: Api = api
        self.backend: Backend = backend
        self.handlers: dict[str, Callable[[Call], Reply]] = {
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
        handler = self.handlers.get(call.operation.verb)
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

    def _body(self, call: Call, schema: Any = None, body: Any = None, where: str = "") -> Any:
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

    def _entry_id(self, call: Call) -> Any:
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

    def _store(self, call: Call) -> Any:
        return self.backend.store(call.account_id, call.resource.name)

    def _existing(self, call: Call) -> Entry:
        return self.backend.existing(call.resource, self._store(call), self._entry_id(call))

    def _writable(self, schema: Any) -> list[str]:
        return [name for name in self.api.schemas.properties(schema) if name != "id"]

    def _ok(self, call: Call, result: Any, result_info: Mapping[str, int] | None = None) -> Reply:
        return ok(result, call.operation.success, result_info)

    # ----- the operations ------------------------------------------------------------------------

    def list(self, call: Call) -> Reply:
        resource = call.resource
        try:
            query = ListQuery.parse(call.operation, resource, call.query, self.api)
        except Invalid as error:
            problem = " ".join(part for part in (error.path, error.rule) if part)
            raise ApiError(400, CODE_INVALID_QUERY, f"invalid query: {problem}") from None
        ordered = self._store(call).ordered()
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
        return self._ok(call, [self.backend.wire(resource, entry) for entry in page], info)

    def create(self, call: Call) -> Reply:
        resource, store = call.resource, self._store(call)
        entry = self.backend.create(resource, store, self._body(call))
        return self._ok(call, self.backend.wire(resource, entry))

    def get(self, call: Call) -> Reply:
        return self._ok(call, self.backend.wire(call.resource, self._existing(call)))

    def update(self, call: Call) -> Reply:
        entry_id = self._entry_id(call)
        fields = self._body(call)
        store = self._store(call)
        entry = self.backend.existing(call.resource, store, entry_id)
        changed = self.backend.update(call.resource, store, entry, fields)
        return self._ok(call, self.backend.wire(call.resource, changed))

    def replace(self, call: Call) -> Reply:
        entry_id = self._entry_id(call)
        fields = self._body(call)
        store = self._store(call)
        entry = self.backend.existing(call.resource, store, entry_id)
        writable = self._writable(call.operation.body)
        changed = self.backend.replace(call.resource, store, entry, fields, writable)
        return self._ok(call, self.backend.wire(call.resource, changed))

    def delete(self, call: Call) -> Reply:
        entry_id = self._entry_id(call)
        self.backend.delete(call.resource, self._store(call), entry_id)
        return self._ok(call, {"id": entry_id})

    def bulk_delete(self, call: Call) -> Reply:
        refs = self._body(call)
        ids = [ref["id"] for ref in refs]
        return self._ok(call, self.backend.delete_all(call.resource, self._store(call), ids))

    def batch(self, call: Call) -> Reply:
        arrays = self._body(call)
        schema = self.api.schemas.properties(call.operation.body)
        names = [name for name in BATCH_ARRAYS if name in schema]
        puts = schema.get("puts")
        writable = self._writable(puts["items"]) if puts is not None and "items" in puts else []
        result = self.backend.batch(call.resource, self._store(call), arrays, names, writable)
        return self._ok(call, result)

    def get_verification(self, call: Call) -> Reply:
        store = self._store(call)
        entry = self._existing(call)
        info = self.backend.verification(call.resource, store, entry)
        if info is None:
            return Reply(204, None, {})
        return self._ok(call, info)


@dataclass(frozen=True)
class ListQuery:
    """A list request's query, read and checked against the list operation's parameters."""

    page: int
    per_page: int
    order: str | None
    descending: bool
    search: str | None
    filters: tuple[tuple[str, str, Any, bool], ...]  # (field, match, wanted, fold case: a UUID)

    @classmethod
    def parse(
        cls, operation: Operation, resource: Resource, pairs: Sequence[tuple[str, str]], api: Api
    ) -> ListQuery:
        values: dict[str, list[str]] = {}
        for name, value in pairs:
            values.setdefault(name, []).append(value)
        parsed: dict[str, Any] = {}
        for name, given in values.items():
            parameter = operation.query.get(name)
            if parameter is None:
                raise Invalid("", f"unknown query parameter {name!r}")
            if len(given) > 1 and not parameter.repeatable:
                raise Invalid(name, "was given more than once")
            if parameter.repeatable:
                items = api.schemas.merged(parameter.schema.get("items", ANY))
                parsed[name] = [query_value(parameter, text, items) for text in given]
            else:
                parsed[name] = query_value(parameter, given[0])
            api.validator.check(parameter.schema, parsed[name], name, request=False)

        def default(name: str, fallback: int) -> int:
            parameter = operation.query.get(name)
            return int(parameter.schema.get("default", fallback)) if parameter is not None else fallback

        filters: list[tuple[str, str, Any, bool]] = []
        for name, rule in resource.filters.items():
            if name in parsed:
                wanted = frozenset(parsed[name]) if rule.match == "any" else parsed[name]
                fold = rule.parameter.schema.get("format") == "uuid"
                filters.append((rule.field, rule.match, wanted, fold))
        return cls(
            page=parsed.get("page", default("page", 1)),
            per_page=parsed.get("per_page", default("per_page", DEFAULT_PER_PAGE)),
            order=parsed.get("order"),
            descending=parsed.get("direction") == "desc",
            search=str(parsed.get("search") or "").lower() or None,
            filters=tuple(filters),
        )

    def keeps(self, entry: Entry, resource: Resource) -> bool:
        for field, match, wanted, fold in self.filters:
            value = entry.get(field)
            if fold and isinstance(value, str):
                value = value.lower()
            if match == "member":
                if wanted not in (value or ()):
                    return False
            elif match == "any":
                if value not in wanted:
                    return False
            elif value != wanted:
                return False
        if self.search is None:
            return True
        fields = resource.search_fields or [name for name, value in entry.items() if isinstance(value, str)]
        return any(self.search in str(entry.get(name) or "").lower() for name in fields)

    def sort_key(self, entry: Entry, rank: Mapping[Any, int]) -> tuple[Any, ...]:
        """By the chosen field, ties in list order; in list order when no order is asked for."""
        if self.order is None:
            return (rank[entry["id"]],)
        value = entry.get(self.order)
        return (value is not None, str(value).lower() if isinstance(value, str) else value, rank[entry["id"]])
