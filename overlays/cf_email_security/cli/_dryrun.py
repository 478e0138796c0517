"""`--dry-run`: every write the client would send is printed (method, URL, JSON body) and answered
here instead of by the server.

It works for every command alike, `apply` included, because it sits in the client, not in any
command: the client's `intercept` sees each request after the generated code has validated and built
it and before anything is sent. A write is printed and answered with the simplest answer its
operation's result schema allows (the command's code goes on as after a real answer, so that a dry
run of `apply` takes the same path as a real one, chunk after chunk and call after call); reads
(GET) go out as usual, so that `apply --dry-run` plans against the real account. Headers, and with
them the credentials, are never printed.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import threading
from collections.abc import Mapping
from typing import IO, Any

import httpx

from . import _spec

READS = ("GET", "HEAD", "OPTIONS")
PLACEHOLDER_TIME = "1970-01-01T00:00:00Z"


class DryRun:
    """Prints each write instead of sending it: as text for people, or one JSON object per line
    (`-o json`). Safe from several threads (a plan's single calls go out on a pool)."""

    def __init__(self, fmt: str, out: IO[str] | None = None) -> None:
        self.json = fmt in ("json", "jsonl")
        self.out = out or sys.stdout
        self.stopped = 0
        self._lock = threading.Lock()

    def intercept(self, request: httpx.Request) -> httpx.Response | None:
        """None for a read (it is sent); for a write, the request printed and an answer in its place."""
        if request.method in READS:
            return None
        body = json.loads(request.content) if request.content else None
        url = str(request.url)
        with self._lock:
            if self.json:
                line = {"method": request.method, "url": url, "body": body}
                self.out.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                self.out.write(f"{request.method} {url}\n")
                if body is not None:
                    self.out.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
            self.out.flush()
            self.stopped += 1
        path = request.url.raw_path.decode("ascii").split("?")[0]  # ids as sent: an encoded `/` stays one
        return httpx.Response(200, json=answer(request.method, path), request=request)

    def finish(self) -> None:
        sys.stderr.write(f"dry run: {self.stopped} request(s) shown, nothing was sent\n")


@functools.cache
def _routes() -> list[tuple[str, re.Pattern[str], int, _spec.Operation]]:
    """(method, path pattern, path ids, operation) of every operation, fewest path ids first: a literal
    segment (`/investigate/move`) wins over an id in its place (`/investigate/{id}`)."""
    routes: list[tuple[str, re.Pattern[str], int, _spec.Operation]] = []
    for op in _spec.load().operations:
        parts = re.split(r"\{[^}]+\}", op.path)
        pattern = re.compile("[^/]+".join(re.escape(part) for part in parts) + "$")
        routes.append((op.http_method, pattern, len(parts) - 1, op))
    return sorted(routes, key=lambda route: route[2])


def answer(method: str, path: str) -> dict[str, Any]:
    """The envelope a dry run answers a write with: success, and the simplest `result` its operation's
    schema allows (required fields only; empty text and lists, zero, false, the first enum value)."""
    op = next((op for verb, pattern, _, op in _routes() if verb == method and pattern.search(path)), None)
    result = placeholder(op.result) if op is not None and op.result is not None else None
    return {"success": True, "errors": [], "messages": [], "result": result}


def placeholder(schema: Mapping[str, Any]) -> Any:
    """The simplest value of a schema."""
    if schema.get("nullable"):
        return None
    for union in ("anyOf", "oneOf"):  # its first alternative
        if schema.get(union):
            return placeholder(schema[union][0])
    values = [value for value in schema.get("enum") or () if value is not None]
    if values:
        return values[0]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object":
        properties: Mapping[str, Mapping[str, Any]] = schema.get("properties", {})
        required = schema.get("required", ())
        return {name: placeholder(properties[name]) for name in required if name in properties}
    if kind == "array":
        return []
    if kind == "string":
        return PLACEHOLDER_TIME if fmt == "date-time" else PLACEHOLDER_TIME[:10] if fmt == "date" else ""
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None
