"""The transport every operation goes through: configuration, auth, retries, the envelope and errors.

Endpoint modules build a RequestSpec and a parser; the clients here send it, retry where that is
safe, unwrap Cloudflare's envelope and raise the typed errors of `errors.py`. Nothing here is specific
to one operation.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    ResponseValidationError,
    status_error,
)
from .types import RawResponse, RequestSpec

T = TypeVar("T")
Parser = Callable[[Any], T]
ClientT = TypeVar("ClientT", bound="BaseClient")

logger = logging.getLogger("cf_email_security")

VERSION = "0.1.0"
DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
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
    if headers is not None:
        asked = _retry_after(headers)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def _retry_after(headers: httpx.Headers) -> float | None:
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    import email.utils  # rare path; importing it up front costs every user ~20 ms

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return None if when is None else when.timestamp() - time.time()


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
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout)):
        return True
    return idempotent and isinstance(error, httpx.TransportError)


class _Shared:
    """What a client and its with_options() views share: the connection pool and whether it is closed.

    The pool (an httpx client) is made on the first request, not in the constructor: making one
    imports httpcore and loads the CA bundle into an SSL context, tens of milliseconds that a
    process which only builds a client, or whose calls fail validation, need not pay.
    """

    __slots__ = ("closed", "http", "lock")

    def __init__(self) -> None:
        self.closed = False
        self.http: Any = None  # an httpx.Client or httpx.AsyncClient
        self.lock = threading.Lock()


def _url_of(response: httpx.Response) -> str:
    """The URL a response answered, without its query: built for errors only, as it costs a URL parse."""
    return str(response.request.url.copy_with(query=None))


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A timeout as given; a plain number caps the connect phase at 5 s as the default does."""
    return (
        timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, connect=min(timeout, 5.0))
    )


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError("max_retries must be an integer >= 0")
    return value


class BaseClient:
    """Configuration shared by the sync and async clients; no I/O here."""

    _sleep: Callable[[float], Any] = staticmethod(time.sleep)

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
        default_headers: dict[str, str] | None = None,
    ) -> None:
        if not api_token and not (api_key or email):  # explicit arguments win over any variable
            api_token = os.environ.get(ENV["api_token"]) or None
            if not api_token:
                api_key = os.environ.get(ENV["api_key"]) or None
                email = os.environ.get(ENV["email"]) or None
        self.account_id = account_id or os.environ.get(ENV["account_id"]) or ""
        self.base_url = (base_url or os.environ.get(ENV["base_url"]) or DEFAULT_BASE_URL).rstrip("/")
        if not api_token and not (api_key and email):
            raise ConfigurationError(
                "no credentials: pass api_token= (or set CLOUDFLARE_API_TOKEN), or api_key= and email= "
                "(or set CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL)"
            )
        if not self.account_id:
            raise ConfigurationError("no account id: pass account_id= or set CLOUDFLARE_ACCOUNT_ID")
        url = urlsplit(self.base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ConfigurationError("base_url must be an absolute http(s) URL")
        if url.scheme != "https" and not _is_loopback(url.hostname):
            raise ConfigurationError(
                "base_url must use https: credentials are sent in plain http only to loopback hosts"
            )
        self.auth_scheme = "api_token" if api_token else "api_key"
        self._auth_headers = (
            {"Authorization": f"Bearer {api_token}"}
            if api_token
            else {"X-Auth-Key": str(api_key), "X-Auth-Email": str(email)}
        )
        self.timeout = DEFAULT_TIMEOUT if timeout is None else _timeout(timeout)
        self.max_retries = _max_retries(max_retries)
        self.headers = {
            "User-Agent": f"cloudflare-email-security/{VERSION} httpx/{httpx.__version__}",
            "Accept": "application/json",
            **(default_headers or {}),
        }
        self._shared = _Shared()  # shared with with_options() views: closing one closes all
        self._resources: dict[str, Any] = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, account_id={self.account_id!r}, "
            f"auth={self.auth_scheme!r})"
        )

    def _resource(self, name: str, factory: Callable[[Any], T]) -> T:
        """A resource object, made on first use so that its models are imported only then."""
        resource = self._resources.get(name)
        if resource is None:
            resource = self._resources[name] = factory(self)
        return resource

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
        clone.__dict__.update(self.__dict__)
        clone._resources = {}
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _max_retries(max_retries)
        return clone

    def _ensure_open(self) -> None:
        if self._shared.closed:
            raise ClientClosedError(f"{type(self).__name__} is closed; create a new client")

    def _http_request(self, http: httpx.Client | httpx.AsyncClient, spec: RequestSpec) -> httpx.Request:
        return http.build_request(
            spec.method,
            self.base_url + spec.path,
            params=spec.params,
            json=spec.json,
            headers={**self.headers, **self._auth_headers},
            timeout=self.timeout,
        )

    @staticmethod
    def _decode(response: httpx.Response, spec: RequestSpec) -> Any:
        """The envelope of a response, or the typed error it amounts to."""
        try:
            body = response.json()
        except ValueError:
            body = None
        if not response.is_success:
            raise status_error(response, body, method=spec.method, url=_url_of(response))
        if not isinstance(body, dict):
            raise ResponseValidationError(
                "response", f"expected a JSON object from {spec.method} {_url_of(response)}"
            )
        if body.get("success") is False:
            raise status_error(response, body, method=spec.method, url=_url_of(response))
        return body

    def _transport_error(self, error: Exception, spec: RequestSpec) -> APIConnectionError:
        url = self.base_url + spec.path
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{spec.method} {url} timed out", method=spec.method, url=url)
        return APIConnectionError(
            f"{spec.method} {url} failed: {type(error).__name__}", method=spec.method, url=url
        )

    def _log_attempt(self, spec: RequestSpec, response: httpx.Response | None, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "no response"
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %s in %.1f ms", spec.method, self.base_url + spec.path, status, elapsed)

    def _log_retry(self, spec: RequestSpec, attempt: int, delay: float) -> None:
        logger.debug(
            "retrying %s %s in %.2f s (retry %d of %d)",
            spec.method,
            spec.path,
            delay,
            attempt + 1,
            self.max_retries,
        )


class SyncClient(BaseClient):
    """Sends requests with an httpx.Client (the client's own, or one passed in)."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._transport = transport
        self._shared.http = http_client

    @property
    def _http(self) -> httpx.Client:
        """The connection pool: the one passed in, or this client's own, made on first use."""
        http: httpx.Client | None = self._shared.http
        if http is None:
            with self._shared.lock:  # two threads making the first request build one pool, not two
                http = self._shared.http
                if http is None:
                    self._ensure_open()  # nor one that close() in another thread would miss
                    http = self._shared.http = httpx.Client(transport=self._transport, follow_redirects=False)
        return http

    def close(self) -> None:
        """Close the connection pool (if this client created it); later calls raise ClientClosedError."""
        with self._shared.lock:
            if self._owns_http and self._shared.http is not None:
                self._shared.http.close()
            self._shared.closed = True

    def __enter__(self: ClientT) -> ClientT:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def send(self, spec: RequestSpec, parse: Parser[T]) -> T:
        return parse(self._envelope(spec)[1])

    def send_raw(self, spec: RequestSpec, parse: Parser[T]) -> RawResponse[T]:
        response, body = self._envelope(spec)
        return RawResponse(response, parse(body))

    def _envelope(self, spec: RequestSpec) -> tuple[httpx.Response, Any]:
        self._ensure_open()
        http = self._http
        attempt = 0
        while True:
            request = self._http_request(http, spec)
            started = time.perf_counter()
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = http.send(request)
            except httpx.TransportError as exc:
                error = exc
            self._log_attempt(spec, response, started)
            if attempt < self.max_retries and should_retry(spec.method, response, error):
                delay = retry_delay(attempt, response.headers if response is not None else None)
                self._log_retry(spec, attempt, delay)
                if response is not None:
                    response.close()
                type(self)._sleep(delay)
                attempt += 1
                continue
            if error is not None:
                raise self._transport_error(error, spec) from error
            assert response is not None
            return response, self._decode(response, spec)


class AsyncClient(BaseClient):
    """Sends requests with an httpx.AsyncClient (the client's own, or one passed in)."""

    _async_sleep: Callable[[float], Any] | None = None

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._transport = transport
        self._shared.http = http_client

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool: the one passed in, or this client's own, made on first use."""
        http: httpx.AsyncClient | None = self._shared.http
        if http is None:  # no await in between: one event loop cannot build two
            http = self._shared.http = httpx.AsyncClient(transport=self._transport, follow_redirects=False)
        return http

    async def close(self) -> None:
        """Close the connection pool (if this client created it); later calls raise ClientClosedError."""
        if self._owns_http and self._shared.http is not None:
            await self._shared.http.aclose()
        self._shared.closed = True

    async def __aenter__(self: ClientT) -> ClientT:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def send(self, spec: RequestSpec, parse: Parser[T]) -> T:
        return parse((await self._envelope(spec))[1])

    async def send_raw(self, spec: RequestSpec, parse: Parser[T]) -> RawResponse[T]:
        response, body = await self._envelope(spec)
        return RawResponse(response, parse(body))

    async def _envelope(self, spec: RequestSpec) -> tuple[httpx.Response, Any]:
        import asyncio

        self._ensure_open()
        sleep = type(self)._async_sleep or asyncio.sleep
        http = self._http
        attempt = 0
        while True:
            request = self._http_request(http, spec)
            started = time.perf_counter()
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = await http.send(request)
            except httpx.TransportError as exc:
                error = exc
            self._log_attempt(spec, response, started)
            if attempt < self.max_retries and should_retry(spec.method, response, error):
                delay = retry_delay(attempt, response.headers if response is not None else None)
                self._log_retry(spec, attempt, delay)
                if response is not None:
                    await response.aclose()
                await sleep(delay)
                attempt += 1
                continue
            if error is not None:
                raise self._transport_error(error, spec) from error
            assert response is not None
            return response, self._decode(response, spec)
