"""Walking a list operation page by page, lazily, without an extra empty page and without looping.

A walk stops when a page comes back short, when `result_info` says every item has been seen, or when
the server ignores `page` (the same page comes back again), which ends the walk with a warning
instead of the endless loop the official SDK falls into.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    import asyncio

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Page[Any]")

DEFAULT_PER_PAGE = 100
ASYNC_CONCURRENCY = 8  # pages in flight at once when the async walk knows the total


class ResultInfoLike(Protocol):
    @property
    def count(self) -> int: ...
    @property
    def page(self) -> int: ...
    @property
    def per_page(self) -> int: ...
    @property
    def total_count(self) -> int: ...


class Page(Protocol[ItemT]):
    @property
    def result(self) -> list[ItemT]: ...
    @property
    def result_info(self) -> ResultInfoLike: ...


class PageIgnoredWarning(UserWarning):
    """The server answered a request for page n with the page it had already sent."""


def _signature(page: Page[Any]) -> tuple[Any, ...]:
    """What identifies a page's items: their ids (repr only for items without one, as it is costly)."""
    return tuple(item.id if hasattr(item, "id") else repr(item) for item in page.result)


class _Walk:
    """The stopping rule shared by the sync and async pagers."""

    def __init__(self, first_page: int, per_page: int) -> None:
        self.page = first_page
        self.per_page = per_page
        self.seen = 0
        self.previous: tuple[Any, ...] | None = None

    def last_page(self, page: Page[Any]) -> int | None:
        """The number of the last page, if result_info tells it."""
        info = page.result_info
        per_page = info.per_page or self.per_page
        return math.ceil(info.total_count / per_page) if info.total_count and per_page else None

    def accept(self, page: Page[Any]) -> bool:
        """Record one fetched page; True if it is new (its items should be yielded)."""
        signature = _signature(page)
        info = page.result_info
        if signature and (signature == self.previous or (info.page and info.page != self.page)):
            warnings.warn(
                f"the server ignored page={self.page} (it sent page {info.page} again); stopping the walk",
                PageIgnoredWarning,
                stacklevel=4,
            )
            return False
        self.previous = signature
        self.seen += len(page.result)
        return True

    def more(self, page: Page[Any]) -> bool:
        """Whether another page can hold items, judged without asking for it."""
        info = page.result_info
        per_page = info.per_page or self.per_page
        if len(page.result) < per_page or not page.result:
            return False
        if info.total_count and self.page * per_page >= info.total_count:
            return False
        self.page += 1
        return True


class SyncPager(Generic[ItemT, PageT]):
    """Every item of every page, fetched lazily as the iteration reaches it; `pages()` for the pages."""

    def __init__(self, fetch: Callable[[int], PageT], *, first_page: int, per_page: int) -> None:
        self._fetch = fetch
        self._first_page = first_page
        self._per_page = per_page

    def pages(self) -> Iterator[PageT]:
        walk = _Walk(self._first_page, self._per_page)
        while True:
            page = self._fetch(walk.page)
            if not walk.accept(page):
                return
            yield page
            if not walk.more(page):
                return

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.result

    def to_list(self) -> list[ItemT]:
        return list(self)


class AsyncPager(Generic[ItemT, PageT]):
    """`async for` over every item of every page; `pages()` for the pages."""

    def __init__(
        self,
        fetch: Callable[[int], Awaitable[PageT]],
        *,
        first_page: int,
        per_page: int,
        concurrency: int = ASYNC_CONCURRENCY,
    ) -> None:
        self._fetch = fetch
        self._first_page = first_page
        self._per_page = per_page
        self._concurrency = max(1, concurrency)

    async def pages(self) -> AsyncIterator[PageT]:
        """Pages in order. Once the first page gives the total, up to ASYNC_CONCURRENCY of the
        remaining pages are fetched at once; a short or repeated page still ends the walk."""
        import asyncio  # here, not at the top: sync users should not pay for importing asyncio

        walk = _Walk(self._first_page, self._per_page)
        page = await self._fetch(walk.page)
        if not walk.accept(page):
            return
        yield page
        last = walk.last_page(page)
        if not walk.more(page):
            return
        if last is None:
            while True:
                page = await self._fetch(walk.page)
                if not walk.accept(page):
                    return
                yield page
                if not walk.more(page):
                    return
        numbers = iter(range(walk.page, last + 1))
        in_flight: list[tuple[int, asyncio.Task[PageT]]] = []
        try:
            while True:
                while len(in_flight) < self._concurrency and (number := next(numbers, None)) is not None:
                    in_flight.append((number, asyncio.ensure_future(self._fetch(number))))
                if not in_flight:
                    return
                walk.page, task = in_flight.pop(0)
                page = await task
                if not walk.accept(page):
                    return
                yield page
                if len(page.result) < (page.result_info.per_page or self._per_page):
                    return
        finally:
            for _, task in in_flight:
                task.cancel()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.result:
                yield item

    async def to_list(self) -> list[ItemT]:
        return [item async for item in self]
