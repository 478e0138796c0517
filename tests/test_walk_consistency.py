"""A list walk is complete and unique, or it says so (issue 11, class 2).

Each server below misbehaves the way real ones do while a walk runs: an entry inserted mid-walk shifts
offsets, a server caps `per_page`, an empty page arrives early, `total_count` is wrong, `per_page` is 0,
or `result_info.page` is not the page asked. The walk drops repeats by id, keeps every new item it
received, warns when it cannot vouch for the result, and `to_list(strict=True)` raises instead.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cf_email_security import (
    AsyncEmailSecurity,
    EmailSecurity,
    IncompleteWalkWarning,
    InconsistentWalkError,
    PageIgnoredWarning,
)
from support import Factory, client, page, wire_ids

Info = dict[str, int]


class ScriptedPages:
    """Serves allow policies from a list; `shape` may rewrite each page's items and result_info."""

    def __init__(
        self,
        total: int,
        shape: Callable[[int, int, list[dict[str, Any]], Info], tuple[list[dict[str, Any]], Info]]
        | None = None,
    ) -> None:
        self.factory = Factory()
        self.items: list[dict[str, Any]] = self.factory.entities("allow_policies", total)
        self.original = [item["id"] for item in self.items]  # the ids at the start, in order
        self.shape = shape
        self.asked: list[int] = []

    def ids(self, first: int | None = None, last: int | None = None) -> list[Any]:
        """The original ids of entries first..last (1-based, inclusive), as the wire holds them."""
        return self.original[(first or 1) - 1 : last]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        per_page = int(request.url.params["per_page"])
        self.asked.append(number)
        chunk = self.items[(number - 1) * per_page : number * per_page]
        body = page(chunk, page=number, per_page=per_page, total_count=len(self.items))
        if self.shape is not None:
            body["result"], body["result_info"] = self.shape(number, per_page, chunk, body["result_info"])
        return httpx.Response(200, json=body)


def sync_client(server: ScriptedPages) -> EmailSecurity:
    return client(server)


def walk(server: ScriptedPages, per_page: int = 10) -> tuple[list[int], list[warnings.WarningMessage], Any]:
    """The ids a plain walk yields, the warnings it raised, and its report."""
    pager = sync_client(server).allow_policies.list(per_page=per_page)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ids = wire_ids(pager)
    return ids, list(caught), pager.report


def insert_before_page_2(server: ScriptedPages) -> Callable[..., Any]:
    """An entry created while page 1 is read shifts every later entry one place down."""

    def shape(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        if page == 1:
            server.items.insert(0, server.factory.entity("allow_policies"))
        return chunk, info

    return shape


def test_an_insert_during_the_walk_repeats_an_item_which_is_yielded_once() -> None:
    server = ScriptedPages(25)
    server.shape = insert_before_page_2(server)
    ids, caught, report = walk(server)
    assert len(ids) == len(set(ids))
    assert report.duplicates == 1
    assert set(ids) == set(server.ids())  # the new one was inserted ahead of the walk: it is not there
    # 25 unique seen, but the server now counts 26: the walk cannot vouch for the list.
    assert not report.complete
    assert any(issubclass(w.category, IncompleteWalkWarning) for w in caught)


def test_a_delete_during_the_walk_skips_an_item_and_says_so() -> None:
    server = ScriptedPages(25)

    def shape(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        if page == 1:
            del server.items[0]
        return chunk, info

    server.shape = shape
    ids, caught, report = walk(server)
    assert server.ids(11, 11)[0] not in ids  # shifted onto page 1 after it was read: never seen
    assert not report.complete
    assert any("total_count changed" in problem for problem in report.problems)
    assert any(issubclass(w.category, IncompleteWalkWarning) for w in caught)


def test_a_server_that_caps_per_page_silently_makes_an_incomplete_walk() -> None:
    def capped(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        return chunk[:5], {**info, "count": len(chunk[:5])}  # still claims per_page 10

    server = ScriptedPages(23, capped)
    ids, caught, report = walk(server)
    assert ids == server.ids(1, 5)
    assert report.unique == 5 and report.total_count == 23
    assert any(issubclass(w.category, IncompleteWalkWarning) for w in caught)


def test_a_server_that_caps_per_page_and_says_so_is_walked_completely() -> None:
    server = ScriptedPages(23)
    server.items = server.items  # the server pages by 5 and says so in result_info
    five: list[int] = []

    def honest(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        five.append(page)
        items = server.items[(page - 1) * 5 : page * 5]
        return items, {**info, "per_page": 5, "count": len(items)}

    server.shape = honest
    ids, caught, report = walk(server)
    assert ids == server.ids()
    assert report.complete and caught == []
    assert five == [1, 2, 3, 4, 5]


def test_an_empty_page_mid_walk_ends_the_walk_with_a_warning() -> None:
    def hole(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        return ([] if page == 2 else chunk), info

    server = ScriptedPages(35, hole)
    ids, caught, report = walk(server)
    assert ids == server.ids(1, 10)
    assert "saw 10 unique items" in str(report)
    assert any(issubclass(w.category, IncompleteWalkWarning) for w in caught)


@pytest.mark.parametrize("stated", [5, 40, 0])
def test_a_wrong_total_count_is_reported(stated: int) -> None:
    def wrong(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        return chunk, {**info, "total_count": stated}

    ids, caught, report = walk(ScriptedPages(25, wrong))
    assert len(ids) == len(set(ids))
    assert not report.complete
    assert any(issubclass(w.category, IncompleteWalkWarning) for w in caught)


def test_per_page_zero_in_result_info_neither_loops_nor_divides_by_zero() -> None:
    def zero(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        return chunk, {**info, "per_page": 0}

    server = ScriptedPages(25, zero)
    ids, caught, report = walk(server)
    assert ids == server.ids()
    assert report.complete and caught == []
    assert server.asked == [1, 2, 3]


def test_items_of_a_page_are_kept_when_result_info_names_another_page() -> None:
    """Before, page 1 yielded nothing when the server numbered it 0."""

    def zero_based(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        return chunk, {**info, "page": page - 1}

    server = ScriptedPages(25, zero_based)
    ids, caught, report = walk(server)
    assert ids == server.ids()
    assert report.complete and caught == []


def test_a_server_that_ignores_page_stops_the_walk_and_keeps_page_one() -> None:
    def ignore(page: int, per_page: int, chunk: list[dict[str, Any]], info: Info) -> Any:
        return server.items[:per_page], {**info, "page": 1}

    server = ScriptedPages(35, ignore)
    ids, caught, report = walk(server)
    assert ids == server.ids(1, 10)
    assert server.asked == [1, 2]
    assert any(issubclass(w.category, PageIgnoredWarning) for w in caught)
    assert not report.complete


def test_pages_exposes_every_page_received_with_the_repeats() -> None:
    server = ScriptedPages(25)
    server.shape = insert_before_page_2(server)
    pager = sync_client(server).allow_policies.list(per_page=10)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pages = list(pager.pages())
    assert [len(page.result) for page in pages] == [10, 10, 6]
    assert sum(len(page.result) for page in pages) == pager.report.items == 26
    assert pager.report.pages == 3


def test_strict_to_list_raises_a_typed_error_instead_of_warning() -> None:
    server = ScriptedPages(25)
    server.shape = insert_before_page_2(server)
    pager = sync_client(server).allow_policies.list(per_page=10)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # strict mode raises; it does not warn as well
        with pytest.raises(InconsistentWalkError) as caught:
            pager.to_list(strict=True)
    assert caught.value.report.duplicates == 1
    assert "26" in str(caught.value)


def test_a_consistent_walk_is_complete_and_quiet() -> None:
    server = ScriptedPages(30)
    ids, caught, report = walk(server)
    assert ids == server.ids()
    assert caught == []
    assert report.complete
    assert (report.pages, report.unique, report.duplicates, report.total_count) == (3, 30, 0, 30)


def test_the_async_walk_follows_the_same_rules() -> None:
    server = ScriptedPages(45)
    server.shape = insert_before_page_2(server)

    async def run() -> tuple[list[int], Any]:
        async with AsyncEmailSecurity(
            api_token="t", account_id="a", transport=httpx.MockTransport(server)
        ) as aes:
            pager = aes.allow_policies.list(per_page=10)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                ids = wire_ids([item async for item in pager])
            assert any(issubclass(w.category, IncompleteWalkWarning) for w in caught)
            with pytest.raises(InconsistentWalkError):
                await aes.allow_policies.list(per_page=10).to_list(strict=True)
            return ids, pager.report

    ids, report = asyncio.run(run())
    assert len(ids) == len(set(ids)) == 45
    assert report.duplicates == 1
