"""list() walks every page with exactly ceil(N / per_page) requests and never loops on a broken server."""

from __future__ import annotations

import asyncio
import math
import warnings
from typing import Any

import httpx
import pytest

from cf_email_security import AsyncEmailSecurity, EmailSecurity, IncompleteWalkWarning, PageIgnoredWarning
from support import Factory, client, page, wire_ids


class PagedServer:
    """Serves `total` allow policies page by page, like the API; can be told to ignore `page`."""

    def __init__(self, total: int, *, ignore_page: bool = False) -> None:
        self.items: list[dict[str, Any]] = Factory().entities("allow_policies", total)
        self.ignore_page = ignore_page
        self.pages_asked: list[int] = []

    def ids(self, count: int | None = None) -> list[Any]:
        return [item["id"] for item in self.items[:count]]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = 1 if self.ignore_page else int(request.url.params.get("page", "1"))
        per_page = int(request.url.params.get("per_page", "20"))
        self.pages_asked.append(int(request.url.params.get("page", "1")))
        chunk = self.items[(number - 1) * per_page : number * per_page]
        return httpx.Response(
            200, json=page(chunk, page=number, per_page=per_page, total_count=len(self.items))
        )


def sync_client(server: PagedServer) -> EmailSecurity:
    return client(server)


def async_client(transport: httpx.MockTransport) -> AsyncEmailSecurity:
    return AsyncEmailSecurity(api_token="t", account_id="a", transport=transport)


@pytest.mark.parametrize(("total", "per_page"), [(0, 50), (1, 50), (50, 50), (51, 50), (10_000, 100), (7, 3)])
def test_sync_walk_makes_exactly_the_needed_requests(total: int, per_page: int) -> None:
    server = PagedServer(total)
    assert wire_ids(sync_client(server).allow_policies.list(per_page=per_page)) == server.ids()
    assert len(server.pages_asked) == max(1, math.ceil(total / per_page))
    assert server.pages_asked == list(range(1, len(server.pages_asked) + 1))


def test_default_per_page_is_100() -> None:
    server = PagedServer(250)
    assert len(list(sync_client(server).allow_policies.list())) == 250
    assert len(server.pages_asked) == 3


def test_the_walk_is_lazy() -> None:
    server = PagedServer(300)
    pager = sync_client(server).allow_policies.list(per_page=100)
    assert server.pages_asked == []
    first = next(iter(pager))
    assert wire_ids([first]) == server.ids(1)
    assert server.pages_asked == [1]


def test_pages_give_result_info() -> None:
    server = PagedServer(5)
    pages = list(sync_client(server).allow_policies.list(per_page=2).pages())
    assert [p.result_info.page for p in pages] == [1, 2, 3]
    assert [len(p.result) for p in pages] == [2, 2, 1]
    assert pages[0].result_info.total_count == 5


def test_a_server_that_ignores_page_ends_the_walk_with_a_warning() -> None:
    server = PagedServer(500, ignore_page=True)
    with pytest.warns(PageIgnoredWarning), pytest.warns(IncompleteWalkWarning):
        walked = list(sync_client(server).allow_policies.list(per_page=100))
    assert wire_ids(walked) == server.ids(100)
    assert server.pages_asked == [1, 2]


def test_async_walk_returns_every_item_in_order() -> None:
    server = PagedServer(1_234)

    async def walk() -> list[Any]:
        async with async_client(httpx.MockTransport(server)) as aes:
            return [item async for item in aes.allow_policies.list(per_page=100)]

    assert wire_ids(asyncio.run(walk())) == server.ids()
    assert len(server.pages_asked) == 13


def test_async_walk_stops_on_ignored_page() -> None:
    server = PagedServer(300, ignore_page=True)

    async def walk() -> list[Any]:
        async with async_client(httpx.MockTransport(server)) as aes:
            return [item async for item in aes.allow_policies.list(per_page=100)]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert wire_ids(asyncio.run(walk())) == server.ids(100)
    assert any(issubclass(w.category, PageIgnoredWarning) for w in caught)


def test_async_walk_fetches_remaining_pages_concurrently_but_bounded() -> None:
    """Once the first page gives the total, later pages overlap (at most 8 in flight), order kept."""
    server = PagedServer(2_000)
    in_flight = 0
    peak = 0

    async def slow_handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        return server(request)

    async def walk() -> list[Any]:
        async with async_client(httpx.MockTransport(slow_handler)) as aes:
            return [item async for item in aes.allow_policies.list(per_page=100)]

    assert wire_ids(asyncio.run(walk())) == server.ids()
    assert sorted(server.pages_asked) == list(range(1, 21))
    assert 1 < peak <= 8
