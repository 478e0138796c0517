"""Walking a list operation page by page, lazily, without an extra empty page and without looping.

A walk stops when a page comes back short or empty, when `result_info` (which a page may lack) says
every item has been seen, or when the server ignores `page` (a page brings nothing new), which ends
the walk with a warning instead of the endless loop the official SDK falls into.

A walk is complete and unique, or it says so. Offsets shift when entries are added or removed during
a walk, so an item can arrive twice (it is yielded once: items are told apart by `id`) or not at all.
Every walk keeps a `WalkReport`; when the unique items seen differ from the server's `total_count`,
or the total changed on the way, the walk warns with `IncompleteWalkWarning`, and `to_list(strict=True)`
raises `InconsistentWalkError` instead, for callers (such as `plan`) that must not act on a partial list.
"""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from .errors import InconsistentWalkError
from .types import UNSET, Unset

if TYPE_CHECKING:
    import asyncio

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="Page[Any]")
AnyPageT = TypeVar("AnyPageT")  # a page of any kind: by number or by cursor

DEFAULT_PER_PAGE = 100
ASYNC_CONCURRENCY = 8  # pages in flight at once when the async walk knows the total


class ResultInfoLike(Protocol):
    """result_info as any version of the spec types it: every field may be absent."""

    @property
    def count(self) -> int | None: ...
    @property
    def page(self) -> int | None: ...
    @property
    def per_page(self) -> int | None: ...
    @property
    def total_count(self) -> int | None: ...


class Page(Protocol[ItemT]):
    @property
    def result(self) -> list[ItemT]: ...
    @property
    def result_info(self) -> ResultInfoLike | None: ...


def _total(page: Page[Any]) -> int | None:
    """The page's `total_count`; None when it has no result_info (which no source requires) or none."""
    info = page.result_info
    return info.total_count if info is not None else None


class PageIgnoredWarning(UserWarning):
    """The server answered a request for page n with items it had already sent."""


class IncompleteWalkWarning(UserWarning):
    """A walk ended with other than `total_count` unique items: entries may be missing or repeated."""


@dataclass
class WalkReport:
    """What one walk saw: its pages, items, duplicates dropped, and what makes it doubtful, if anything."""

    pages: int = 0
    items: int = 0  # as received, duplicates included
    unique: int = 0
    duplicates: int = 0
    total_count: int | None = None  # as the last page stated it
    problems: list[str] = field(default_factory=list[str])

    @property
    def complete(self) -> bool:
        """True when every item the server counted was seen exactly once, as far as the walk can tell."""
        return not self.problems

    def __str__(self) -> str:
        state = "complete" if self.complete else "; ".join(self.problems)
        return f"{self.unique} unique items in {self.pages} pages ({self.duplicates} repeated): {state}"


_ID = operator.attrgetter("id")


def _key(item: Any) -> Any:
    """What tells two items apart: the id; an item without one is never taken for another."""
    key = getattr(item, "id", None)
    return object() if key is None or isinstance(key, Unset) else key


class Seen:
    """What every walk keeps, by page number or by cursor: its report, the ids seen, its problems."""

    def __init__(self, report: WalkReport) -> None:
        self.report = report
        self.seen: set[Any] = set()

    def fresh(self, items: list[Any]) -> list[Any]:
        """The items not seen before. Nearly every page holds only new ids, none of them twice: that is
        told by a few calls over the whole page before any item is looked at one by one."""
        try:
            ids = set(map(_ID, items))
        except AttributeError:  # an item without an id
            ids = None
        distinct = ids is not None and len(ids) == len(items) and None not in ids and UNSET not in ids
        if ids is not None and distinct and self.seen.isdisjoint(ids):
            self.seen.update(ids)
            return list(items)
        fresh: list[Any] = []
        for item in items:
            key = _key(item)
            if key in self.seen:
                self.report.duplicates += 1
                continue
            self.seen.add(key)
            fresh.append(item)
        return fresh

    def finish(self, *, strict: bool) -> None:
        """Judge the ended walk: warn (or, when strict, raise) if it saw other than total_count items
        (where the server states one) or ran into a problem on the way."""
        report = self.report
        total = report.total_count
        if total is not None and report.unique != total:
            self.problem(f"saw {report.unique} unique items, but the server's total_count is {total}")
        if report.complete:
            return
        if strict:
            raise InconsistentWalkError(report)
        warnings.warn(f"incomplete list walk: {report}", IncompleteWalkWarning, stacklevel=4)

    def problem(self, text: str) -> None:
        if text not in self.report.problems:
            self.report.problems.append(text)


class _Walk(Seen):
    """The stopping rules of a walk by page number, shared by the sync and async pagers."""

    def __init__(self, first_page: int, per_page: int, report: WalkReport) -> None:
        super().__init__(report)
        self.page = first_page
        self.per_page = per_page
        self.stuck = False

    def page_size(self, page: Page[Any]) -> int:
        """Items per full page: the server's word when it gives one (it may cap ours), else ours."""
        stated = page.result_info.per_page if page.result_info is not None else None
        return stated if isinstance(stated, int) and stated > 0 else self.per_page

    def last_page(self, page: Page[Any]) -> int | None:
        """The number of the last page, if result_info tells it."""
        total = _total(page)
        return math.ceil(total / self.page_size(page)) if total else None

    def accept(self, page: Page[Any]) -> list[Any]:
        """Record one fetched page and return its items not seen before (none are dropped otherwise)."""
        report = self.report
        report.pages += 1
        report.items += len(page.result)
        total = _total(page)
        if isinstance(total, int):
            if report.total_count is not None and total != report.total_count:
                self.problem(f"total_count changed from {report.total_count} to {total} during the walk")
            report.total_count = total
        fresh = self.fresh(page.result)
        report.unique += len(fresh)
        if page.result and not fresh:  # nothing new: the server ignores `page`, or offsets ran back
            self.stuck = True
            warnings.warn(
                f"the server answered page={self.page} with items it had sent already; stopping the walk",
                PageIgnoredWarning,
                stacklevel=5,
            )
            self.problem(f"page {self.page} brought only items already seen")
        return fresh

    def more(self, page: Page[Any]) -> bool:
        """Whether another page can hold items, judged without asking for it."""
        size = self.page_size(page)
        if self.stuck or not page.result or len(page.result) < size:
            return False
        total = _total(page)
        if total and self.page * size >= total:
            return False
        self.page += 1
        return True


class SyncWalker(Generic[ItemT, AnyPageT]):
    """What a sync list walk offers, however it finds its pages: the items, the pages, a list."""

    report: WalkReport

    def _walk(self, strict: bool) -> Iterator[tuple[AnyPageT, list[ItemT]]]:
        raise NotImplementedError

    def pages(self) -> Iterator[AnyPageT]:
        """Each page as the server sent it (repeats included), with its result_info."""
        for page, _ in self._walk(strict=False):
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for _, fresh in self._walk(strict=False):
            yield from fresh

    def to_list(self, *, strict: bool = False) -> list[ItemT]:
        """Every item; with strict=True an incomplete walk raises InconsistentWalkError, not a warning."""
        return [item for _, fresh in self._walk(strict) for item in fresh]


class AsyncWalker(Generic[ItemT, AnyPageT]):
    """What an async list walk offers: `async for` over the items, the pages, a list."""

    report: WalkReport

    def _walk(self, strict: bool) -> AsyncIterator[tuple[AnyPageT, list[ItemT]]]:
        raise NotImplementedError

    async def pages(self) -> AsyncIterator[AnyPageT]:
        """Each page as the server sent it (repeats included), with its result_info."""
        async for page, _ in self._walk(strict=False):
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for _, fresh in self._walk(strict=False):
            for item in fresh:
                yield item

    async def to_list(self, *, strict: bool = False) -> list[ItemT]:
        """Every item; with strict=True an incomplete walk raises InconsistentWalkError, not a warning."""
        return [item async for _, fresh in self._walk(strict) for item in fresh]


class SyncPager(SyncWalker[ItemT, PageT]):
    """Every item of every page, fetched lazily as the iteration reaches it; `pages()` for the pages.

    `report` describes the last walk (its pages, duplicates dropped, and whether it was complete).
    """

    def __init__(self, fetch: Callable[[int], PageT], *, first_page: int, per_page: int) -> None:
        self._fetch = fetch
        self._first_page = first_page
        self._per_page = per_page
        self.report: WalkReport = WalkReport()

    def _walk(self, strict: bool) -> Iterator[tuple[PageT, list[ItemT]]]:
        self.report = WalkReport()
        walk = _Walk(self._first_page, self._per_page, self.report)
        while True:
            page = self._fetch(walk.page)
            yield page, walk.accept(page)
            if not walk.more(page):
                break
        walk.finish(strict=strict)


class AsyncPager(AsyncWalker[ItemT, PageT]):
    """`async for` over every item of every page; `pages()` for the pages; `report` for the last walk."""

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
        self.report: WalkReport = WalkReport()

    async def _walk(self, strict: bool) -> AsyncIterator[tuple[PageT, list[ItemT]]]:
        """Pages in order. Once the first page gives the total, up to ASYNC_CONCURRENCY of the
        remaining pages are fetched at once; a short, empty or repeated page still ends the walk."""
        import asyncio  # here, not at the top: sync users should not pay for importing asyncio

        self.report = WalkReport()
        walk = _Walk(self._first_page, self._per_page, self.report)
        page = await self._fetch(walk.page)
        yield page, walk.accept(page)
        last = walk.last_page(page)
        more = walk.more(page)
        while more and last is None:
            page = await self._fetch(walk.page)
            yield page, walk.accept(page)
            more = walk.more(page)
        if more and last is not None:
            numbers = iter(range(walk.page, last + 1))
            in_flight: list[tuple[int, asyncio.Task[PageT]]] = []
            try:
                while True:
                    while len(in_flight) < self._concurrency and (number := next(numbers, None)) is not None:
                        in_flight.append((number, asyncio.ensure_future(self._fetch(number))))
                    if not in_flight:
                        break
                    walk.page, task = in_flight.pop(0)
                    page = await task
                    yield page, walk.accept(page)
                    if walk.stuck or not page.result or len(page.result) < walk.page_size(page):
                        break
            finally:
                for _, task in in_flight:
                    task.cancel()
        walk.finish(strict=strict)
