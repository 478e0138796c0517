"""What every generated resource method does once its signature has declared the arguments.

A method hands over a finished request: it calls its operation's typed builder (`build_<method>` in
`_requests/<resource>.py`) with its arguments by name, and the builder checks them against the spec
(so that bad input raises before any I/O) and returns the RequestSpec. `_call` sends it with the
client's transport and parses the answer. A list passes a function from a page number (or a cursor)
to that page's request instead: `_pages` builds the first page's request at once, so that it too is
checked before anything is sent, and the pager builds the others as it reaches them.

The raw-response view wraps the same bound methods: `to_raw_response(resource.create)` keeps the
method's parameters (ParamSpec) and answers with RawResponse[result] instead of the result. A
context variable tells `_call` and `_pages` which of the two the caller asked for, so nothing is
declared a second time.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
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
PageRequest = Callable[[int], RequestSpec]  # a page number -> that page's request
CursorRequest = Callable[[str | Unset], RequestSpec]  # a cursor (UNSET: the first page) -> its request
Parser = Callable[[Any], T]

_raw_response: ContextVar[bool] = ContextVar("cf_email_security_raw_response", default=False)


def _start(cursor: str | Unset) -> str | None:
    """The cursor a walk starts at, as the pager compares cursors: None for the first page."""
    return None if isinstance(cursor, Unset) or not cursor else str(cursor)


class SyncResource:
    """The base of every sync resource: its client, and the one way its methods send."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def _account(self, account_id: str | None) -> str:
        """The account of one call: the argument when given, else the client's."""
        return self._client.resolve_account(account_id)

    def _call(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None) -> T:
        """Send the request (built, and so checked, by the caller) and parse its result."""
        if _raw_response.get():
            return cast(T, self._client.send_raw(spec, parse, options))
        return self._client.send(spec, parse, options)

    def _pages(
        self,
        request: PageRequest,
        parse: Parser[PageT],
        *,
        first_page: int,
        per_page: int,
        options: RequestOptions | None,
    ) -> SyncPager[Any, PageT]:
        """A lazy walk from `first_page` on; that page's request is built (so checked) now."""
        first = request(first_page)
        if _raw_response.get():  # the raw view: that one page, with its response
            return cast(SyncPager[Any, PageT], self._client.send_raw(first, parse, options))

        def fetch(number: int) -> PageT:
            spec = first if number == first_page else request(number)
            return self._client.send(spec, parse, options)

        return SyncPager(fetch, first_page=first_page, per_page=per_page)

    def _cursor_pages(
        self,
        request: CursorRequest,
        parse: Parser[CursorPageT],
        *,
        first_cursor: str | Unset,
        options: RequestOptions | None,
    ) -> SyncCursorPager[Any, CursorPageT]:
        """A lazy cursor walk from `first_cursor` on; that page's request is built (so checked) now."""
        first, start = request(first_cursor), _start(first_cursor)
        if _raw_response.get():  # the raw view: that one page, with its response
            return cast(SyncCursorPager[Any, CursorPageT], self._client.send_raw(first, parse, options))

        def fetch(cursor: str | None) -> CursorPageT:
            spec = first if cursor == start or cursor is None else request(cursor)
            return self._client.send(spec, parse, options)

        return SyncCursorPager(fetch, first_cursor=start)


class AsyncResource:
    """The base of every async resource: its client, and the one way its methods send."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def _account(self, account_id: str | None) -> str:
        """The account of one call: the argument when given, else the client's."""
        return self._client.resolve_account(account_id)

    async def _call(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None) -> T:
        """Send the request (built, and so checked, by the caller) and parse its result."""
        if _raw_response.get():
            return cast(T, await self._client.send_raw(spec, parse, options))
        return await self._client.send(spec, parse, options)

    def _pages(
        self,
        request: PageRequest,
        parse: Parser[PageT],
        *,
        first_page: int,
        per_page: int,
        options: RequestOptions | None,
    ) -> AsyncPager[Any, PageT]:
        """A lazy walk from `first_page` on; that page's request is built (so checked) now."""
        first = request(first_page)
        if _raw_response.get():  # the raw view: a coroutine of that one page, with its response
            return cast(AsyncPager[Any, PageT], self._client.send_raw(first, parse, options))

        async def fetch(number: int) -> PageT:
            spec = first if number == first_page else request(number)
            return await self._client.send(spec, parse, options)

        return AsyncPager(fetch, first_page=first_page, per_page=per_page)

    def _cursor_pages(
        self,
        request: CursorRequest,
        parse: Parser[CursorPageT],
        *,
        first_cursor: str | Unset,
        options: RequestOptions | None,
    ) -> AsyncCursorPager[Any, CursorPageT]:
        """A lazy cursor walk from `first_cursor` on; that page's request is built (so checked) now."""
        first, start = request(first_cursor), _start(first_cursor)
        if _raw_response.get():  # the raw view: a coroutine of that one page, with its response
            return cast(AsyncCursorPager[Any, CursorPageT], self._client.send_raw(first, parse, options))

        async def fetch(cursor: str | None) -> CursorPageT:
            spec = first if cursor == start or cursor is None else request(cursor)
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
