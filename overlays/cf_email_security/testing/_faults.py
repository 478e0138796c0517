"""Fault injection: rate limiting, a share of server errors, added latency and scripted failures.

All off by default. Every random choice comes from one generator seeded by `Faults.seed`, so a run
with the same requests sees the same faults.
"""

from __future__ import annotations

import math
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Faults:
    """What can go wrong, and how often.

    rate_limit_after: after every N requests served, the next one gets 429 with `Retry-After:
        retry_after` and the count starts again: a window that reopens once the client backs off.
    window_limit, window: at most `window_limit` requests served in any `window` seconds, as
        Cloudflare's limit of 1,200 per 300 s: one more gets 429 with a Retry-After saying when the
        oldest leaves the window (refused requests do not count).
    error_rate: the share (0..1) of requests answered with `error_status` before they are handled,
        so the state is unchanged by them.
    latency: seconds added to every response.
    """

    rate_limit_after: int | None = None
    retry_after: float = 1.0
    window_limit: int | None = None
    window: float = 300.0
    error_rate: float = 0.0
    error_status: int = 503
    latency: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        if self.rate_limit_after is not None and self.rate_limit_after < 1:
            raise ValueError("rate_limit_after must be >= 1")
        if self.window_limit is not None and self.window_limit < 1:
            raise ValueError("window_limit must be >= 1")
        if not (math.isfinite(self.window) and self.window > 0):
            raise ValueError("window must be a finite number of seconds > 0")
        if not 0.0 <= self.error_rate <= 1.0:
            raise ValueError("error_rate must be between 0 and 1")
        if not 500 <= self.error_status <= 599:
            raise ValueError("error_status must be a 5xx status")
        if self.latency < 0 or self.retry_after < 0:
            raise ValueError("latency and retry_after must be >= 0")


@dataclass
class Injected:
    """A scripted answer for `times` requests that match `method` and contain `path`, once `after`
    matching requests have gone through untouched. With `applied`, the request takes effect first
    and only its answer is replaced: the server acted, the client cannot know."""

    status: int
    method: str | None = None
    path: str | None = None
    times: int = 1
    retry_after: float | None = None
    after: int = 0
    applied: bool = False

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (self.path is None or self.path in path)


@dataclass
class FaultState:
    """The counters and the seeded generator behind one fake's faults; `now` is the clock of the
    window limit (monotonic seconds)."""

    faults: Faults
    now: Callable[[], float] = time.monotonic
    rng: random.Random = field(init=False)
    served_in_window: int = 0
    scripted: list[Injected] = field(default_factory=list[Injected])
    window_served: deque[float] = field(default_factory=deque[float])  # when each served request came

    def __post_init__(self) -> None:
        self.rng = random.Random(self.faults.seed)

    def next_fault(self, method: str, path: str) -> Injected | None:
        """The fault to answer this request with, if any (`applied`: after handling it)."""
        for injected in self.scripted:
            if injected.matches(method, path):
                if injected.after > 0:
                    injected.after -= 1
                    continue
                injected.times -= 1
                if injected.times <= 0:
                    self.scripted.remove(injected)
                return injected
        if self.faults.window_limit is not None and (refused := self._over_window()) is not None:
            return refused
        limit = self.faults.rate_limit_after
        if limit is not None:
            if self.served_in_window >= limit:
                self.served_in_window = 0
                return Injected(429, retry_after=self.faults.retry_after)
            self.served_in_window += 1
        if self.faults.error_rate and self.rng.random() < self.faults.error_rate:
            return Injected(self.faults.error_status)
        return None

    def _over_window(self) -> Injected | None:
        """A 429 when the window is full; otherwise this request is counted in it."""
        now, served = self.now(), self.window_served
        while served and served[0] <= now - self.faults.window:
            served.popleft()
        if len(served) >= (self.faults.window_limit or 0):
            return Injected(429, retry_after=served[0] + self.faults.window - now)
        served.append(now)
        return None
