"""The fake API itself: routing, authentication, the 29 operations and the Cloudflare envelope.

`FakeEmailSecurity.handle` turns one HTTP request (method, target, headers, body) into one response;
the httpx transports and the HTTP server are thin wrappers around it.
"""

from __future__ import annotations

import copy
import hmac
import json
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ._faults import Faults, FaultState, Injected
from ._listing import InvalidQuery, ListQuery
from ._resources import CLEARABLE, RESOURCES, Entry, Resource
from ._rules import ARRAY, ENTRY_REF, InvalidBody, check_body, positive_int32
from ._seed import Seed, default_seed
from ._store import Collection

if TYPE_CHECKING:
    from cf_email_security import AsyncEmailSecurity, EmailSecurity

    from ._transport import AsyncFakeTransport, FakeTransport

FAKE_ACCOUNT_ID = "0123456789abcdef0123456789abcdef"
FAKE_API_TOKEN = "fake-api-token"
API_PREFIX = "/client/v4"
MAX_BATCH_ITEMS = 1000
ACCOUNT_ID_LENGTH = 32  # upstream's schema: minLength = maxLength = 32
SERVED_METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")  # every method some route of the API takes

# Error codes in the `errors[]` of the envelope.
CODE_INVALID_BODY = 1001
CODE_INVALID_QUERY = 1002
CODE_NOT_FOUND = 1003
CODE_AUTHENTICATION = 10000
CODE_NO_ROUTE = 7000
CODE_METHOD_NOT_ALLOWED = 7001
# Upstream's answer to a malformed id in the path: "Could not route to ..., perhaps your object identifier
# is invalid?"
CODE_INVALID_IDENTIFIER = 7003
CODE_BAD_HTTP = 1000  # the fake's own: the HTTP server could not read the request (no upstream code known)
CODE_RATE_LIMITED = 971
CODE_SERVER_ERROR = 1500

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


class StepClock:
    """A clock for reproducible runs: starts at `start` and moves on by `step` each time it is read."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(seconds=1)) -> None:
        self._now = start or datetime(2026, 1, 1, tzinfo=timezone.utc)
        self._step = step

    def __call__(self) -> datetime:
        now = self._now
        self._now += self._step
        return now


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison that also takes non-ASCII text (compare_digest refuses such str)."""
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def _same_or_any(given: str, expected: str | None) -> bool:
    return expected is None or _same(given, expected)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    headers: Mapping[str, str]


def error_envelope(errors: Sequence[tuple[int, str]]) -> dict[str, Any]:
    """Cloudflare's error body; the HTTP server answers in it too, so no client ever gets an HTML page."""
    return {
        "success": False,
        "errors": [{"code": code, "message": message} for code, message in errors],
        "messages": [],
        "result": None,
    }


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
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.errors = [(code, message), *more]


def _invalid(error: InvalidBody) -> ApiError:
    return ApiError(400, CODE_INVALID_BODY, f"invalid request body: {error}")


@dataclass(frozen=True)
class Call:
    """One routed request, as the operation handlers see it."""

    account_id: str
    resource: Resource
    rest: str | None  # what follows the resource in the path: None, "batch" or an id
    query: tuple[tuple[str, str], ...]
    body: bytes


@dataclass(frozen=True)
class RecordedRequest:
    """What the fake saw of one request: enough for tests to count and inspect calls."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    status: int


class FakeEmailSecurity:
    """An in-memory, stateful Email Security Settings API for tests, demos and recordings.

    Every account id gets its own state, created from `seed` on first use (by default three domains
    and three sending-domain restrictions; pass `{}` for none). Requests need credentials: a bearer
    token, or X-Auth-Email with X-Auth-Key. Any non-empty ones are accepted unless `api_token` or
    `api_key`/`email` are given, in which case only those are.
    """

    def __init__(
        self,
        *,
        seed: Seed | None = None,
        faults: Faults | None = None,
        clock: Clock = system_clock,
        api_token: str | None = None,
        api_key: str | None = None,
        email: str | None = None,
    ) -> None:
        self._seed = default_seed() if seed is None else seed
        unknown = set(self._seed) - set(RESOURCES)
        if unknown:
            raise ValueError(f"seed names unknown resources: {', '.join(sorted(unknown))}")
        self.faults = faults or Faults()
        self._fault_state = FaultState(self.faults)
        self._clock = clock
        self._api_token = api_token
        self._api_key = api_key
        self._email = email
        self._accounts: dict[str, dict[str, Collection]] = {}
        self._lock = threading.Lock()
        self._ray = 0
        self.requests: list[RecordedRequest] = []

    # ----- what tests use besides HTTP -------------------------------------------------------

    def entries(self, resource: str, account_id: str = FAKE_ACCOUNT_ID) -> list[Entry]:
        """A copy of one resource's entries in one account, in id order, as the API would send them."""
        with self._lock:
            table = self._collection(account_id, resource)
            return [self._wire(RESOURCES[resource], table.entries[key]) for key in sorted(table.entries)]

    def inject(
        self,
        status: int,
        *,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
        retry_after: float | None = None,
        after: int = 0,
        applied: bool = False,
    ) -> None:
        """Answer `times` requests that match (method, and a path containing `path`) with `status`,
        once `after` matching requests have been handled normally. The request is not handled,
        unless `applied`: then it takes effect and only its answer is lost."""
        if not 400 <= status <= 599:
            raise ValueError("status must be a 4xx or 5xx status")
        with self._lock:
            self._fault_state.scripted.append(
                Injected(status, method, path, times, retry_after, after, applied)
            )

    def transport(self) -> FakeTransport:
        """An httpx transport for `EmailSecurity(transport=...)`: no socket involved."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    def async_transport(self) -> AsyncFakeTransport:
        """An httpx async transport for `AsyncEmailSecurity(transport=...)`."""
        from ._transport import AsyncFakeTransport

        return AsyncFakeTransport(self)

    def client(self, **options: Any) -> EmailSecurity:
        """An `EmailSecurity` wired to this fake, with fake credentials unless `options` give others."""
        from cf_email_security import EmailSecurity

        return EmailSecurity(**self._client_options(options), transport=self.transport())

    def async_client(self, **options: Any) -> AsyncEmailSecurity:
        """An `AsyncEmailSecurity` wired to this fake."""
        from cf_email_security import AsyncEmailSecurity

        return AsyncEmailSecurity(**self._client_options(options), transport=self.async_transport())

    def _client_options(self, options: dict[str, Any]) -> dict[str, Any]:
        """Credentials this fake accepts, unless `options` bring their own."""
        if not any(options.get(name) for name in ("api_token", "api_key", "email")):
            if self._api_token is None and (self._api_key is not None or self._email is not None):
                options["api_key"] = self._api_key or "fake-api-key"
                options["email"] = self._email or "fake@example.com"
            else:
                options["api_token"] = self._api_token or FAKE_API_TOKEN
        options.setdefault("account_id", FAKE_ACCOUNT_ID)
        return options

    # ----- HTTP ------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """One request in, one response out. `target` is the path with its query string."""
        url = urlsplit(target)
        path = unquote(url.path)
        query = tuple(parse_qsl(url.query, keep_blank_values=True))
        method = method.upper()
        with self._lock:
            self._ray += 1
            try:
                reply = self._dispatch(method, path, query, headers, body)
            except ApiError as error:
                reply = Reply(error.status, error_envelope(error.errors), error.headers)
            self.requests.append(RecordedRequest(method, path, query, reply.status))
            ray = f"{self._ray:016x}-FAKE"
        return Reply(reply.status, reply.body, {**reply.headers, "cf-ray": ray})

    def _dispatch(
        self,
        method: str,
        path: str,
        query: tuple[tuple[str, str], ...],
        headers: Mapping[str, str],
        body: bytes,
    ) -> Reply:
        fault = self._fault_state.next_fault(method, path)
        if fault is not None and not fault.applied:
            raise self._fault_error(fault)
        if method not in SERVED_METHODS:
            # Refused before credentials are looked at: no route takes it, whoever asks (HEAD, OPTIONS,
            # TRACE, CONNECT, made-up verbs). Allow names the route's methods, or every one the API uses.
            allow = self._allowed(path)
            raise ApiError(
                405, CODE_METHOD_NOT_ALLOWED, f"Method {method} not allowed here", {"Allow": allow}
            )
        self._authenticate(headers)
        account_id, resource, rest = self._route(path)
        operation = self._operation(method, resource, rest)
        reply = operation(Call(account_id, resource, rest, query, body))
        if fault is not None:
            raise self._fault_error(fault)
        return reply

    @staticmethod
    def _fault_error(fault: Injected) -> ApiError:
        extra = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
        if fault.status == 429:
            return ApiError(429, CODE_RATE_LIMITED, "rate limited: slow down and retry", extra)
        return ApiError(fault.status, CODE_SERVER_ERROR, f"injected fault: {fault.status}", extra)

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        """Any non-empty credentials while none are configured; once some are, only those: a configured
        token lets in no X-Auth-Key/X-Auth-Email pair, a configured key or email no token."""
        lowered = {name.lower(): value for name, value in headers.items()}
        authorization = lowered.get("authorization", "")
        token = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
        key, email = lowered.get("x-auth-key", ""), lowered.get("x-auth-email", "")
        if not token and not (key and email):
            raise ApiError(401, CODE_AUTHENTICATION, "Authentication error: no credentials were sent")
        keyed = self._api_key is not None or self._email is not None
        if self._api_token is None and not keyed:
            ok = True
        elif token:
            ok = self._api_token is not None and _same(token, self._api_token)
        else:
            ok = keyed and _same_or_any(key, self._api_key) and _same_or_any(email, self._email)
        if not ok:
            raise ApiError(
                401, CODE_AUTHENTICATION, "Authentication error: the credentials were not accepted"
            )

    @staticmethod
    def _route(path: str) -> tuple[str, Resource, str | None]:
        """(account id, resource, what follows it: None, "batch" or an id), a 404, or a 400 for an account
        id that is not 32 characters long.

        Upstream's schema makes the account id exactly 32 characters (minLength = maxLength = 32). The
        real API answers a malformed identifier with 400 and the errors 7003 "Could not route to ...,
        perhaps your object identifier is invalid?" then 7000 "No route for that URI" (cloudflare-go
        issue 118 shows both, with the 400), not with a 404, so the fake does the same. The schema
        promises no alphabet, so only the length is checked."""
        parts = path.removeprefix(API_PREFIX).strip("/").split("/")
        if len(parts) in (5, 6) and parts[0] == "accounts" and parts[2:4] == ["email-security", "settings"]:
            if len(parts[1]) != ACCOUNT_ID_LENGTH:
                raise ApiError(
                    400,
                    CODE_INVALID_IDENTIFIER,
                    f"Could not route to {path}, perhaps your object identifier is invalid?",
                    more=[(CODE_NO_ROUTE, "No route for that URI")],
                )
            resource = RESOURCES.get(parts[4])
            if resource is not None:
                return parts[1], resource, parts[5] if len(parts) == 6 else None
        raise ApiError(404, CODE_NO_ROUTE, f"No route for that URI: {path}")

    def _allowed(self, path: str) -> str:
        """The Allow header for `path`: its route's methods, or every method the API uses elsewhere."""
        try:
            _, resource, rest = self._route(path)
            return ", ".join(sorted(self._methods(resource, rest)))
        except ApiError:
            return ", ".join(SERVED_METHODS)

    def _operation(self, method: str, resource: Resource, rest: str | None) -> Callable[[Call], Reply]:
        methods = self._methods(resource, rest)
        if method not in methods:
            raise ApiError(
                405,
                CODE_METHOD_NOT_ALLOWED,
                f"Method {method} not allowed here",
                {"Allow": ", ".join(sorted(methods))},
            )
        return methods[method]

    def _methods(self, resource: Resource, rest: str | None) -> dict[str, Callable[[Call], Reply]]:
        """The operations one route takes, by method; a 404 if the route does not exist."""
        allowed: dict[str, Callable[[Call], Reply] | None]
        if rest is None:
            allowed = {
                "GET": self._list if resource.listable else None,
                "POST": self._create if resource.create is not None else None,
                "DELETE": self._bulk_delete if resource.bulk_delete else None,
            }
        elif rest == "batch" and resource.batch_arrays:
            allowed = {"POST": self._batch}
        elif resource.single and rest != "batch":
            allowed = {"GET": self._get, "PATCH": self._update, "DELETE": self._delete}
        else:
            raise ApiError(404, CODE_NO_ROUTE, f"No route for that URI: {resource.name}/{rest}")
        methods = {name: handler for name, handler in allowed.items() if handler is not None}
        if not methods:
            raise ApiError(404, CODE_NO_ROUTE, f"No route for that URI: {resource.name}")
        return methods

    # ----- state -----------------------------------------------------------------------------

    def _collection(self, account_id: str, resource: str) -> Collection:
        account = self._accounts.get(account_id)
        if account is None:
            account = {name: Collection(map(dict, self._seed.get(name, ()))) for name in RESOURCES}
            self._accounts[account_id] = account
        return account[resource]

    @staticmethod
    def _wire(resource: Resource, entry: Entry) -> Entry:
        wire = copy.deepcopy(entry)
        for name in resource.hidden:
            wire.pop(name, None)
        return wire

    @staticmethod
    def _ok(result: Any, status: int = 200, result_info: Mapping[str, int] | None = None) -> Reply:
        body: dict[str, Any] = {"success": True, "errors": [], "messages": [], "result": result}
        if result_info is not None:
            body["result_info"] = dict(result_info)
        return Reply(status, body, {})

    @staticmethod
    def _json(body: bytes) -> Any:
        """The body parsed, or a 400: also for nesting too deep for the parser (a RecursionError) and
        for bytes that are not UTF-8 (a ValueError too)."""
        try:
            return json.loads(body or b"null")
        except ValueError:
            raise ApiError(400, CODE_INVALID_BODY, "invalid request body: not JSON") from None
        except RecursionError:
            raise ApiError(400, CODE_INVALID_BODY, "invalid request body: JSON nested too deeply") from None

    @staticmethod
    def _entry_id(resource: Resource, rest: str | None) -> int:
        entry_id = None if rest is None else positive_int32(rest)
        if entry_id is None:
            raise ApiError(400, CODE_INVALID_QUERY, f"invalid {resource.name} id in path: {rest!r}")
        return entry_id

    @staticmethod
    def _existing(resource: Resource, table: Collection, entry_id: int) -> Entry:
        entry = table.entries.get(entry_id)
        if entry is None:
            raise ApiError(404, CODE_NOT_FOUND, f"{resource.name} entry {entry_id} not found")
        return entry

    def _new_entry(self, resource: Resource, table: Collection, fields: Mapping[str, Any]) -> Entry:
        now = _timestamp(self._clock())
        rules = resource.body("create")
        entry: Entry = {name: None for name, rule in rules.items() if rule.nullable}
        entry.update(resource.created_defaults)
        entry.update(fields)
        entry.pop("id", None)
        entry.update(id=table.allocate_id(), created_at=now, last_modified=now)
        if resource.derive is not None:
            resource.derive(entry)
        return entry

    def _changed_entry(
        self, resource: Resource, entry: Entry, fields: Mapping[str, Any], *, replace: bool
    ) -> Entry:
        """A new entry with `fields` applied: all create fields (a put) or the given ones (a patch)."""
        changed = dict(entry) if not replace else {"id": entry["id"], "created_at": entry["created_at"]}
        if replace:
            changed.update({name: None for name, rule in resource.body("create").items() if rule.nullable})
            changed.update(resource.created_defaults)
            changed.update({name: entry[name] for name in resource.hidden if name in entry})
        for name, value in fields.items():
            if name == "id" or (value is None and name not in CLEARABLE and not replace):
                continue
            changed[name] = value
        changed["last_modified"] = _timestamp(self._clock())
        if resource.derive is not None:
            resource.derive(changed)
        return changed

    # ----- operations ------------------------------------------------------------------------

    def _table(self, call: Call) -> Collection:
        return self._collection(call.account_id, call.resource.name)

    def _fields(self, call: Call, kind: str) -> dict[str, Any]:
        try:
            return check_body(call.resource.body(kind), self._json(call.body))
        except InvalidBody as error:
            raise _invalid(error) from None

    def _list(self, call: Call) -> Reply:
        resource = call.resource
        try:
            options = ListQuery.parse(resource, call.query)
        except InvalidQuery as error:
            raise ApiError(400, CODE_INVALID_QUERY, f"invalid query: {error}") from None
        entries = [
            entry
            for entry in self._table(call).entries.values()
            if options.keeps(entry, resource.search_fields)
        ]
        entries.sort(key=options.sort_key, reverse=options.descending)
        start = (options.page - 1) * options.per_page
        page = entries[start : start + options.per_page]
        info = {
            "count": len(page),
            "page": options.page,
            "per_page": options.per_page,
            "total_count": len(entries),
        }
        return self._ok([self._wire(resource, entry) for entry in page], result_info=info)

    def _create(self, call: Call) -> Reply:
        resource = call.resource
        body = self._json(call.body)
        if resource.create_many and isinstance(body, list):
            try:
                items = [check_body(resource.body("create"), item, f"[{n}]") for n, item in enumerate(body)]
            except InvalidBody as error:
                raise _invalid(error) from None
        else:
            items = [self._fields(call, "create")]
        table = self._table(call)
        created = []
        for fields in items:
            entry = self._new_entry(resource, table, fields)
            table.entries[entry["id"]] = entry
            created.append(self._wire(resource, entry))
        return self._ok(created if isinstance(body, list) else created[0], status=201)

    def _get(self, call: Call) -> Reply:
        entry = self._existing(call.resource, self._table(call), self._entry_id(call.resource, call.rest))
        return self._ok(self._wire(call.resource, entry))

    def _update(self, call: Call) -> Reply:
        entry_id = self._entry_id(call.resource, call.rest)
        fields = self._fields(call, "update")
        table = self._table(call)
        entry = self._existing(call.resource, table, entry_id)
        changed = self._changed_entry(call.resource, entry, fields, replace=False)
        table.entries[entry_id] = changed
        return self._ok(self._wire(call.resource, changed))

    def _delete(self, call: Call) -> Reply:
        entry_id = self._entry_id(call.resource, call.rest)
        table = self._table(call)
        self._existing(call.resource, table, entry_id)
        del table.entries[entry_id]
        return self._ok({"id": entry_id})

    def _bulk_delete(self, call: Call) -> Reply:
        refs = self._json(call.body)
        if not isinstance(refs, list) or not refs:
            raise ApiError(400, CODE_INVALID_BODY, "invalid request body: must be a non-empty array of {id}")
        if len(refs) > MAX_BATCH_ITEMS:
            raise ApiError(400, CODE_INVALID_BODY, f"invalid request body: at most {MAX_BATCH_ITEMS} items")
        table = self._table(call)
        draft = table.draft()
        deleted = self._apply_deletes(call.resource, draft, refs, "")
        table.commit(draft)
        return self._ok(deleted)

    def _apply_deletes(
        self, resource: Resource, draft: Collection, refs: list[Any], where: str
    ) -> list[Entry]:
        deleted = []
        for index, ref in enumerate(refs):
            try:
                entry_id = check_body(ENTRY_REF, ref, f"{where}[{index}]")["id"]
            except InvalidBody as error:
                raise _invalid(error) from None
            self._existing(resource, draft, entry_id)
            del draft.entries[entry_id]
            deleted.append({"id": entry_id})
        return deleted

    def _batch(self, call: Call) -> Reply:
        """All arrays checked first, then applied to a draft in the order deletes, patches, puts, posts;
        the draft replaces the state only if every entry succeeded."""
        resource = call.resource
        try:
            arrays = check_body({name: ARRAY for name in resource.batch_arrays}, self._json(call.body))
            for name in resource.batch_arrays:
                if len(arrays[name]) > MAX_BATCH_ITEMS:
                    raise InvalidBody(name, f"must have at most {MAX_BATCH_ITEMS} items")
                if name != "deletes":
                    for index, item in enumerate(arrays[name]):
                        check_body(resource.body(_BODY_OF_ARRAY[name]), item, f"{name}[{index}]")
        except InvalidBody as error:
            raise _invalid(error) from None
        table = self._table(call)
        draft = table.draft()
        result = {"deletes": self._apply_deletes(resource, draft, arrays["deletes"], "deletes")}
        for name in ("patches", "puts"):
            if name in arrays:
                result[name] = []
                for item in arrays[name]:
                    existing = self._existing(resource, draft, item["id"])
                    changed = self._changed_entry(resource, existing, item, replace=name == "puts")
                    draft.entries[item["id"]] = changed
                    result[name].append(self._wire(resource, changed))
        if "posts" in arrays:
            result["posts"] = []
            for item in arrays["posts"]:
                entry = self._new_entry(resource, draft, item)
                draft.entries[entry["id"]] = entry
                result["posts"].append(self._wire(resource, entry))
        table.commit(draft)
        return self._ok(result)


_BODY_OF_ARRAY = {"patches": "patch", "puts": "put", "posts": "create"}
