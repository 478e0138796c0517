"""What every generated resource method does once its signature has declared the arguments.

A method passes `locals()`: its own arguments by name, exactly as its signature declares them, so
the signature is the only place they are written. The operation's request builder (in
`_requests/<resource>.py`) reads them by name, checks them against the spec and returns the
RequestSpec; the resource sends it with the client's transport.

The raw-response view wraps the same bound methods: `to_raw_response(resource.create)` keeps the
method's parameters (ParamSpec) and answers with RawResponse[result] instead of the result. A
context variable tells `_call` and `_pages` which of the two the caller asked for, so nothing is
declared a second time.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._cursor_pagination import AsyncCursorPager, CursorPage, SyncCursorPager
from ._pagination import AsyncPager, Page, SyncPager
from .types import RawResponse, RequestOptions, RequestSpec, Unset

if TYPE_CHECKING:
    from ._base_client import AsyncClient, SyncClient

P = ParamSpec("P")
T = TypeVar("T")
PageT = TypeVar("PageT", bound="Page[Any]")
CursorPageT = TypeVar("CursorPageT", bound="CursorPage[Any]")
Arguments = Mapping[str, Any]  # a method's locals(): its arguments by name
Builder = Callable[[str, Arguments], RequestSpec]  # (the call's account, the arguments) -> the request
Parser = Callable[[Any], T]

_raw_response: ContextVar[bool] = ContextVar("cf_email_security_raw_response", default=False)


def _options(arguments: Arguments) -> RequestOptions | None:
    return RequestOptions.of(arguments["timeout"], arguments["extra_headers"], arguments["extra_query"])


def _first_cursor(arguments: Arguments) -> str | None:
    cursor = arguments["cursor"]
    return None if isinstance(cursor, Unset) or not cursor else str(cursor)


class SyncResource:
    """The base of every sync resource: its client, and the one way its methods send."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def _call(self, build: Builder, parse: Parser[T], arguments: Arguments) -> T:
        """Build (and so validate, before any I/O) the request, send it and parse its result."""
        spec = build(self._client.resolve_account(arguments["account_id"]), arguments)
        if _raw_response.get():
            return cast(T, self._client.send_raw(spec, parse, _options(arguments)))
        return self._client.send(spec, parse, _options(arguments))

    def _pages(self, build: Builder, parse: Parser[PageT], arguments: Arguments) -> SyncPager[Any, PageT]:
        """A lazy walk from the requested page on; the first page's request is built (validated) now."""
        account = self._client.resolve_account(arguments["account_id"])
        first, first_page, options = build(account, arguments), arguments["page"], _options(arguments)
        if _raw_response.get():  # the raw view: that one page, with its response
            return cast(SyncPager[Any, PageT], self._client.send_raw(first, parse, options))

        def fetch(number: int) -> PageT:
            spec = first if number == first_page else build(account, {**arguments, "page": number})
            return self._client.send(spec, parse, options)

        return SyncPager(fetch, first_page=first_page, per_page=arguments["per_page"])

    def _cursor_pages(
        self, build: Builder, parse: Parser[CursorPageT], arguments: Arguments
    ) -> SyncCursorPager[Any, CursorPageT]:
        """A lazy cursor walk from the given cursor on; the first page's request is built (validated) now."""
        account = self._client.resolve_account(arguments["account_id"])
        first, start, options = build(account, arguments), _first_cursor(arguments), _options(arguments)
        if _raw_response.get():  # the raw view: that one page, with its response
            return cast(SyncCursorPager[Any, CursorPageT], self._client.send_raw(first, parse, options))

        def fetch(cursor: str | None) -> CursorPageT:
            spec = first if cursor == start else build(account, {**arguments, "cursor": cursor})
            return self._client.send(spec, parse, options)

        return SyncCursorPager(fetch, first_cursor=start)


class AsyncResource:
    """The base of every async resource: its client, and the one way its methods send."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _call(self, build: Builder, parse: Parser[T], arguments: Arguments) -> T:
        """Build (and so validate, before any I/O) the request, send it and parse its result."""
        spec = build(self._client.resolve_account(arguments["account_id"]), arguments)
        if _raw_response.get():
            return cast(T, await self._client.send_raw(spec, parse, _options(arguments)))
        return await self._client.send(spec, parse, _options(arguments))

    def _pages(self, build: Builder, parse: Parser[PageT], arguments: Arguments) -> AsyncPager[Any, PageT]:
        """A lazy walk from the requested page on; the first page's request is built (validated) now."""
        account = self._client.resolve_account(arguments["account_id"])
        first, first_page, options = build(account, arguments), arguments["page"], _options(arguments)
        if _raw_response.get():  # the raw view: a coroutine of that one page, with its response
            return cast(AsyncPager[Any, PageT], self._client.send_raw(first, parse, options))

        async def fetch(number: int) -> PageT:
            spec = first if number == first_page else build(account, {**arguments, "page": number})
            return await self._client.send(spec, parse, options)

        return AsyncPager(fetch, first_page=first_page, per_page=arguments["per_page"])

    def _cursor_pages(
        self, build: Builder, parse: Parser[CursorPageT], arguments: Arguments
    ) -> AsyncCursorPager[Any, CursorPageT]:
        """A lazy cursor walk from the given cursor on; the first page's request is built (validated) now."""
        account = self._client.resolve_account(arguments["account_id"])
        first, start, options = build(account, arguments), _first_cursor(arguments), _options(arguments)
        if _raw_response.get():  # the raw view: a coroutine of that one page, with its response
            return cast(AsyncCursorPager[Any, CursorPageT], self._client.send_raw(first, parse, options))

        async def fetch(cursor: str | None) -> CursorPageT:
            spec = first if cursor == start else build(account, {**arguments, "cursor": cursor})
            return await self._client.send(spec, parse, options)

        return AsyncCursorPager(fetch, first_cursor=start)


def to_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The method, answering with its RawResponse: status, headers, cf-ray and the parsed result."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _raw_response.set(True)
        try:
            return cast(RawResponse[T], method(*args, **kwargs))
        finally:
            _raw_response.reset(token)

    return raw


def async_to_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async method, answering with its RawResponse."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _raw_response.set(True)
        try:
            return cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            _raw_response.reset(token)

    return raw


def to_raw_page(method: Callable[P, SyncPager[Any, PageT]]) -> Callable[P, RawResponse[PageT]]:
    """A `list` method, fetching the one page it starts at and answering with its RawResponse."""
    return cast(Callable[P, RawResponse[PageT]], to_raw_response(method))


def async_to_raw_page(
    method: Callable[P, AsyncPager[Any, PageT]],
) -> Callable[P, Awaitable[RawResponse[PageT]]]:
    """An async `list` method, fetching the one page it starts at and answering with its RawResponse."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[PageT]:
        token = _raw_response.set(True)
        try:
            page: Awaitable[RawResponse[PageT]] = cast(Any, method(*args, **kwargs))
        finally:
            _raw_response.reset(token)
        return await page

    return raw


def to_raw_cursor_page(
    method: Callable[P, SyncCursorPager[Any, CursorPageT]],
) -> Callable[P, RawResponse[CursorPageT]]:
    """A cursor-paginated `list` method, fetching the one page it starts at, with its RawResponse."""
    return cast(Callable[P, RawResponse[CursorPageT]], to_raw_response(method))


def async_to_raw_cursor_page(
    method: Callable[P, AsyncCursorPager[Any, CursorPageT]],
) -> Callable[P, Awaitable[RawResponse[CursorPageT]]]:
    """An async cursor-paginated `list` method, fetching the one page it starts at, with its RawResponse."""
    return cast(Callable[P, Awaitable[RawResponse[CursorPageT]]], async_to_raw_page(cast(Any, method)))
