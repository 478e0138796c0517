"""When a request may be sent: an optional limit of requests per window, and a shared back-off.

Every attempt asks its client's pacer for a turn before it is sent. A `RateLimit` hands out turns so
that no more than `requests` go out in any `per` seconds; without one, a client still has a gate that
a 429 closes for every thread and task of the client until the time the server asked for. Times are
the client's clock (`Clock`): monotonic seconds, moved on by what a test's sleep did not really wait.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque

from .errors import ConfigurationError

RATE_LIMIT_RULE = "REQUESTS/SECONDS, such as 1200/300 (1,200 requests per 300 seconds)"


class Clock:
    """Monotonic seconds, plus whatever a sleep was asked for but returned early: a test that passes
    `sleep=` to record waits, instead of waiting, still sees the client's time move on by them."""

    __slots__ = ("skipped",)

    def __init__(self) -> None:
        self.skipped: float = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.skipped

    def slept(self, asked: float, started: float) -> None:
        """A sleep of `asked` seconds that began at monotonic `started` is over. Only a sleep that
        skipped its time moves the clock on, not a real one that woke a hair early."""
        shortfall = asked - (time.monotonic() - started)
        if shortfall > 0.001:
            self.skipped += shortfall


class Turn:
    """One attempt's time to be sent (monotonic seconds), and the gate's state when it was given."""

    __slots__ = ("at", "version")

    def __init__(self, at: float, version: int) -> None:
        self.at: float = at
        self.version: int = version


class Gate:
    """The back-off a client's requests share: nobody sends before `until` (monotonic seconds)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self._version = 0  # changes whenever the gate closes: a waiting attempt then looks again

    def hold(self, until: float) -> None:
        """Keep every request from being sent before `until` (the server asked us to wait)."""
        with self._lock:
            self._until = max(self._until, until)
            self._version += 1

    def admit(self, earliest: float, latest: float | None) -> Turn | None:
        """A turn at `earliest` or later, or None when it would come after `latest`."""
        until = self._until
        at = earliest if until <= earliest else until
        if latest is not None and at > latest:
            return None
        return Turn(at, self._version)

    def wait_more(self, turn: Turn, latest: float | None, now: float) -> float | None:
        """Seconds still to wait at `now`, after a turn's wait (the gate closed meanwhile), or None
        when that would pass `latest`."""
        if turn.version == self._version:
            return 0.0
        with self._lock:
            turn.version = self._version
            turn.at = max(turn.at, self._until)
        if latest is not None and turn.at > latest:
            return None
        return turn.at - now

    def finished(self, turn: Turn, now: float) -> None:
        """The attempt given `turn` has its answer (or failed) at `now`."""


class RateLimit(Gate):
    """At most `requests` requests in any `per` seconds, for every client given this object.

    Requests wait for their turn before they are sent, rather than being refused by the server.
    Cloudflare allows 1,200 requests per 300 seconds per user: pass one RateLimit to every client of
    the same credentials to share that budget. A 429 still holds every request of those clients
    until the time the server asked for.
    """

    def __init__(self, requests: int, per: float) -> None:
        if not _is_count(requests):
            raise ConfigurationError("RateLimit requests must be an integer >= 1")
        if not _is_seconds(per):
            raise ConfigurationError("RateLimit per must be a finite number of seconds > 0")
        super().__init__()
        self.requests: int = requests
        self.per: float = float(per)
        # The turns of the last `requests` attempts; a finished one holds the time its answer came, a
        # bound on when the server counted it.
        self._turns: deque[Turn] = deque(maxlen=requests)

    @classmethod
    def parse(cls, text: str, name: str = "rate_limit") -> RateLimit:
        """A limit written REQUESTS/SECONDS (`1200/300`); ConfigurationError naming `name` otherwise."""
        count, slash, seconds = text.strip().partition("/")
        try:
            if not slash or not count.strip().isdigit():
                raise ValueError
            return cls(int(count), float(seconds))
        except (ValueError, ConfigurationError):
            raise ConfigurationError(
                f"{name} must be {RATE_LIMIT_RULE}, with at least 1 request and more than 0 seconds"
            ) from None

    def admit(self, earliest: float, latest: float | None) -> Turn | None:
        with self._lock:
            at = max(earliest, self._until)
            if len(self._turns) == self.requests:
                at = max(at, self._turns[0].at + self.per)
            if latest is not None and at > latest:
                return None
            turn = Turn(at, self._version)
            self._turns.append(turn)
        return turn

    def finished(self, turn: Turn, now: float) -> None:
        turn.at = max(turn.at, now)  # the server counted it by now: a later bound is the safe one

    def __repr__(self) -> str:
        return f"RateLimit(requests={self.requests}, per={self.per:g})"


def pacer(value: object, variable: str | None) -> Gate:
    """A client's pacer: the RateLimit given (shared), one parsed from text, or a plain gate."""
    if value is None and variable:
        return RateLimit.parse(variable, "CLOUDFLARE_RATE_LIMIT")
    if value is None:
        return Gate()
    if isinstance(value, RateLimit):
        return value
    if isinstance(value, str):
        return RateLimit.parse(value)
    raise ConfigurationError(f"rate_limit must be a RateLimit or a string {RATE_LIMIT_RULE}")


def _is_count(value: object) -> bool:
    """An int >= 1 (not a bool): checked at run time, for callers no type checker reads."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _is_seconds(value: object) -> bool:
    """A finite number of seconds > 0 (not a bool)."""
    return (
        isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0
    )
