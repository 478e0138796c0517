"""The fake over real HTTP on 127.0.0.1, for tools in other processes or languages.

Whatever arrives gets an answer in Cloudflare's JSON error envelope with a fitting status: never the HTML
page of BaseHTTPRequestHandler.send_error, never a dropped connection, never a wait without end. The
server reads HTTP/1.x itself rather than through BaseHTTPRequestHandler.parse_request, which answers some
errors in HTML, takes HTTP/0.9 (whose answers have no status line), closes on a blank first line without
a word, limits no header total and leaves bodies to the caller.

Bodies come with a Content-Length (ASCII digits only) or `Transfer-Encoding: chunked`. Chunked bodies are
decoded, not refused with 411: clients streaming a body of unknown length (curl reading stdin, Go's and
Node's HTTP clients) send them, and the format is small enough to read here with the same limits.
"""

from __future__ import annotations

import contextlib
import io
import re
import socket
import threading
import time
from http.client import HTTPMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

from .fake import FakeEmailSecurity
from .responses import CODE_BAD_HTTP, CODE_SERVER_ERROR, Reply, error_envelope

LOOPBACK = "127.0.0.1"
POLL_SECONDS = 0.05  # how soon stop() is noticed; the default 0.5 s made every test's teardown slow
BACKLOG = 1024  # the listen queue; the default 5 lost SYNs with 200 clients at once, and they timed out
MAX_REQUEST_LINE = 65536  # BaseHTTPRequestHandler's limit too; longer: 414
MAX_HEADER_BYTES = 64 * 1024  # all header lines together, and again all trailer lines; more: 431
MAX_HEADERS = 100  # http.client's limit; more: 431
MAX_BODY_BYTES = 8 * 1024 * 1024  # a batch of 1,000 entries per array stays well below; more: 413
READ_TIMEOUT = 10.0  # seconds the rest of a request may take once its first byte came: then 408 or 400
IDLE_TIMEOUT = 120.0  # a keep-alive connection without a new request is closed (quietly) after this
LINGER_SECONDS = 2.0  # after an error answer, how long input still coming is read and dropped

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token: methods and header names
_VERSION = re.compile(r"HTTP/([0-9])\.([0-9])")
_BAD_TARGET = re.compile(r"[\x00-\x20\x7f]")
_BAD_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_DIGITS = re.compile(r"[0-9]+")
_HEX = re.compile(rb"[0-9A-Fa-f]+")
_BLANK = (b"\r\n", b"\n")


class _Refusal(Exception):
    """A request the server itself cannot take: answered in the envelope, then the connection closes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _line_text(line: bytes) -> str:
    """One line without its line end (CRLF, or a bare LF as RFC 9112 lets servers take)."""
    return line.removesuffix(b"\n").removesuffix(b"\r").decode("iso-8859-1")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as clients expect
    default_request_version = "HTTP/1.1"  # answers before the request line is read get a status line
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm and delayed
    # ACKs add about 40 ms to every response.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        rfile: object = self.rfile
        if not isinstance(rfile, io.BufferedReader):  # peek() is needed to wait for a request
            raise TypeError("the request handler needs a buffered reader")
        self.reader = cast(io.BufferedReader, rfile)
        self.api_server = cast(_Server, self.server)  # the server this handler was made for
        self.answered = False

    # ----- one request -----------------------------------------------------------------------

    def handle_one_request(self) -> None:
        """Read one request and answer it; close quietly only a connection that stays idle or ends."""
        self.close_connection = True
        self.command, self.requestline, self.request_version = "", "", self.default_request_version
        self.answered = False
        try:
            if self._request_begins():
                self.connection.settimeout(self.api_server.read_timeout)
                self._serve()
        except _Refusal as refusal:
            self.send_error(refusal.status, refusal.message)
        except OSError:  # the client went away, or stopped reading the answer: nobody to tell
            self.close_connection = True
        except Exception as error:  # a bug in the fake or this server: still an answer
            self.log_error("failed: %r", error)
            self.send_error(500, f"the fake failed: {type(error).__name__}: {error}")

    def _request_begins(self) -> bool:
        """Wait up to the idle timeout for a request's first byte; False if none comes."""
        self.connection.settimeout(self.api_server.idle_timeout)
        try:
            return bool(self.reader.peek(1))
        except OSError:
            return False

    def _serve(self) -> None:
        if not self._read_request_line():
            return
        self.headers = self._read_headers("header")
        self._read_connection_options()
        body = self._read_body()
        fake = self.api_server.fake
        if fake.faults.latency:
            time.sleep(fake.faults.latency)
        reply = fake.handle(self.command, self.path, dict(self.headers.items()), body)
        self._answer(reply)

    def _read_request_line(self) -> bool:
        """Method, target and version into self; False if the connection ended before any."""
        line = b"\r\n"
        for _ in range(4):  # a few blank lines before a request are ignored (RFC 9112, section 2.2)
            line = self._read_line(MAX_REQUEST_LINE + 1, "the request line")
            if line not in _BLANK:
                break
        if not line:
            return False
        if line in _BLANK:
            raise _Refusal(400, "blank lines where the request line should be")
        if len(line) > MAX_REQUEST_LINE:
            raise _Refusal(414, f"request line longer than {MAX_REQUEST_LINE} bytes")
        self.requestline = text = _line_text(line)
        if not line.endswith(b"\n"):
            raise _Refusal(400, "the connection ended inside the request line")
        parts = text.split(" ")
        if len(parts) != 3:
            raise _Refusal(400, f"malformed request line: {text[:200]!r}")
        method, target, version = parts
        matched = _VERSION.fullmatch(version)
        if matched is None:
            raise _Refusal(400, f"malformed HTTP version: {version[:50]!r}")
        if matched[1] != "1":
            raise _Refusal(505, f"HTTP version {version} is not supported: use HTTP/1.1")
        if not _TOKEN.fullmatch(method):
            raise _Refusal(400, f"malformed method: {method[:50]!r}")
        if not target or _BAD_TARGET.search(target):
            raise _Refusal(400, f"malformed request target: {target[:200]!r}")
        self.command, self.path, self.request_version = method, target, version
        self.close_connection = version == "HTTP/1.0"
        return True

    def _read_headers(self, kind: str) -> HTTPMessage:
        """Header (or trailer) lines up to the blank line, within MAX_HEADERS and MAX_HEADER_BYTES."""
        message = HTTPMessage()
        count = total = 0
        while True:
            line = self._read_line(MAX_HEADER_BYTES - total + 1, f"the {kind}s")
            total += len(line)
            if total > MAX_HEADER_BYTES:
                raise _Refusal(431, f"{kind}s longer than {MAX_HEADER_BYTES} bytes in all")
            if not line.endswith(b"\n"):
                raise _Refusal(400, f"the connection ended inside the {kind}s")
            if line in _BLANK:
                return message
            count += 1
            if count > MAX_HEADERS:
                raise _Refusal(431, f"more than {MAX_HEADERS} {kind}s")
            text = _line_text(line)
            if text[:1] in (" ", "\t"):
                raise _Refusal(400, f"obsolete line folding in the {kind}s")
            name, colon, value = text.partition(":")
            if not colon or not _TOKEN.fullmatch(name):
                raise _Refusal(400, f"malformed {kind} line: {text[:100]!r}")
            value = value.strip(" \t")
            if _BAD_VALUE.search(value):
                raise _Refusal(400, f"control character in the {kind} {name}")
            message[name] = value  # adds: a repeated header keeps all its values

    def _read_connection_options(self) -> None:
        options = {
            part.strip().lower()
            for value in self.headers.get_all("Connection", [])
            for part in value.split(",")
        }
        if "close" in options:
            self.close_connection = True
        elif "keep-alive" in options:
            self.close_connection = False
        expect = self.headers.get("Expect")
        if expect is not None and expect.strip().lower() != "100-continue":
            raise _Refusal(417, f"Expect: {expect[:50]} is not supported, only 100-continue")

    # ----- the body ----------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        """The body as its framing says, or a refusal: 400 for framing that is malformed or ambiguous,
        413 over MAX_BODY_BYTES (told before any of it is read), 501 for codings other than chunked."""
        codings_sent = self.headers.get_all("Transfer-Encoding", [])
        lengths_sent = self.headers.get_all("Content-Length", [])
        if codings_sent:
            if lengths_sent:
                raise _Refusal(
                    400, "both Content-Length and Transfer-Encoding: the body's length is ambiguous"
                )
            codings = [part.strip().lower() for value in codings_sent for part in value.split(",")]
            if codings == ["chunked"]:
                self._continue()
                return self._read_chunked()
            listed = ", ".join(codings)
            if codings[-1] != "chunked":
                raise _Refusal(
                    400, f"Transfer-Encoding {listed}: without chunked last, the length is unknown"
                )
            raise _Refusal(
                501, f"Transfer-Encoding {listed} is not supported: send chunked or a Content-Length"
            )
        if not lengths_sent:
            return b""
        texts = {part.strip() for value in lengths_sent for part in value.split(",")}
        if len(texts) > 1:
            raise _Refusal(400, f"Content-Length given differently: {', '.join(sorted(texts))[:100]}")
        (text,) = texts
        if not _DIGITS.fullmatch(text):
            raise _Refusal(400, f"Content-Length must be ASCII digits, not {text[:50]!r}")
        if len(text.lstrip("0")) > len(str(MAX_BODY_BYTES)) or int(text) > MAX_BODY_BYTES:
            raise _Refusal(413, f"Content-Length {text[:30]} is over the limit of {MAX_BODY_BYTES} bytes")
        length = int(text)
        if not length:
            return b""
        self._continue()
        late = f"the body ended before its Content-Length of {length} bytes"
        return self._read_exact(length, late)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self._read_line(1024, "a chunk size line", status=400)
            if not line.endswith(b"\n"):
                raise _Refusal(400, "chunk size line too long, or the body ended inside it")
            size_text = line.split(b";", 1)[0].strip(b" \t\r\n")
            if not _HEX.fullmatch(size_text):
                raise _Refusal(400, f"malformed chunk size: {size_text[:20]!r}")
            if len(size_text.lstrip(b"0")) > 8 or total + int(size_text, 16) > MAX_BODY_BYTES:
                raise _Refusal(413, f"chunked body over the limit of {MAX_BODY_BYTES} bytes")
            size = int(size_text, 16)
            if not size:
                break
            chunks.append(self._read_exact(size, "the body ended inside a chunk"))
            if self._read_exact(2, "the body ended after a chunk") != b"\r\n":
                raise _Refusal(400, "chunk data longer than its size, or not followed by CRLF")
            total += size
        self._read_headers("trailer")  # read to keep the connection in step; nothing here needs them
        return b"".join(chunks)

    def _continue(self) -> None:
        """The interim answer a client sending `Expect: 100-continue` waits for before the body."""
        if (
            self.request_version == "HTTP/1.1"
            and self.headers.get("Expect", "").strip().lower() == "100-continue"
        ):
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    # ----- reading, with the read timeout turned into an answer ---------------------------------

    def _read_line(self, limit: int, what: str, status: int = 408) -> bytes:
        try:
            return self.reader.readline(limit)
        except TimeoutError:
            timeout = self.api_server.read_timeout
            raise _Refusal(status, f"{what} did not arrive in full within {timeout:g} s") from None

    def _read_exact(self, size: int, late: str) -> bytes:
        try:
            data = self.reader.read(size)
        except TimeoutError:
            raise _Refusal(
                400, f"{late} (nothing more came for {self.api_server.read_timeout:g} s)"
            ) from None
        if len(data) < size:
            raise _Refusal(400, late)
        return data

    # ----- answering ---------------------------------------------------------------------------

    def _answer(self, reply: Reply) -> None:
        payload = reply.content()
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status != 204:  # a 204 has no body, so neither its type nor its length (RFC 9110, 8.6)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.answered = True
        if self.command != "HEAD":  # a HEAD answer has headers only, the size of the body it would have
            self.wfile.write(payload)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The error in Cloudflare's envelope, where BaseHTTPRequestHandler would send an HTML page, then
        the connection closed: after a refused request the rest of the input cannot be trusted."""
        self.close_connection = True
        if self.answered:  # too late for another answer: closing is all that is left
            return
        text = message or self.responses.get(code, ("error",))[0]
        code_in_body = CODE_SERVER_ERROR if code == 500 else CODE_BAD_HTTP
        try:
            self._answer(Reply(code, error_envelope([(code_in_body, text)]), {}))
            self._linger()
        except OSError:
            pass

    def _linger(self) -> None:
        """Read and drop what the client still sends, for a while, before closing: closing a socket with
        unread input makes the kernel send a reset, which can destroy the answer before it is read."""
        try:
            self.connection.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + LINGER_SECONDS
            while (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                if not self.connection.recv(65536):
                    return
        except OSError:
            return

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet by default: the access log would drown test output."""
        if self.api_server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    """One thread per connection (daemon threads: a client that keeps its connection open cannot keep
    the process alive); BACKLOG connections may wait to be accepted."""

    daemon_threads = True
    request_queue_size = BACKLOG

    def __init__(
        self, fake: FakeEmailSecurity, port: int, verbose: bool, read_timeout: float, idle_timeout: float
    ) -> None:
        self.fake: FakeEmailSecurity = fake
        self.verbose: bool = verbose
        self.read_timeout: float = read_timeout
        self.idle_timeout: float = idle_timeout
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__((LOOPBACK, port), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End every connection still open, so that a stopped server answers nothing more."""
        with self._open_lock:
            still_open = list(self._open)
        for connection in still_open:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """`with FakeServer(fake) as server:` serves `fake` on 127.0.0.1 (port 0: any free one) in a
    background thread until the block ends; `server.base_url` is what a client needs.

    `read_timeout`: how long the rest of a request may take once it began (then 408, or 400 for a body
    shorter than promised); `idle_timeout`: how long a keep-alive connection may wait for its next one."""

    def __init__(
        self,
        fake: FakeEmailSecurity | None = None,
        *,
        port: int = 0,
        verbose: bool = False,
        read_timeout: float = READ_TIMEOUT,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        self.fake: FakeEmailSecurity = fake or FakeEmailSecurity()
        self._server = _Server(self.fake, port, verbose, read_timeout, idle_timeout)
        self._thread: threading.Thread | None = None
        self._state_lock = threading.Lock()
        self._serving = False
        self._stopped = False

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{self.fake.api.prefix}"

    def _begin(self) -> bool:
        """Mark the server as serving, unless it was stopped already (then False)."""
        with self._state_lock:
            self._serving = not self._stopped
            return self._serving

    def start(self) -> FakeServer:
        if not self._begin():
            raise RuntimeError("this FakeServer was stopped; make a new one")
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(POLL_SECONDS,), name="fake-email-security", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted or stopped (the command line's way)."""
        if not self._begin():  # stopped before it began: `--exit-after 0` may be that quick
            return
        try:
            self._server.serve_forever(POLL_SECONDS)
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop accepting, end the connections still open and free the port; again: nothing happens."""
        with self._state_lock:
            if self._stopped:
                return
            self._stopped = True
            serving = self._serving
        if serving:  # shutdown() waits for serve_forever to return: forever, had it never started
            self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
