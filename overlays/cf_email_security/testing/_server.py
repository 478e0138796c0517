"""The fake over real HTTP on 127.0.0.1, for tools in other processes or languages."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._app import API_PREFIX, FakeEmailSecurity

LOOPBACK = "127.0.0.1"
POLL_SECONDS = 0.05  # how soon stop() is noticed; the default 0.5 s made every test's teardown slow


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as clients expect

    def _answer(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if fake.faults.latency:
            time.sleep(fake.faults.latency)
        reply = fake.handle(self.command, self.path, dict(self.headers.items()), body)
        payload = json.dumps(reply.body, separators=(",", ":")).encode()
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet by default: the access log would drown test output."""
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeEmailSecurity, port: int, verbose: bool) -> None:
        super().__init__((LOOPBACK, port), _Handler)
        self.fake = fake
        self.verbose = verbose

    def server_bind(self) -> None:
        import socket

        # Headers and body go out in separate writes; without this, Nagle's algorithm and delayed
        # ACKs add about 40 ms to every response.
        super().server_bind()
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class FakeServer:
    """`with FakeServer(fake) as server:` serves `fake` on 127.0.0.1 (port 0: any free one) in a
    background thread until the block ends; `server.base_url` is what a client needs."""

    def __init__(
        self, fake: FakeEmailSecurity | None = None, *, port: int = 0, verbose: bool = False
    ) -> None:
        self.fake = fake or FakeEmailSecurity()
        self._server = _Server(self.fake, port, verbose)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{API_PREFIX}"

    def start(self) -> FakeServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(POLL_SECONDS,), name="fake-email-security", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (the command line's way)."""
        try:
            self._server.serve_forever(POLL_SECONDS)
        finally:
            self._server.server_close()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
