"""Ctrl-C and SIGTERM: a stop that lets the requests in flight finish, then says what was applied.

Everywhere, SIGTERM (a CI timeout, a container stop) is taken as Ctrl-C is. While an apply runs, the
first of either only asks it to stop: no new request starts, the ones in flight finish, and the apply
then reports how far it got; a second one quits at once.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Generator
from types import FrameType
from typing import Any

from ._parser import PROG

SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _handlers(handler: Any) -> Generator[None, None, None]:
    """`handler` for SIGINT and SIGTERM while the block runs (main thread only), then the old ones."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, handler) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def terminate_as_interrupt() -> contextlib.AbstractContextManager[None]:
    """SIGTERM raises KeyboardInterrupt, as SIGINT does, so both end a command the same way."""
    return _handlers(_interrupt)


@contextlib.contextmanager
def stop_on_signal(stop: threading.Event) -> Generator[None, None, None]:
    """The first SIGINT or SIGTERM sets `stop` (the apply ends after the requests in flight);
    a second raises KeyboardInterrupt."""

    def ask_to_stop(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        sys.stderr.write(
            f"\n{PROG}: stopping: no new request starts, the ones in flight finish "
            "(press Ctrl-C again to quit at once)\n"
        )
        sys.stderr.flush()

    with _handlers(ask_to_stop):
        yield
