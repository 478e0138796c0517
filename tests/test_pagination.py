"""list() walks every page with exactly ceil(N / per_page) requests and never loops on a broken server."""

from __future__ import annotations

import asyncio
import math
import warnings

import httpx
import pytest

from cf_email_security import AsyncEmailSecurity, EmailSecurity, PageIgnoredWarning
from fakes import allow_policy_wire


class PagedServer:
    """Serves `total` allow policies page by page, like the API; can be told to ignore `page`."""

    def __init__(self, total: int, *, ignore_page: bool = False) -> None:
        self.items = [allow_policy_wire(number) for number in range(1, total + 1)]
        self.ignore_page = ignore_page
        self.pages_asked: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = 1 if self.ignore_page else int(request.url.params.get("page", "1"))
        per_page = int(request.url.params.get("per_page", "20"))
        self.pages_asked.append(int(request.url.params.get("page", "1")))
        chunk = self.items[(page - 1) * per_page : page * per_page]
        info = {"count": len(chunk), "page": page, "per_page": per_page, "total_count": len(self.items)}
        body = {"success": True, "errors": [], "messages": [], "result": chunk, "result_info": info}
        return httpx.Response(200, json=body)


@pytest.mark.parametrize(("total", "per_page"), [(0, 50), (1, 50), (50, 50), (51, 50), (10_000, 100), (7, 3)])
def test_sync_walk_makes_exactly_the_needed_requests(total: int, per_page: int) -> None:
    server = PagedServer(total)
    es = EmailSecurity(api_token="t", account_id="a", transport=httpx.MockTransport(server))
    ids = [item.id for item in es.allow_policies.list(per_page=per_page)]
    assert ids == list(range(1, total + 1))
    assert len(server.pages_asked) == max(1, math.ceil(total / per_page))
    assert server.pages_asked == list(range(1, len(server.pages_asked) + 1))


def test_default_per_page_is_100() -> None:
    server = PagedServer(250)
    es = EmailSecurity(api_token="t", account_id="a", transport=httpx.MockTransport(server))
    assert len(list(es.allow_policies.list())) == 250
    assert len(server.pages_asked) == 3


def test_the_walk_is_lazy() -> None:
    server = PagedServer(300)
    es = EmailSecurity(api_token="t", account_id="a", transport=httpx.MockTransport(server))
    pager = es.allow_policies.list(per_page=100)
    assert server.pages_asked == []
    first = next(iter(pager))
    assert first.id == 1
    assert server.pages_asked == [1]


def test_pages_give_result_info() -> None:
    server = PagedServer(5)
    es = EmailSecurity(api_token="t", account_id="a", transport=httpx.MockTransport(server))
    pages = list(es.allow_policies.list(per_page=2).pages())
    assert [page.result_info.page for page in pages] == [1, 2, 3]
    assert [len(page.result) for page in pages] == [2, 2, 1]
    assert pages[0].result_info.total_count == 5


def test_a_server_that_ignores_page_ends_the_walk_with_a_warning() -> None:
    server = PagedServer(500, ignore_page=True)
    es = EmailSecurity(api_token="t", account_id="a", transport=httpx.MockTransport(server))
    with pytest.warns(PageIgnoredWarning):
        ids = [item.id for item in es.allow_policies.list(per_page=100)]
    assert ids == list(range(1, 101))
    assert server.pages_asked == [1, 2]


def test_async_walk_returns_every_item_in_order() -> None:
    server = PagedServer(1_234)

    async def walk() -> list[int]:
        async with AsyncEmailSecurity(
            api_token="t", account_id="a", transport=httpx.MockTransport(server)
        ) as aes:
            return [item.id async for item in aes.allow_policies.list(per_page=100)]

    assert asyncio.run(walk()) == list(range(1, 1_235))
    assert len(server.pages_asked) == 13


def test_async_walk_stops_on_ignored_page() -> None:
    server = PagedServer(300, ignore_page=True)

    async def walk() -> list[int]:
        async with AsyncEmailSecurity(
            api_token="t", account_id="a", transport=httpx.MockTransport(server)
        ) as aes:
            return [item.id async for item in aes.allow_policies.list(per_page=100)]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(walk()) == list(range(1, 101))
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

    async def walk() -> list[int]:
        transport = httpx.MockTransport(slow_handler)
        async with AsyncEmailSecurity(api_token="t", account_id="a", transport=transport) as aes:
            return [item.id async for item in aes.allow_policies.list(per_page=100)]

    assert asyncio.run(walk()) == list(range(1, 2_001))
    assert sorted(server.pages_asked) == list(range(1, 21))
    assert 1 < peak <= 8
