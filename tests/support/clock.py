"""The one no-sleep clock: `EmailSecurity(..., sleep=clock)` records each retry wait instead of waiting.

The sync client calls it and ignores what it returns; the async client calls it and awaits the result
only when it is awaitable, so the same clock serves both. `clock.coroutine` is an `async def` variant for
the test that the async client awaits what `sleep` returns.
"""

from __future__ import annotations

from typing import Any


class NoSleep:
    """A callable that keeps the delays it was asked to sleep, in order; one per test (a fixture).

    No `__len__`: the clients test `sleep or time.sleep`, and an empty clock must not read as false."""

    def __init__(self, then: Any = None) -> None:
        self.delays: list[float] = []
        self._then = then  # called after recording (say, to close a client mid-retry)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self._then is not None:
            self._then()

    async def coroutine(self, seconds: float) -> None:
        self(seconds)

    def __repr__(self) -> str:
        return f"NoSleep({self.delays})"
