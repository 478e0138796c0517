"""A progress bar for walks and applies, on stderr only when it is a terminal, never in piped output.

It is fed by an httpx response hook, so it follows any command without the command's help: each list
page's `result_info` (entries so far out of `total_count`) and each batch request of an apply; and by
the polls of a job being waited for (`show`). It
appears only once the work has taken DELAY seconds, and is gone when the work ends. rich draws it when
installed (the `cli` extra); otherwise one line rewritten in place.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
import time
from typing import IO, Any, cast

import httpx

DELAY = 0.3  # seconds of work before a bar appears: quick commands never show one
APPLY = "apply"


def wanted(no_progress: bool, stream: IO[str] | None = None) -> bool:
    stream = stream or cast("IO[str]", sys.stderr)
    return not no_progress and stream.isatty()


class Progress:
    """Tasks by label (a resource's walk, the apply), each with done and total counts."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.began = time.monotonic()
        self.tasks: dict[str, list[int]] = {}  # label -> [done, total]
        self._rich: Any = None
        self._ids: dict[str, Any] = {}
        self._shown = False
        self._lock = threading.Lock()  # a plan's single calls answer on several threads at once

    # ----- fed by the HTTP client ----------------------------------------------------------------

    def on_response(self, response: httpx.Response) -> None:
        request = response.request
        if request.method != "GET":
            if APPLY in self.tasks and response.status_code < 400:
                self.advance(APPLY, 1)
            return
        if response.status_code != 200:
            return
        response.read()
        try:
            body = json.loads(response.content)
        except ValueError:
            return
        page: dict[str, Any] = cast("dict[str, Any]", body) if isinstance(body, dict) else {}
        info = page.get("result_info")
        if not isinstance(info, dict) or not isinstance(page.get("result"), list):
            return
        info = cast("dict[str, Any]", info)
        label = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        total = info.get("total_count")
        if label not in self.tasks or info.get("page") == 1:
            with self._lock:
                self.tasks[label] = [0, total if isinstance(total, int) else 0]
        self.advance(label, len(page["result"]))

    def expect(self, label: str, total: int) -> None:
        with self._lock:
            self.tasks[label] = [0, total]
            self._draw()

    def advance(self, label: str, count: int) -> None:
        with self._lock:
            task = self.tasks.setdefault(label, [0, 0])
            task[0] += count
            self._draw()

    def show(self, label: str, done: int, total: int) -> None:
        """Where a task stands, as counted elsewhere (a job the server runs)."""
        with self._lock:
            self.tasks[label] = [done, total]
            self._draw()

    # ----- drawing ---------------------------------------------------------------------------------

    def _draw(self) -> None:
        if not self._shown:
            if time.monotonic() - self.began < DELAY:
                return
            self._start()
        if self._rich is not None:
            for label, (done, total) in self.tasks.items():
                if label not in self._ids:
                    self._ids[label] = self._rich.add_task(label, total=total or None)
                self._rich.update(self._ids[label], completed=done, total=total or None)
        else:
            text = "  ".join(f"{label} {done}/{total or '?'}" for label, (done, total) in self.tasks.items())
            self.stream.write(f"\r\x1b[K{text}")
            self.stream.flush()

    def _start(self) -> None:
        self._shown = True
        try:
            progress = importlib.import_module("rich.progress")
            console = importlib.import_module("rich.console").Console(file=self.stream)
        except ImportError:
            return
        self._rich = progress.Progress(
            progress.TextColumn("{task.description}"),
            progress.BarColumn(),
            progress.MofNCompleteColumn(),
            progress.TimeElapsedColumn(),
            console=console,
            transient=True,
            redirect_stdout=False,  # piped output must never pass through the terminal's console
            redirect_stderr=False,
        )
        self._rich.start()

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
        elif self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
        self._shown = False
