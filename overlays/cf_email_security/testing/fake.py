"""`FakeEmailSecurity`: one HTTP request in, one reply out, for the API a spec describes.

`handle` does what is the same for every request (faults, methods no route takes, credentials, the
route, the recorded request and the `cf-ray` header) and leaves the operation to `responses`; the
transport (`_transport`) and the HTTP server (`_server`) are thin wrappers around it.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ._faults import Faults, FaultState, Injected
from ._jobs import DEFAULT_BATCH, Jobs
from ._mail_handlers import MailHandlers
from ._mail_seed import DEFAULT_MAIL, MailSeed
from ._seed import Seed, default_seed
from ._transport import FakeTransport
from .mailbox import Mailbox
from .models import Backend, Clock, Entry, NotFound, system_clock
from .responses import (
    CODE_AUTHENTICATION,
    CODE_METHOD_NOT_ALLOWED,
    CODE_RATE_LIMITED,
    CODE_SERVER_ERROR,
    ApiError,
    Call,
    Reply,
    Responses,
    error_envelope,
)
from .spec import Api, Resource, SpecSource, load_api
from .urls import Router

if TYPE_CHECKING:
    from cf_email_security import AsyncEmailSecurity, EmailSecurity

FAKE_ACCOUNT_ID = "0123456789abcdef0123456789abcdef"
FAKE_API_TOKEN = "fake-api-token"
API_PREFIX = "/client/v4"
MAX_BATCH_ITEMS = 1000  # what the packaged spec allows per batch array; the fake enforces the served spec's


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison that also takes non-ASCII text (compare_digest refuses such str)."""
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def _same_or_any(given: str, expected: str | None) -> bool:
    return expected is None or _same(given, expected)


@dataclass(frozen=True)
class RecordedRequest:
    """What the fake saw of one request: enough for tests to count and inspect calls."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    status: int


class FakeEmailSecurity:
    """An in-memory, stateful Email Security API (settings and mail) for tests, demos and recordings.

    It serves the operations of `spec` (a dict, or a JSON or YAML path; by default the spec the package
    ships), with the shapes and rules the spec gives. Every account id gets its own state, created from
    `seed` on first use (by default three domains and three sending-domain restrictions; pass `{}` for
    none). Requests need credentials: a bearer token, or X-Auth-Email with X-Auth-Key. Any non-empty
    ones are accepted unless `api_token` or `api_key`/`email` are given, in which case only those are.
    UUID ids come from a generator seeded with `id_seed`, so runs repeat.

    Each account also has a mailbox of processed mail, made on first use by a generator with a fixed
    random seed: `mailbox` messages (200 by default; 0 for none), or a `MailSeed(messages, seed)` for
    another mailbox, with the submissions and PhishGuard reports made of them (a mail resource that
    `seed` names holds the seed's entries instead; naming `investigate` makes no mail at all). Moves,
    releases and reclassifications change it; bulk jobs move on a step each time they are polled
    (`job_batch` messages a step), or with `advance_jobs()`. `deliver()` adds a message of your own.
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
        spec: SpecSource | None = None,
        id_seed: int = 0,
        mailbox: int | MailSeed = DEFAULT_MAIL,
        job_batch: int = DEFAULT_BATCH,
    ) -> None:
        self.api: Api = load_api(spec)
        self.router: Router = Router(self.api)
        self.backend: Backend = Backend(
            self.api, default_seed() if seed is None else seed, clock, fit_seed=seed is None, id_seed=id_seed
        )
        self.responses: Responses = Responses(self.api, self.backend)
        seed_of_mail = mailbox if isinstance(mailbox, MailSeed) else MailSeed(messages=mailbox)
        self.mailbox: Mailbox = Mailbox(self.api, self.backend, seed_of_mail, clock)
        self.jobs: Jobs = Jobs(self.api, self.backend, self.mailbox, clock, job_batch)
        self.backend.populate = self.mailbox.populate
        self.backend.populated = self.mailbox.seeded_resources()
        MailHandlers(self.responses, self.mailbox, self.jobs).register()
        self.faults: Faults = faults or Faults()
        self._fault_state = FaultState(self.faults)
        self._api_token = api_token
        self._api_key = api_key
        self._email = email
        self._lock = threading.Lock()
        self._ray = 0
        self.requests: list[RecordedRequest] = []

    # ----- what tests use besides HTTP -------------------------------------------------------

    def entries(self, resource: str, account_id: str = FAKE_ACCOUNT_ID) -> list[Entry]:
        """A copy of one resource's entries in one account, in list order, as the API would send them."""
        spec = self._resource(resource)
        with self._lock:
            store = self.backend.store(account_id, resource)
            return [self.backend.wire(spec, entry) for entry in store.ordered()]

    def verify(self, resource: str, entry_id: Any, account_id: str = FAKE_ACCOUNT_ID) -> None:
        """Play the DNS check of a pending entry succeeding (say, a domain created through the API):
        its status takes the verified value (ACTIVE for domains) and
        its verification answers 204 from then on."""
        spec = self._resource(resource)
        with self._lock:
            try:
                self.backend.verify(spec, self.backend.store(account_id, resource), entry_id)
            except NotFound as missing:
                raise KeyError(str(missing)) from None

    def deliver(
        self,
        account_id: str = FAKE_ACCOUNT_ID,
        *,
        sender: str | None = None,
        subject: str | None = None,
        recipients: str | list[str] | None = None,
        disposition: str = "NONE",
        delivery_status: str | list[str] | None = None,
        scanned_at: datetime | str | None = None,
        attachments: list[str] | None = None,
        links: list[str] | None = None,
        body: str | None = None,
        **fields: Any,
    ) -> Entry:
        """Add a message to an account's mail, as if it had just been processed, and return it as the
        API sends it. What is not given is made up as for the seeded mail: recipients are people at
        the account's domains, a threat is quarantined and the rest delivered to the inbox.
        `attachments` are file names; `fields` set any field of the message as the spec names it."""
        given: dict[str, Any] = {"disposition": disposition, **fields}
        for name, value in (
            ("sender", sender),
            ("subject", subject),
            ("recipients", recipients),
            ("delivery_status", delivery_status),
            ("scanned_at", scanned_at),
            ("attachments", attachments),
            ("links", links),
            ("body", body),
        ):
            if value is not None:
                given[name] = value
        with self._lock:
            message = self.mailbox.deliver(account_id, **given)
            assert self.mailbox.resource is not None
            return self.backend.wire(self.mailbox.resource, message)

    def advance_jobs(self, steps: int | None = 1, account_id: str = FAKE_ACCOUNT_ID) -> list[Entry]:
        """Move every bulk job of an account on by `steps` (None: until each has ended), as that many
        polls would; the jobs as the API would send them."""
        with self._lock:
            jobs = self.jobs.advance_all(account_id, steps)
            assert self.jobs.resource is not None
            return [self.backend.wire(self.jobs.resource, job) for job in jobs]

    def _resource(self, name: str) -> Resource:
        spec = self.api.resources.get(name)
        if spec is None:
            raise KeyError(f"no resource {name!r} in the served spec: {', '.join(self.api.resources)}")
        return spec

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
        return FakeTransport(self)

    def async_transport(self) -> FakeTransport:
        """The same transport, for `AsyncEmailSecurity(transport=...)` (it serves both)."""
        return FakeTransport(self)

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
        if method not in self.router.served_methods:
            # Refused before credentials are looked at: no route takes it, whoever asks (HEAD, OPTIONS,
            # TRACE, CONNECT, made-up verbs). Allow names the route's methods, or every one the API uses.
            allow = self.router.allowed(path)
            raise ApiError(
                405, CODE_METHOD_NOT_ALLOWED, f"Method {method} not allowed here", {"Allow": allow}
            )
        self._authenticate(headers)
        match = self.router.match(path)
        operation = self.router.method(match, method)
        entry = operation.entry_parameter
        call = Call(
            operation=operation,
            resource=self.api.resources[operation.resource],
            account_id=self.router.account_of(match),
            entry_text=None if entry is None else match.parameters.get(entry),
            query=query,
            body=body,
        )
        reply = self.responses.dispatch(call)
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
