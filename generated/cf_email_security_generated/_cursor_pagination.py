"""Walking a cursor-paginated list: each page names the cursor of the next in `result_info.cursor`.

A cursor walk cannot be fetched ahead or in parallel (the next cursor is only known once a page has
arrived), so the sync and async walks are the same loop, one request per page. It stops when a page
names no next cursor or comes back empty. It is complete and unique, or it says so: items are told
apart by `id` and one seen before is yielded once (counted in `report.duplicates`), as in a walk by
page number (`_pagination.Seen`); a cursor the walk has already followed, or a page of nothing new,
ends the walk with a problem in its `WalkReport` (`IncompleteWalkWarning`, or `InconsistentWalkError`
from `to_list(strict=True)`) instead of looping.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Protocol, TypeVar

from ._pagination import AsyncWalker, Seen, SyncWalker, WalkReport
from .types import Unset

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="CursorPage[Any]")


class CursorInfoLike(Protocol):
    """A cursor page's result_info: the next page's cursor, None (or absent) on the last page."""

    @property
    def cursor(self) -> str | Unset | None: ...


class CursorPage(Protocol[ItemT]):
    @property
    def result(self) -> list[ItemT]: ...
    @property
    def result_info(self) -> CursorInfoLike | Unset | None: ...


def next_cursor(page: CursorPage[Any]) -> str | None:
    """The cursor that fetches the page after this one; None when this page is the last."""
    info = page.result_info
    if info is None or isinstance(info, Unset):
        return None
    cursor = info.cursor
    return cursor if isinstance(cursor, str) and cursor else None


class _CursorWalk(Seen):
    """The stopping rules of a cursor walk, shared by the sync and async pagers."""

    def __init__(self, first: str | None, report: WalkReport) -> None:
        super().__init__(report)
        self.cursor = first
        self.followed: set[str] = set() if first is None else {first}

    def accept(self, page: CursorPage[Any]) -> list[Any]:
        """Record one fetched page and return its items not seen before."""
        report = self.report
        report.pages += 1
        report.items += len(page.result)
        fresh = self.fresh(page.result)
        report.unique += len(fresh)
        if page.result and not fresh:
            self.problem(f"the page at cursor {self.cursor!r} brought only items already seen")
        return fresh

    def more(self, page: CursorPage[Any]) -> bool:
        """Whether to fetch another page: the page named a next cursor not followed before."""
        if not page.result or self.report.problems:
            return False
        cursor = next_cursor(page)
        if cursor is None:
            return False
        if cursor in self.followed:
            self.problem(f"the server sent cursor {cursor!r} twice; the walk stopped there")
            return False
        self.followed.add(cursor)
        self.cursor = cursor
        return True


class SyncCursorPager(SyncWalker[ItemT, PageT]):
    """Every item of every page of a cursor-paginated list, fetched lazily, one request per page.

    `pages()` yields the pages; `report` describes the last walk. A walk starts at the cursor the call
    was given (the first page when none).
    """

    def __init__(self, fetch: Callable[[str | None], PageT], *, first_cursor: str | None) -> None:
        self._fetch = fetch
        self._first_cursor = first_cursor
        self.report: WalkReport = WalkReport()

    def _walk(self, strict: bool) -> Iterator[tuple[PageT, list[ItemT]]]:
        self.report = WalkReport()
        walk = _CursorWalk(self._first_cursor, self.report)
        while True:
            page = self._fetch(walk.cursor)
            yield page, walk.accept(page)
            if not walk.more(page):
                break
        walk.finish(strict=strict)


class AsyncCursorPager(AsyncWalker[ItemT, PageT]):
    """`async for` over every item of a cursor-paginated list, one request per page, in order."""

    def __init__(self, fetch: Callable[[str | None], Awaitable[PageT]], *, first_cursor: str | None) -> None:
        self._fetch = fetch
        self._first_cursor = first_cursor
        self.report: WalkReport = WalkReport()

    async def _walk(self, strict: bool) -> AsyncIterator[tuple[PageT, list[ItemT]]]:
        self.report = WalkReport()
        walk = _CursorWalk(self._first_cursor, self.report)
        while True:
            page = await self._fetch(walk.cursor)
            yield page, walk.accept(page)
            if not walk.more(page):
                break
        walk.finish(strict=strict)
