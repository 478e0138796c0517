"""The transport every operation goes through: configuration, auth, retries, the envelope and errors.

A resource method (`_resource.py`) builds a RequestSpec and names its parser; the clients here send
it, retry where that is safe, unwrap Cloudflare's envelope and raise the typed errors of `errors.py`.
Nothing here is specific to one operation.
"""

from __future__ import annotations

import inspect
import logging
import math
import os
import random
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from functools import cached_property
from types import MappingProxyType
from typing import Any, Generic, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from ._constants import DEFAULT_BASE_URL
from ._json import loads
from ._pacing import Clock, Gate, RateLimit, Turn, pacer
from ._version import VERSION
from .errors import (
    WRITE_METHODS,
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    EmailSecurityError,
    EventLoopError,
    ResponseValidationError,
    ValidationError,
    retry_after_seconds,
    status_error,
)
from .types import RawResponse, RequestOptions, RequestSpec

T = TypeVar("T")
Parser = Callable[[Any], T]
ClientT = TypeVar("ClientT", bound="BaseClient[Any, Any]")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

logger = logging.getLogger("cf_email_security")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 429})
ENV = {
    "api_token": "CLOUDFLARE_API_TOKEN",
    "api_key": "CLOUDFLARE_API_KEY",
    "email": "CLOUDFLARE_EMAIL",
    "account_id": "CLOUDFLARE_ACCOUNT_ID",
    "base_url": "CLOUDFLARE_BASE_URL",
    "rate_limit": "CLOUDFLARE_RATE_LIMIT",
}


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # only for a plain-http base_url: https users do not pay for importing it

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def retry_delay(attempt: int, headers: httpx.Headers | None) -> float:
    """Seconds to wait before retry number `attempt` (0-based).

    `retry-after-ms` or `Retry-After` (seconds or an HTTP date) win when they ask for 0..60 s;
    otherwise exponential backoff, 0.5 s x 2^attempt capped at 8 s, less up to 25 % jitter.
    """
    asked = retry_after_seconds(headers)
    if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
        return asked
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # the request never left


def should_retry(method: str, response: httpx.Response | None, error: Exception | None) -> bool:
    """Whether a failed attempt may be sent again without risking a second effect on the server.

    GET, PATCH and DELETE are retried on 408, 429, 5xx, timeouts and connection errors. A POST (create,
    batch) is retried only on 429 and when the connection could not be made: after a 5xx or a read
    timeout the server may already have acted on it.
    """
    idempotent = method in IDEMPOTENT_METHODS
    if response is not None:
        status = response.status_code
        if status == 429:
            return True
        return idempotent and (status in RETRY_STATUSES or status >= 500)
    if isinstance(error, NEVER_SENT):
        return True
    return idempotent and isinstance(error, httpx.TransportError)


def may_have_acted(response: httpx.Response | None, error: Exception | None) -> bool:
    """Whether the server may have carried out a request that failed this way (a 5xx, a lost answer)."""
    if response is not None:
        return response.status_code >= 500
    return not isinstance(error, NEVER_SENT)


class _Shared:
    """What a client and its with_options() views share: the connection pool, whether it is closed,
    and the pacer that spaces their requests (a RateLimit, perhaps shared with other clients, or a
    gate a 429 closes for all of them).

    The pool (an httpx client) is made on the first request, not in the constructor: making one
    imports httpcore and loads the CA bundle into an SSL context, tens of milliseconds that a
    process which only builds a client, or whose calls fail validation, need not pay.
    """

    __slots__ = ("clock", "closed", "http", "lock", "loop", "pacer")

    def __init__(self, pacer: Gate) -> None:
        self.closed = False
        self.pacer = pacer
        self.clock = Clock()
        self.http: Any = None  # an httpx.Client or httpx.AsyncClient
        self.lock = threading.Lock()
        self.loop: Any = None  # the event loop an async pool belongs to


def _url_of(response: httpx.Response) -> str:
    """The URL a response answered, without its query: built for errors only, as it costs a URL parse."""
    return str(response.request.url.copy_with(query=None))


def _setting_problem(name: str, value: object, kind: str) -> str | None:
    """Why a setting of the given kind is unusable, or None; never echoes the value (it may be secret)."""
    if kind == "timeout":
        if isinstance(value, httpx.Timeout):
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"{name} must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        if not math.isfinite(value) or value <= 0:
            return f"{name} must be a finite number of seconds > 0 (httpx.Timeout(None) waits forever)"
        return None
    if kind == "headers":
        if not isinstance(value, Mapping):
            return f"{name} must be a mapping of header names to strings"
        headers = cast("Mapping[object, object]", value)
        for header, text in headers.items():
            if not isinstance(header, str) or not header or not _is_token(header):
                return f"{name}: a header name must be a non-empty token of printable ASCII"
            if not isinstance(text, str) or not _is_header_text(text):
                return f"{name}[{header!r}] must be a string of printable ASCII (no line breaks)"
        return None
    if kind == "query":
        if not isinstance(value, Mapping):
            return f"{name} must be a mapping of parameter names to values"
        params = cast("Mapping[object, object]", value)
        for key, item in params.items():
            if not isinstance(key, str) or isinstance(item, (dict, list, tuple, set, bytes)):
                return f"{name}: parameter names must be strings and values str, int, float or bool"
        return None
    raise AssertionError(kind)


def _is_token(text: str) -> bool:
    return text.isascii() and text.isprintable() and not any(c in text for c in ' "(),/:;<=>?@[\\]{}')


def _is_header_text(text: str) -> bool:
    return text.isascii() and text.isprintable()


def _credential(value: object, name: str) -> str | None:
    """A credential as given, or None when absent; ConfigurationError (not echoing it) when unusable.

    A token read from a file or pasted often ends in a newline; sent as is, it would fail inside the
    HTTP library with an error (and a debug log line) that shows it.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
        raise ConfigurationError(
            f"{name} must be printable ASCII with no spaces or line breaks (a trailing newline is the "
            "usual cause); its value is not shown"
        )
    return value


def _timeout(timeout: object, name: str = "timeout") -> httpx.Timeout:
    """A timeout as given; a plain number caps the connect phase at 5 s as the default does."""
    problem = _setting_problem(name, timeout, "timeout")
    if problem:
        raise ConfigurationError(problem)
    if isinstance(timeout, httpx.Timeout):
        return timeout
    seconds = float(timeout)  # type: ignore[arg-type]
    return httpx.Timeout(seconds, connect=min(seconds, 5.0))


def _budget(timeout: httpx.Timeout) -> float | None:
    """The seconds a whole call may take: the timeout's largest phase, or None when a phase has none."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    limits = [phase for phase in phases if phase is not None]
    return max(limits) if len(limits) == len(phases) else None


class _Call:
    """One call's time: its timeout, how long all its attempts may take, and (from its first send)
    the deadline by which it ends."""

    __slots__ = ("budget", "clock", "deadline", "sent", "timeout")

    def __init__(self, timeout: httpx.Timeout, clock: Clock) -> None:
        self.timeout = timeout
        self.clock = clock
        self.budget = _budget(timeout)
        self.deadline: float | None = None
        self.sent = 0  # attempts so far

    def start(self) -> None:
        """The first attempt goes out now: the deadline runs from here."""
        if self.budget is not None:
            self.deadline = self.clock() + self.budget

    def left(self) -> float | None:
        """Seconds before the deadline (never quite 0: httpx reads 0 as "do not wait at all")."""
        return None if self.deadline is None else max(self.deadline - self.clock(), 0.001)

    def attempt_timeout(self) -> httpx.Timeout:
        """The next attempt's timeout: each phase at most what is left before the deadline (for the
        first, the timeout as given: no phase is longer than the whole)."""
        self.sent += 1
        left = self.left()
        if left is None or self.sent == 1:
            return self.timeout
        t = self.timeout
        return httpx.Timeout(
            connect=min(t.connect or left, left),
            read=min(t.read or left, left),
            write=min(t.write or left, left),
            pool=min(t.pool or left, left),
        )

    def passed(self) -> bool:
        return self.deadline is not None and self.clock() >= self.deadline


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops being read once the call's deadline has passed: httpx's read
    timeout applies to each read, so a server sending a byte now and then could hold a call for long."""

    def __init__(self, inner: httpx.SyncByteStream, response: httpx.Response, call: _Call) -> None:
        self._inner = inner
        self._request = response.request
        self._length = response.headers.get("content-length")
        self._call = call

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self._inner:
            yield chunk
            received += len(chunk)
            if self._call.passed() and str(received) != self._length:
                raise httpx.ReadTimeout("the call's deadline passed", request=self._request)

    def close(self) -> None:
        self._inner.close()


async def _within(answer: Awaitable[httpx.Response], seconds: float) -> httpx.Response:
    """The awaited response, or asyncio.TimeoutError once `seconds` have passed."""
    import asyncio

    if sys.version_info >= (3, 11):  # no extra task
        async with asyncio.timeout(seconds):
            return await answer
    return await asyncio.wait_for(answer, seconds)


HOOK_EVENTS = ("request", "response")  # the events httpx calls hooks on


def _hooks_problem(hooks: object) -> str | None:
    """Why `event_hooks` is not what httpx takes ({"request": [f, ...], "response": [...]}), if it is not."""
    if not isinstance(hooks, Mapping):
        return f"event_hooks must be a mapping of {' or '.join(HOOK_EVENTS)} to functions"
    for name, functions in cast("Mapping[object, object]", hooks).items():
        if name not in HOOK_EVENTS:
            return f"event_hooks: {name!r} is no event (events: {', '.join(HOOK_EVENTS)})"
        if isinstance(functions, (str, bytes)) or not isinstance(functions, Sequence):
            return f"event_hooks[{name!r}] must be a list of functions"
        if not all(callable(function) for function in cast("Sequence[object]", functions)):
            return f"event_hooks[{name!r}] must hold functions only"
    return None


def _optional_string(value: object, name: str) -> str | None:
    """A string setting or None, checked at run time for callers no type checker reads."""
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    return value


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError("max_retries must be an integer >= 0")
    return value


def _base_url(value: object) -> tuple[str, bool]:
    """The base URL without a trailing slash, and whether it is a loopback host over plain http."""
    if not isinstance(value, str):
        raise ConfigurationError(f"base_url must be a string, not {type(value).__name__}")
    text = value.rstrip("/")
    try:
        url = urlsplit(text)
        port = url.port
        httpx.URL(text)
    except (ValueError, httpx.InvalidURL):
        raise ConfigurationError("base_url is not a valid URL (check its host and port)") from None
    host = url.hostname
    if url.scheme not in ("http", "https") or not host:
        raise ConfigurationError("base_url must be an absolute http(s) URL")
    if port == 0 or not text.isascii() or not text.isprintable() or " " in text:
        raise ConfigurationError("base_url is not a valid URL (check its host and port)")
    if url.query or url.fragment or url.username or url.password:
        raise ConfigurationError("base_url must not carry a query, a fragment or credentials")
    loopback = url.scheme == "http" and _is_loopback(host)
    if url.scheme != "https" and not loopback:
        raise ConfigurationError(
            "base_url must use https: credentials are sent in plain http only to loopback hosts"
        )
    return text, loopback


def _configure_logging(level_name: str | None) -> None:
    """CLOUDFLARE_LOG=info|debug: one line per request (redacted) on stderr, as the official SDK does."""
    if not level_name:
        return
    level = {"info": logging.INFO, "debug": logging.DEBUG}.get(level_name.strip().lower())
    if level is None:
        import warnings

        warnings.warn("CLOUDFLARE_LOG must be info or debug; ignored", stacklevel=4)
        return
    if not any(getattr(handler, "_cf_email_security", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._cf_email_security = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


class BaseClient(Generic[HttpT, TransportT]):
    """Configuration shared by the sync and async clients, and each attempt's decisions; no I/O here.

    `timeout` is the most one call may take, every attempt and the waits between them included: a
    number of seconds (at most 5 s of it to connect), or an httpx.Timeout, whose per-phase limits
    hold for each attempt while the call as a whole gets its largest one (no limit when a phase has
    none). `rate_limit` (a RateLimit, or text such as "1200/300" for 1,200 requests per 300 s;
    default CLOUDFLARE_RATE_LIMIT, else none) paces requests so the server need not refuse them;
    waiting for that turn before a call's first attempt does not count against its timeout. A 429
    holds every request of the client (and of clients sharing its RateLimit) until the time the
    server asked for. `http_client` is a caller's own pool (proxies, certificates), left open on
    close; `transport` an httpx transport for a pool of ours (a mock, a local fake), and
    `event_hooks` httpx's event hooks for it ({"request": [...], "response": [...]}; async functions
    for the async client), to watch each request and response. `intercept` sees every request once
    it is built (checked, with its credentials) and before it is sent: a response it returns answers
    in the request's place and nothing is sent (a dry run records writes so, and the call reads that
    answer as it would the server's); None sends the request.
    """

    def __init__(
        self,
        *,
        api_token: str | None = None,
        api_key: str | None = None,
        email: str | None = None,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: RateLimit | str | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpT | None = None,
        transport: TransportT | None = None,
        event_hooks: Mapping[str, Sequence[Callable[..., Any]]] | None = None,
        intercept: Callable[[httpx.Request], httpx.Response | None] | None = None,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        _configure_logging(os.environ.get("CLOUDFLARE_LOG"))
        api_token = _credential(api_token, "api_token")
        api_key, email = _credential(api_key, "api_key"), _credential(email, "email")
        if not api_token and not (api_key or email):  # explicit arguments win over any variable
            api_token = _credential(os.environ.get(ENV["api_token"]), ENV["api_token"])
            if not api_token:
                api_key = _credential(os.environ.get(ENV["api_key"]), ENV["api_key"])
                email = _credential(os.environ.get(ENV["email"]), ENV["email"])
        account = _optional_string(account_id, "account_id")
        self.account_id: str = account or os.environ.get(ENV["account_id"]) or ""
        self.base_url: str
        self.base_url, self._loopback = _base_url(
            base_url or os.environ.get(ENV["base_url"]) or DEFAULT_BASE_URL
        )
        if not api_token and not (api_key and email):
            raise ConfigurationError(
                "no credentials: pass api_token= (or set CLOUDFLARE_API_TOKEN), or api_key= and email= "
                "(or set CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL)"
            )
        if not self.account_id:
            raise ConfigurationError("no account id: pass account_id= or set CLOUDFLARE_ACCOUNT_ID")
        self.auth_scheme: str = "api_token" if api_token else "api_key"
        self._auth_headers = (
            {"Authorization": f"Bearer {api_token}"}
            if api_token
            else {"X-Auth-Key": str(api_key), "X-Auth-Email": str(email)}
        )
        self.timeout: httpx.Timeout = DEFAULT_TIMEOUT if timeout is None else _timeout(timeout)
        self.max_retries: int = _max_retries(max_retries)
        if default_headers is not None and (
            problem := _setting_problem("default_headers", default_headers, "headers")
        ):
            raise ConfigurationError(problem)
        # Read-only: the pool this client makes carries them (and the credentials) from its first
        # request, so that httpx need not merge them into each request again.
        self.headers: Mapping[str, str] = MappingProxyType(
            {
                "User-Agent": f"cloudflare-email-security/{VERSION} httpx/{httpx.__version__}",
                "Accept": "application/json",
                **(default_headers or {}),
            }
        )
        # Shared with with_options() views: closing one closes all, and they are paced together.
        self._shared = _Shared(pacer(rate_limit, os.environ.get(ENV["rate_limit"])))
        self._shared.http = http_client
        self._owns_http = http_client is None
        self._transport: TransportT | None = transport
        if event_hooks is not None and (problem := _hooks_problem(event_hooks)):
            raise ConfigurationError(problem)
        self._event_hooks = {name: list(hooks) for name, hooks in (event_hooks or {}).items()}
        if intercept is not None and not callable(intercept):
            raise ConfigurationError("intercept must be a function taking an httpx.Request, or None")
        self._intercept = intercept
        # How a retry waits: time.sleep (asyncio.sleep when async) unless a test or a scheduler
        # passes its own; the async client awaits what it returns.
        self._sleep = sleep

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, account_id={self.account_id!r}, "
            f"auth={self.auth_scheme!r})"
        )

    @property
    def rate_limit(self) -> RateLimit | None:
        """The limit pacing this client's requests, or None when only the server's 429s do."""
        pacing = self._shared.pacer
        return pacing if isinstance(pacing, RateLimit) else None

    def resolve_account(self, account_id: str | None) -> str:
        """The account of one call: the argument when given, else the client's."""
        return self.account_id if account_id is None else account_id

    def with_options(
        self: ClientT, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> ClientT:
        """A view of this client with other timeout or retry settings, sharing its connection pool.

        For one call: `es.with_options(max_retries=0).allow_policies.create(...)`.
        """
        clone = object.__new__(type(self))
        # Settings only: resources made on first use (cached_property) belong to this client, not the view.
        resources = {
            name for name in vars(self) if isinstance(getattr(type(self), name, None), cached_property)
        }
        clone.__dict__.update({name: value for name, value in vars(self).items() if name not in resources})
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _max_retries(max_retries)
        return clone

    def _ensure_open(self) -> None:
        if self._shared.closed:
            raise ClientClosedError(f"{type(self).__name__} is closed; create a new client")

    def _closed_error(self) -> ClientClosedError:
        return ClientClosedError(f"{type(self).__name__} was closed while a request was in flight")

    def _new_pool_options(self) -> dict[str, Any]:
        """Settings of the pool this client makes. A plain-http loopback server (a local fake) is never
        reached through a proxy from the environment: HTTP_PROXY would otherwise see the credentials."""
        options: dict[str, Any] = {
            "follow_redirects": False,
            "trust_env": not self._loopback,
            "headers": {**self.headers, **self._auth_headers},  # a request adds only its extra_headers
        }
        if self._event_hooks:
            options["event_hooks"] = self._event_hooks
        return options

    @staticmethod
    def _checked_options(options: RequestOptions | None) -> RequestOptions | None:
        """One call's options, checked before anything is sent (ValidationError names the bad one)."""
        if options is None:
            return None
        for name, kind in (("timeout", "timeout"), ("extra_headers", "headers"), ("extra_query", "query")):
            value = getattr(options, name)
            if value is not None and (problem := _setting_problem(name, value, kind)):
                raise ValidationError(name, problem.removeprefix(f"{name} "))
        return options

    def _call(self, options: RequestOptions | None) -> _Call:
        """The time a call is given: the client's timeout, or this call's own."""
        if options is not None and options.timeout is not None:
            return _Call(_timeout(options.timeout), self._shared.clock)
        return _Call(self.timeout, self._shared.clock)

    def _http_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        spec: RequestSpec,
        options: RequestOptions | None,
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        # The pool this client made has the client's headers already; one passed in gets them here.
        headers = None if self._owns_http else {**self.headers, **self._auth_headers}
        params: Any = spec.params
        if options is not None:
            if options.extra_headers:  # the credentials stay the client's
                headers = {**(headers or {}), **options.extra_headers, **self._auth_headers}
            added: Mapping[str, Any] = options.extra_query or {}
            if added:
                params = [*(spec.params or ()), *added.items()]
        try:
            return http.build_request(
                spec.method,
                self.base_url + spec.path,
                params=params,
                json=spec.json,
                headers=headers,
                timeout=timeout,
            )
        except UnicodeEncodeError:
            raise ValidationError(
                "request", "holds text that is not valid Unicode (a lone surrogate)"
            ) from None
        except (httpx.InvalidURL, ValueError) as error:
            raise ValidationError("request", f"cannot be sent: {type(error).__name__}") from None

    def _intercepted(self, request: httpx.Request) -> httpx.Response | None:
        """The answer `intercept` gives in the request's place, or None to send it."""
        if self._intercept is None:
            return None
        answer = cast(object, self._intercept(request))  # checked: an untyped intercept may return anything
        if answer is None:
            return None
        if not isinstance(answer, httpx.Response):
            raise ConfigurationError(
                f"intercept must return an httpx.Response or None, not {type(answer).__name__}"
            )
        answer.request = request
        return answer

    def _redact(self, request: httpx.Request | None) -> None:
        """Blank the credentials in a request that has been sent: responses and exceptions keep their
        request, and httpx masks Authorization in a repr but not X-Auth-Key."""
        if request is None:
            return
        for name in self._auth_headers:
            if name in request.headers:
                request.headers[name] = "[redacted]"

    def _next_delay(
        self, spec: RequestSpec, attempt: int, response: httpx.Response | None, error: Exception | None
    ) -> float | None:
        """Seconds to wait before sending again, or None when this attempt's outcome is final. A server
        that asks to wait longer than MAX_RETRY_AFTER gets its error raised, carrying `retry_after`.
        A 429 holds every request of the client for the wait, not only this call's retry."""
        limited = response is not None and response.status_code == 429
        retry = attempt < self.max_retries and should_retry(spec.method, response, error)
        if not (retry or limited):
            return None
        headers = response.headers if response is not None else None
        asked = retry_after_seconds(headers)
        if asked is not None and asked > MAX_RETRY_AFTER:
            return None
        delay = retry_delay(attempt, headers)
        if limited:
            self._shared.pacer.hold(self._shared.clock() + delay)
        return delay if retry else None

    def _failed_send(self, error: Exception, spec: RequestSpec, call: _Call) -> EmailSecurityError:
        """What an exception from httpx's send (other than a transport error) amounts to. A close() in
        another thread or task makes httpx raise a bare RuntimeError: that is ClientClosedError."""
        if self._shared.closed:
            return self._closed_error()
        if isinstance(error, httpx.HTTPError):  # a body that cannot be decoded, say
            return self._transport_error(error, spec, call, acted=False)
        raise error

    def _next_turn(
        self,
        spec: RequestSpec,
        attempt: int,
        response: httpx.Response | None,
        error: Exception | None,
        started: float,
        call: _Call,
    ) -> tuple[Turn, float] | None:
        """Log one attempt; the turn of the next and the seconds to wait for it, or None when this one
        is final: no retry is due, or the wait before it would end past the call's deadline."""
        self._log_attempt(spec, response, started)
        delay = self._next_delay(spec, attempt, response, error)
        if delay is None:
            return None
        return self._turn(spec, delay, call.deadline, attempt)

    def _turn(
        self, spec: RequestSpec, delay: float, latest: float | None, attempt: int = -1
    ) -> tuple[Turn, float] | None:
        """A turn `delay` seconds from now or later, and the wait for it; None if past `latest`."""
        now = self._shared.clock()
        turn = self._shared.pacer.admit(now + delay, latest)
        if turn is None:
            logger.debug(
                "not retrying %s %s: the wait would end past the call's timeout", spec.method, spec.path
            )
            return None
        wait = delay if turn.at == now + delay else turn.at - now  # as asked, when nothing moved it
        if attempt >= 0:
            self._log_retry(spec, attempt, wait)
        return turn, wait

    def _outcome(
        self,
        spec: RequestSpec,
        response: httpx.Response | None,
        error: Exception | None,
        acted: bool,
        call: _Call,
    ) -> tuple[httpx.Response, Any]:
        """The final attempt's response and envelope, or the typed error it amounts to; `acted`: an
        earlier attempt may have been carried out."""
        if error is not None:
            raise self._transport_error(error, spec, call, acted) from error
        assert response is not None
        if acted and spec.method == "DELETE" and response.status_code == 404 and spec.gone is not None:
            # The first attempt may have deleted it: the entry is gone, which is what was asked.
            logger.info("%s %s: 404 after a retry, so an earlier attempt deleted it", spec.method, spec.path)
            return response, {"success": True, "errors": [], "messages": [], "result": spec.gone}
        return response, self._decode(response, spec, acted)

    @staticmethod
    def _decode(response: httpx.Response, spec: RequestSpec, acted: bool = False) -> Any:
        """The envelope of a response, or the typed error it amounts to; None for 204 No Content."""
        if response.status_code == 204:
            return None
        problem = "expected a JSON object"
        try:
            body = loads(response.content)
        except RecursionError:
            body, problem = None, "the JSON is nested too deeply to read"
        except ValueError:
            body = None
        if not response.is_success:
            unknown = True if acted and spec.method in WRITE_METHODS else None
            raise status_error(
                response, body, method=spec.method, url=_url_of(response), outcome_unknown=unknown
            )
        if not isinstance(body, dict):
            raise ResponseValidationError("response", f"{problem} from {spec.method} {_url_of(response)}")
        envelope = cast("dict[str, Any]", body)
        if envelope.get("success") is False:
            raise status_error(response, envelope, method=spec.method, url=_url_of(response))
        return envelope

    @staticmethod
    def _parse(parse: Parser[T], body: Any) -> T:
        try:
            return parse(body)
        except RecursionError:
            raise ResponseValidationError("response", "the JSON is nested too deeply to read") from None

    def _transport_error(
        self, error: Exception, spec: RequestSpec, call: _Call, acted: bool
    ) -> EmailSecurityError:
        url = self.base_url + spec.path
        if isinstance(error, httpx.DecodingError):
            return ResponseValidationError(
                "response", f"the body of {spec.method} {url} could not be decoded"
            )
        unknown = spec.method in WRITE_METHODS and (acted or may_have_acted(None, error))
        if isinstance(error, httpx.TimeoutException):
            message = f"{spec.method} {url} timed out"
            if call.passed():
                message = (
                    f"{spec.method} {url} got no complete answer within {call.budget:g} s, the call's "
                    "timeout (it covers every attempt and the waits between them)"
                )
            return APITimeoutError(message, method=spec.method, url=url, outcome_unknown=unknown)
        return APIConnectionError(
            f"{spec.method} {url} failed: {type(error).__name__}",
            method=spec.method,
            url=url,
            outcome_unknown=unknown,
        )

    def _log_attempt(self, spec: RequestSpec, response: httpx.Response | None, started: float) -> None:
        if logger.isEnabledFor(logging.INFO):
            status = response.status_code if response is not None else "no response"
            ray = response.headers.get("cf-ray") if response is not None else None
            elapsed = (time.perf_counter() - started) * 1000
            logger.info(
                "%s %s -> %s in %.1f ms%s",
                spec.method,
                self.base_url + spec.path,
                status,
                elapsed,
                f" (cf-ray {ray})" if ray else "",
            )

    def _log_retry(self, spec: RequestSpec, attempt: int, delay: float) -> None:
        logger.debug(
            "retrying %s %s in %.2f s (retry %d of %d)",
            spec.method,
            spec.path,
            delay,
            attempt + 1,
            self.max_retries,
        )


class SyncClient(BaseClient[httpx.Client, httpx.BaseTransport]):
    """Sends requests with an httpx.Client (the client's own, or one passed in)."""

    @property
    def _http(self) -> httpx.Client:
        """The connection pool: the one passed in, or this client's own, made on first use."""
        http: httpx.Client | None = self._shared.http
        if http is None:
            with self._shared.lock:  # two threads making the first request build one pool, not two
                http = self._shared.http
                if http is None:
                    self._ensure_open()  # nor one that close() in another thread would miss
                    http = self._shared.http = httpx.Client(
                        transport=self._transport, **self._new_pool_options()
                    )
        return http

    def close(self) -> None:
        """Close the connection pool (if this client created it); later calls raise ClientClosedError."""
        with self._shared.lock:
            self._shared.closed = True
            if self._owns_http and self._shared.http is not None:
                self._shared.http.close()

    def __enter__(self: ClientT) -> ClientT:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def send(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None = None) -> T:
        return self._parse(parse, self._envelope(spec, options)[1])

    def send_raw(
        self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None = None
    ) -> RawResponse[T]:
        response, body = self._envelope(spec, options)
        return RawResponse(response, self._parse(parse, body))

    def _envelope(self, spec: RequestSpec, options: RequestOptions | None) -> tuple[httpx.Response, Any]:
        options = self._checked_options(options)
        self._ensure_open()
        call = self._call(options)
        first = self._turn(spec, 0.0, None)
        assert first is not None  # a first attempt is never refused a turn
        turn = first[0]
        self._wait(*first, None)
        call.start()
        attempt, acted = 0, False
        while True:
            started = time.perf_counter()
            response, error = self._attempt(spec, options, call, turn)
            retry = self._next_turn(spec, attempt, response, error, started, call)
            if retry is not None and response is not None:
                response.close()  # its body is read: the error it makes, if final, can still show it
            if retry is None or not self._wait(*retry, call.deadline):
                return self._outcome(spec, response, error, acted, call)
            acted = acted or may_have_acted(response, error)
            turn = retry[0]
            attempt += 1

    def _attempt(
        self, spec: RequestSpec, options: RequestOptions | None, call: _Call, turn: Turn
    ) -> tuple[httpx.Response | None, Exception | None]:
        """Send once: the response with its body read, or the transport error."""
        http = self._http
        request = self._http_request(http, spec, options, call.attempt_timeout())
        try:
            answer = self._intercepted(request)
            if answer is not None:
                answer.read()
                return answer, None
            return self._read(http, request, call), None
        except httpx.TransportError as exc:
            return None, exc
        except Exception as exc:
            raise self._failed_send(exc, spec, call) from None
        finally:
            self._redact(request)
            self._shared.pacer.finished(turn, self._shared.clock())

    @staticmethod
    def _read(http: httpx.Client, request: httpx.Request, call: _Call) -> httpx.Response:
        """The response, its body read in chunks that stop once the call's deadline has passed."""
        if call.deadline is None:
            return http.send(request)
        response = http.send(request, stream=True)
        try:
            if not response.is_stream_consumed and isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _DeadlineStream(response.stream, response, call)
            response.read()
        except BaseException:
            response.close()
            raise
        return response

    def _wait(self, turn: Turn, wait: float, latest: float | None) -> bool:
        """Sleep `wait` seconds to `turn`, and on while a 429 elsewhere holds the client; False when
        that would end past `latest`. ClientClosedError when the client was closed meanwhile."""
        clock = self._shared.clock
        while wait > 0:
            started = time.monotonic()
            (self._sleep or time.sleep)(wait)
            clock.slept(wait, started)
            if self._shared.closed:
                raise self._closed_error()
            more = self._shared.pacer.wait_more(turn, latest, clock())
            if more is None:
                return False
            wait = more
        return True


class AsyncClient(BaseClient[httpx.AsyncClient, httpx.AsyncBaseTransport]):
    """Sends requests with an httpx.AsyncClient (the client's own, or one passed in).

    A pool belongs to the event loop it first ran on: using the client from another loop (a second
    `asyncio.run`) raises EventLoopError instead of httpx's bare RuntimeError.
    """

    def _pool(self, loop: object) -> httpx.AsyncClient:
        """The connection pool for the running loop: made on first use, refused from another loop."""
        shared = self._shared
        if shared.loop is None:
            shared.loop = loop
        elif shared.loop is not loop:
            raise EventLoopError(
                f"{type(self).__name__} was first used in another event loop; create one client per loop"
            )
        http: httpx.AsyncClient | None = shared.http
        if http is None:  # no await in between: one event loop cannot build two
            http = shared.http = httpx.AsyncClient(transport=self._transport, **self._new_pool_options())
        return http

    async def close(self) -> None:
        """Close the connection pool (if this client created it); later calls raise ClientClosedError."""
        self._shared.closed = True
        if self._owns_http and self._shared.http is not None:
            await self._shared.http.aclose()

    async def __aenter__(self: ClientT) -> ClientT:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def send(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None = None) -> T:
        return self._parse(parse, (await self._envelope(spec, options))[1])

    async def send_raw(
        self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None = None
    ) -> RawResponse[T]:
        response, body = await self._envelope(spec, options)
        return RawResponse(response, self._parse(parse, body))

    async def _envelope(
        self, spec: RequestSpec, options: RequestOptions | None
    ) -> tuple[httpx.Response, Any]:
        import asyncio

        options = self._checked_options(options)
        self._ensure_open()
        loop = asyncio.get_running_loop()
        call = self._call(options)
        first = self._turn(spec, 0.0, None)
        assert first is not None  # a first attempt is never refused a turn
        turn = first[0]
        await self._wait(*first, None)
        call.start()
        attempt, acted = 0, False
        while True:
            started = time.perf_counter()
            response, error = await self._attempt(self._pool(loop), spec, options, call, turn)
            retry = self._next_turn(spec, attempt, response, error, started, call)
            if retry is not None and response is not None:
                await response.aclose()  # its body is read: the error it makes, if final, can still show it
            if retry is None or not await self._wait(*retry, call.deadline):
                return self._outcome(spec, response, error, acted, call)
            acted = acted or may_have_acted(response, error)
            turn = retry[0]
            attempt += 1

    async def _attempt(
        self,
        http: httpx.AsyncClient,
        spec: RequestSpec,
        options: RequestOptions | None,
        call: _Call,
        turn: Turn,
    ) -> tuple[httpx.Response | None, Exception | None]:
        """Send once: the response with its body read, or the transport error; past the call's
        deadline, a read timeout."""
        import asyncio

        request = self._http_request(http, spec, options, call.attempt_timeout())
        left = call.left()
        try:
            answer = self._intercepted(request)
            if answer is not None:
                await answer.aread()
                return answer, None
            if left is None:
                return await http.send(request), None
            return await _within(http.send(request), left), None
        except asyncio.TimeoutError:
            return None, httpx.ReadTimeout("the call's deadline passed", request=request)
        except httpx.TransportError as exc:
            return None, exc
        except Exception as exc:
            raise self._failed_send(exc, spec, call) from None
        finally:
            self._redact(request)
            self._shared.pacer.finished(turn, self._shared.clock())

    async def _wait(self, turn: Turn, wait: float, latest: float | None) -> bool:
        """Sleep `wait` seconds to `turn`, and on while a 429 elsewhere holds the client; False when
        that would end past `latest`. ClientClosedError when the client was closed meanwhile."""
        import asyncio

        sleep = self._sleep or asyncio.sleep
        clock = self._shared.clock
        while wait > 0:
            started = time.monotonic()
            waited = sleep(wait)
            if inspect.isawaitable(waited):
                await waited
            clock.slept(wait, started)
            if self._shared.closed:
                raise self._closed_error()
            more = self._shared.pacer.wait_more(turn, latest, clock())
            if more is None:
                return False
            wait = more
        return True
