"""The fake as one httpx transport for sync and async clients (as httpx's MockTransport is): requests
go straight to the app's `handle`, no socket. The async path awaits the fault latency instead of
sleeping, so concurrent requests overlap.

It knows the app only by what it calls (`App`), so this module imports nothing of the fake.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Protocol

import httpx


class _Reply(Protocol):
    @property
    def status(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    def content(self) -> bytes: ...


class _Faults(Protocol):
    @property
    def latency(self) -> float: ...


class App(Protocol):
    """What the transport needs of the fake."""

    @property
    def faults(self) -> _Faults: ...
    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> _Reply: ...


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _response(reply: _Reply, request: httpx.Request) -> httpx.Response:
    content = reply.content()
    headers = dict(reply.headers)
    if reply.status != 204:
        headers["content-type"] = "application/json"
    return httpx.Response(reply.status, headers=headers, content=content, request=request)


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """For `EmailSecurity(transport=fake.transport())` and `AsyncEmailSecurity(transport=...)` alike."""

    def __init__(self, fake: App) -> None:
        self.fake: App = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.fake.faults.latency:
            time.sleep(self.fake.faults.latency)
        reply = self.fake.handle(request.method, _target(request), request.headers, request.read())
        return _response(reply, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.fake.faults.latency:
            await asyncio.sleep(self.fake.faults.latency)
        body = await request.aread()
        reply = self.fake.handle(request.method, _target(request), request.headers, body)
        return _response(reply, request)


AsyncFakeTransport = FakeTransport  # the name the async transport had: the same class now
