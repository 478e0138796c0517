"""The fake as httpx transports: requests go straight to `FakeEmailSecurity.handle`, no socket."""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._app import FakeEmailSecurity, Reply


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _response(reply: Reply, request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        reply.status,
        headers={**reply.headers, "content-type": "application/json"},
        content=json.dumps(reply.body, separators=(",", ":")).encode(),
        request=request,
    )


class FakeTransport(httpx.BaseTransport):
    """For `EmailSecurity(transport=fake.transport())`."""

    def __init__(self, fake: FakeEmailSecurity) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.fake.faults.latency:
            time.sleep(self.fake.faults.latency)
        reply = self.fake.handle(request.method, _target(request), request.headers, request.read())
        return _response(reply, request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """For `AsyncEmailSecurity(transport=fake.async_transport())`; latency is awaited, not slept."""

    def __init__(self, fake: FakeEmailSecurity) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.fake.faults.latency:
            await asyncio.sleep(self.fake.faults.latency)
        body = await request.aread()
        reply = self.fake.handle(request.method, _target(request), request.headers, body)
        return _response(reply, request)
