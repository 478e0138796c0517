"""Small values every module shares: the UNSET marker, a prepared request and a raw response."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Generic, Literal, TypeVar

import httpx

T = TypeVar("T")
QueryPairs = list[tuple[str, str | int | float | bool | None]]


class Unset:
    """Marks an argument or field that was not given, as distinct from an explicit None (JSON null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


class RequestSpec:
    """What one operation sends, built and validated before any I/O so that bad input sends nothing."""

    __slots__ = ("gone", "json", "method", "params", "path")

    def __init__(
        self, method: str, path: str, params: QueryPairs | None = None, json: Any = None, gone: Any = None
    ) -> None:
        self.method: str = method
        self.path: str = path
        self.params: QueryPairs | None = params
        self.json: Any = json
        # For a DELETE: the result to report when a re-sent request finds the entry already gone (404).
        self.gone: Any = gone

    def __repr__(self) -> str:
        return f"RequestSpec({self.method} {self.path})"


class RequestOptions:
    """Per-call settings that override the client's for one request: timeout, extra headers and query.

    `extra_headers` cannot replace the credentials: Authorization and X-Auth-* are the client's.
    """

    __slots__ = ("extra_headers", "extra_query", "timeout")

    def __init__(
        self,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        self.timeout: float | httpx.Timeout | None = timeout
        self.extra_headers: Mapping[str, str] | None = extra_headers
        self.extra_query: Mapping[str, str | int | float | bool] | None = extra_query

    @classmethod
    def of(
        cls,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RequestOptions | None:
        """The options of one call, or None when it sets none (the common, cheapest case)."""
        if timeout is None and extra_headers is None and extra_query is None:
            return None
        return cls(timeout, extra_headers, extra_query)

    def __repr__(self) -> str:
        headers = sorted(self.extra_headers or ())  # names only: a header value may be a secret
        return f"RequestOptions(timeout={self.timeout!r}, extra_headers={headers}, extra_query=...)"


class RawResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from (status, headers such as cf-ray)."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response: httpx.Response = http_response
        self.parsed: T = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def cf_ray(self) -> str | None:
        value = self.http_response.headers.get("cf-ray")
        return None if value is None else str(value)

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={self.parsed!r})"
