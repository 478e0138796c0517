"""Small values every module shares: the UNSET marker, a prepared request and a raw response."""

from __future__ import annotations

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

    __slots__ = ("json", "method", "params", "path")

    def __init__(self, method: str, path: str, params: QueryPairs | None = None, json: Any = None) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.json = json

    def __repr__(self) -> str:
        return f"RequestSpec({self.method} {self.path})"


class RawResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from (status, headers such as cf-ray)."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self.parsed = parsed

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
