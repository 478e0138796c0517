"""`--dry-run`: every write the client would send is printed (method, URL, JSON body) and stopped.

It works for every operation alike because it sits in the HTTP client, not in any command: an httpx
request hook runs after the generated code has validated and built the request and before any
transport or proxy sees it, prints it, and raises DryRunStop, which the client lets through. Reads
(GET) go out as usual, so that `apply --dry-run` plans against the real account. Headers, and with
them the credentials, are never printed.
"""

from __future__ import annotations

import json
import sys
from typing import IO

import httpx

READS = ("GET", "HEAD", "OPTIONS")


class DryRunStop(Exception):
    """Raised in place of sending a write; the command catches it."""


class DryRun:
    """Prints each stopped request: as text for people, or one JSON object per line (`-o json`)."""

    def __init__(self, fmt: str, out: IO[str] | None = None) -> None:
        self.json = fmt in ("json", "jsonl")
        self.out = out or sys.stdout
        self.stopped = 0

    def hook(self, request: httpx.Request) -> None:
        if request.method in READS:
            return
        body = json.loads(request.content) if request.content else None
        url = str(request.url)
        if self.json:
            line = {"method": request.method, "url": url, "body": body}
            self.out.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            self.out.write(f"{request.method} {url}\n")
            if body is not None:
                self.out.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        self.out.flush()
        self.stopped += 1
        raise DryRunStop(f"{request.method} {url}")

    def finish(self) -> None:
        sys.stderr.write(f"dry run: {self.stopped} request(s) shown, nothing was sent\n")
