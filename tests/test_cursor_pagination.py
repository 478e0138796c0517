"""The cursor walk of a list whose pages name the next one (`result_info.cursor`), sync and async.

A server stand-in serves N messages in pages of `per_page`; the tests count its requests and what the
walk yields: one request per page, every message once, a repeated cursor or item reported, never a loop.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cf_email_security import (
    AsyncCursorPager,
    IncompleteWalkWarning,
    InconsistentWalkError,
    RawResponse,
    SyncCursorPager,
)
from support import MODES, Factory, async_client, client, cursor_page, spec

OPERATION = spec.operation("investigate", "list")


def message_template() -> dict[str, Any]:
    """One message as the spec's list returns it, every field filled; tests vary its id."""
    items = spec.merged_object(OPERATION.doc, OPERATION.result)["items"]
    return dict(Factory().wire(items, full=True))


class Mailbox:
    """Serves `count` messages by cursor (the cursor is the offset as text) and keeps every request."""

    def __init__(
        self, count: int, *, per_page_cap: int = 1000, bend: Callable[[int], int] | None = None
    ) -> None:
        template = message_template()
        self.messages = [{**template, "id": f"msg-{n}"} for n in range(count)]
        self.per_page_cap = per_page_cap
        self.bend = bend  # next offset from the one served: a misbehaving server
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        params = request.url.params
        per_page = min(int(params.get("per_page", "100")), self.per_page_cap)
        offset = int(params.get("cursor", "0"))
        items = self.messages[offset : offset + per_page]
        following = offset + per_page if self.bend is None else self.bend(offset)
        cursor = str(following) if following < len(self.messages) else None
        return httpx.Response(200, json=cursor_page(items, cursor=cursor, per_page=per_page))


def walk(mode: str, mailbox: Mailbox, **kwargs: Any) -> tuple[list[Any], Any]:
    """Every message of the walk, and the pager (for its report)."""
    if mode == "sync":
        with client(mailbox) as es:
            pager = es.investigate.list(**kwargs)
            assert isinstance(pager, SyncCursorPager)
            return list(pager), pager

    async def run() -> tuple[list[Any], Any]:
        async with async_client(mailbox) as aes:
            pager = aes.investigate.list(**kwargs)
            assert isinstance(pager, AsyncCursorPager)
            return [item async for item in pager], pager

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_a_walk_over_5000_messages_is_one_request_per_page_with_no_duplicate(mode: str) -> None:
    mailbox = Mailbox(5000)
    items, pager = walk(mode, mailbox, per_page=1000)
    assert [item.id for item in items] == [f"msg-{n}" for n in range(5000)]
    assert len(mailbox.requests) == 5
    assert [r.url.params.get("cursor") for r in mailbox.requests] == [None, "1000", "2000", "3000", "4000"]
    assert all(r.url.params["per_page"] == "1000" for r in mailbox.requests)
    assert all("page" not in r.url.params for r in mailbox.requests)
    assert pager.report.complete and pager.report.unique == 5000 and pager.report.pages == 5


@pytest.mark.parametrize("mode", MODES)
def test_a_walk_starts_at_the_cursor_given_and_keeps_the_filters_on_every_page(mode: str) -> None:
    mailbox = Mailbox(250)
    items, _ = walk(mode, mailbox, cursor="100", per_page=100, sender="a@example.com")
    assert [item.id for item in items] == [f"msg-{n}" for n in range(100, 250)]
    assert [r.url.params.get("cursor") for r in mailbox.requests] == ["100", "200"]
    assert all(r.url.params["sender"] == "a@example.com" for r in mailbox.requests)


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_caps_per_page_is_followed_by_its_cursors(mode: str) -> None:
    mailbox = Mailbox(45, per_page_cap=10)
    items, pager = walk(mode, mailbox, per_page=1000)
    assert len(items) == 45 and len(mailbox.requests) == 5
    assert pager.report.complete


@pytest.mark.parametrize("mode", MODES)
def test_a_cursor_sent_twice_ends_the_walk_and_says_so(mode: str) -> None:
    """A server whose second page names the first page's cursor again: no endless loop."""
    mailbox = Mailbox(300, bend=lambda offset: 100)  # every page names offset 100 as the next
    with pytest.warns(IncompleteWalkWarning, match="cursor '100' twice"):
        items, pager = walk(mode, mailbox, per_page=100)
    assert len(items) == 200 and len(mailbox.requests) == 2
    assert not pager.report.complete


@pytest.mark.parametrize("mode", MODES)
def test_items_repeated_across_pages_are_yielded_once_and_counted(mode: str) -> None:
    mailbox = Mailbox(30, bend=lambda offset: 5 if offset == 0 else offset + 10)  # pages 2 overlaps 1 by 5
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # overlapping pages that still bring new items are not a problem
        items, pager = walk(mode, mailbox, per_page=10)
    assert [item.id for item in items] == [f"msg-{n}" for n in range(30)]
    assert pager.report.duplicates == 5 and pager.report.items == 35 and pager.report.complete


def test_to_list_strict_raises_instead_of_warning() -> None:
    mailbox = Mailbox(300, bend=lambda offset: 0)  # the second page starts over
    with client(mailbox) as es, pytest.raises(InconsistentWalkError) as raised:
        es.investigate.list(per_page=100).to_list(strict=True)
    assert "already seen" in str(raised.value) or "twice" in str(raised.value)


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_list_is_one_request(mode: str) -> None:
    mailbox = Mailbox(0)
    items, pager = walk(mode, mailbox)
    assert items == [] and len(mailbox.requests) == 1 and pager.report.complete


def test_the_raw_view_fetches_the_one_page_with_its_cursor() -> None:
    mailbox = Mailbox(150)
    with client(mailbox) as es:
        raw = es.investigate.with_raw_response.list(per_page=100)
    assert isinstance(raw, RawResponse)
    assert len(mailbox.requests) == 1
    assert len(raw.parsed.result) == 100 and raw.parsed.result_info.cursor == "100"


def test_the_async_raw_view_fetches_the_one_page_with_its_cursor() -> None:
    mailbox = Mailbox(150)

    async def run() -> RawResponse[Any]:
        async with async_client(mailbox) as aes:
            return await aes.investigate.with_raw_response.list(per_page=100)

    raw = asyncio.run(run())
    assert len(mailbox.requests) == 1 and raw.parsed.result_info.cursor == "100"


def test_pages_yields_each_page_with_its_cursor() -> None:
    mailbox = Mailbox(250)
    with client(mailbox) as es:
        cursors = [page.result_info.cursor for page in es.investigate.list(per_page=100).pages()]
    assert cursors == ["100", "200", None]


def test_the_deprecated_page_argument_warns_and_is_sent_as_given() -> None:
    mailbox = Mailbox(10)
    with client(mailbox) as es, pytest.warns(DeprecationWarning, match="page is deprecated"):
        list(es.investigate.list(page=2))
    assert mailbox.requests[0].url.params["page"] == "2"
