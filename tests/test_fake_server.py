"""The fake over real HTTP on 127.0.0.1: in-process (`FakeServer`) and as `python -m
cf_email_security.testing`, for tools in other processes."""

from __future__ import annotations

import asyncio
import http.client
import io
import json
import re
import resource
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any, BinaryIO
from uuid import UUID

import httpx
import pytest

from cf_email_security import AuthenticationError, EmailSecurity
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer, StepClock
from contract import CapturingTransport, assert_conforms
from support import Factory, IdMaker

FACTORY = Factory()


def create(resource: str, n: int | None = None, /, **fields: Any) -> dict[str, Any]:
    """A create body of `resource` from the spec, with `fields` given."""
    body: dict[str, Any] = FACTORY.create(resource, n, **fields)
    return body


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(FakeEmailSecurity(clock=StepClock())) as running:
        yield running


def test_client_over_http(server: FakeServer) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
    capture = CapturingTransport(httpx.HTTPTransport())
    with EmailSecurity(
        api_token="any-token", account_id=FAKE_ACCOUNT_ID, base_url=server.base_url, transport=capture
    ) as es:
        body = create("block_senders")
        created = es.block_senders.create(**body)
        assert es.block_senders.get(created.id).pattern == body["pattern"]
        assert [d.domain for d in es.domains.list(per_page=2)] == [
            "example.com",
            "example.org",
            "mail.example.net",
        ]
        raw = es.block_senders.with_raw_response.get(created.id)
        assert raw.status_code == 200 and raw.headers["cf-ray"].endswith("-FAKE")
    assert server.fake.entries("block_senders")[0]["id"] == created.id
    assert_conforms(capture.exchanges)


def test_server_requires_credentials(server: FakeServer) -> None:
    response = httpx.get(f"{server.base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/domains")
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == 10000


def test_server_checks_the_token_it_was_given() -> None:
    with FakeServer(FakeEmailSecurity(api_token="only-this")) as running:
        first = running.fake.entries("domains")[0]["id"]
        options = {"account_id": FAKE_ACCOUNT_ID, "base_url": running.base_url, "max_retries": 0}
        with EmailSecurity(api_token="another", **options) as es, pytest.raises(AuthenticationError):
            es.domains.get(first)
        with EmailSecurity(api_token="only-this", **options) as es:
            assert es.domains.get(first).id == first


def test_command_line_server_serves_then_stops_by_itself() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cf_email_security.testing",
            "--port",
            "0",
            "--steady-clock",
            "--exit-after",
            "3",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[-1].strip()
        assert base_url.startswith("http://127.0.0.1:")
        with EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, base_url=base_url) as es:
            policy = es.trusted_domains.create(**create("trusted_domains"))
            assert policy.created_at.isoformat() == "2026-01-01T00:00:00+00:00", "--steady-clock starts there"
        assert process.wait(timeout=15) == 0, "the server did not stop by itself"  # terminate() gives -15
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


def test_command_line_exit_after() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "cf_email_security.testing", "--port", "0", "--exit-after", "0.5"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert completed.returncode == 0
    assert "fake Email Security API on http://127.0.0.1:" in completed.stdout


# --- hardening: every request answered in the envelope, never HTML, a drop or a hang ------------------

ROUTE = f"/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/block_senders"
AUTH = "Authorization: Bearer t\r\n"
EVERY_METHOD = "DELETE, GET, PATCH, POST, PUT"
SENDER = json.dumps(create("block_senders"), separators=(",", ":")).encode()
READ_TIMEOUT = 0.4  # the fast server's: how long it waits for the rest of a request that has begun


class _KeptOpen(io.BufferedReader):
    """http.client closes its stream after each answer; pipelined answers follow on the same one."""

    def close(self) -> None:
        pass

    def really_close(self) -> None:
        super().close()


class Connection:
    """One raw socket to the server, for requests httpx would refuse to send; responses are read with
    http.client from one buffered stream, so pipelined answers are not lost between reads."""

    def __init__(self, port: int, timeout: float = 5.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.stream = _KeptOpen(socket.SocketIO(self.sock, "rb"))

    def makefile(self, mode: str) -> BinaryIO:
        """What http.client.HTTPResponse asks its socket for: always the same stream."""
        return self.stream

    def send(self, data: bytes) -> Connection:
        self.sock.sendall(data)
        return self

    def response(self, method: str = "GET") -> tuple[http.client.HTTPResponse, bytes]:
        answer = http.client.HTTPResponse(self, method=method)  # type: ignore[arg-type]
        answer.begin()
        return answer, answer.read()

    def closed_by_server(self) -> bool:
        return self.stream.read(1) == b""

    def close(self) -> None:
        self.stream.really_close()
        self.sock.close()


def exchange(port: int, data: bytes, method: str = "GET") -> tuple[http.client.HTTPResponse, bytes]:
    connection = Connection(port)
    try:
        return connection.send(data).response(method)
    finally:
        connection.close()


def request(
    method: str = "GET", target: str = ROUTE, headers: str = AUTH, body: bytes = b"", length: bool = True
) -> bytes:
    sized = f"Content-Length: {len(body)}\r\n" if length and body else ""
    return f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}{sized}\r\n".encode("latin-1") + body


def assert_envelope(
    answer: http.client.HTTPResponse, body: bytes, status: int, *words: str
) -> dict[str, Any]:
    """A Cloudflare error envelope with `status`, its message naming every one of `words`."""
    assert answer.status == status, body[:300]
    assert answer.getheader("Content-Type") == "application/json"
    envelope: dict[str, Any] = json.loads(body)
    assert set(envelope) == {"success", "errors", "messages", "result"}
    assert envelope["success"] is False and envelope["result"] is None and envelope["messages"] == []
    message = envelope["errors"][0]["message"]
    assert isinstance(envelope["errors"][0]["code"], int)
    for word in words:
        assert word in message
    return envelope


@pytest.fixture
def fast() -> Iterator[FakeServer]:
    """A server that gives up on a half-sent request, or an idle connection, after READ_TIMEOUT."""
    fake = FakeEmailSecurity(clock=StepClock())
    with FakeServer(fake, read_timeout=READ_TIMEOUT, idle_timeout=READ_TIMEOUT) as running:
        yield running


def _raise_open_file_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(f"needs {needed} open files, the hard limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


async def _create_over(port: int, number: int) -> tuple[int, str]:
    """One connection of many: opened, then a create sent on it; (status, id)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = json.dumps(create("block_senders", number))
    writer.write(request("POST", headers=AUTH + "Connection: close\r\n", body=body.encode()))
    await writer.drain()
    answer = await reader.read()
    writer.close()
    head, _, payload = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(payload)["result"]["id"] if status == 201 else ""


async def _many_creates(port: int, count: int, timeout: float) -> list[tuple[int, str] | BaseException]:
    tasks = [asyncio.wait_for(_create_over(port, number), timeout) for number in range(count)]
    return await asyncio.gather(*tasks, return_exceptions=True)


def test_a_thousand_concurrent_connections_are_all_answered() -> None:
    """The listen backlog was 5: 1,000 clients at once lost SYNs and about half timed out."""
    _raise_open_file_limit(2600)
    count = 1000
    with FakeServer(FakeEmailSecurity(clock=StepClock())) as running:
        started = time.perf_counter()
        outcomes = asyncio.run(_many_creates(running.port, count, timeout=9.0))
        elapsed = time.perf_counter() - started
        failed = [outcome for outcome in outcomes if not isinstance(outcome, tuple) or outcome[0] != 201]
        assert not failed, f"{len(failed)} of {count} failed, e.g. {failed[:3]!r}"
        ids = {outcome[1] for outcome in outcomes if isinstance(outcome, tuple)}
        assert len(ids) == count and {UUID(entry_id).version for entry_id in ids} == {4}
        assert {entry["id"] for entry in running.fake.entries("block_senders")} == ids
    assert elapsed < 10, f"{count} connections took {elapsed:.1f} s"


@pytest.mark.parametrize(
    ("method", "target", "allow"),
    [
        ("HEAD", ROUTE, "GET, POST"),
        ("OPTIONS", ROUTE, "GET, POST"),
        ("OPTIONS", "*", EVERY_METHOD),
        ("TRACE", f"{ROUTE}/{IdMaker()()}", "DELETE, GET, PATCH"),
        ("CONNECT", "127.0.0.1:443", EVERY_METHOD),
        ("BREW", ROUTE, "GET, POST"),
        ("M-SEARCH", "/unknown", EVERY_METHOD),
    ],
)
def test_methods_not_served_are_405_with_allow(
    server: FakeServer, method: str, target: str, allow: str
) -> None:
    answer, body = exchange(server.port, request(method, target), method)
    assert answer.status == 405
    assert answer.getheader("Allow") == allow
    assert answer.getheader("Content-Type") == "application/json"
    if method == "HEAD":
        assert body == b"", "a HEAD answer has no body"
    else:
        assert_envelope(answer, body, 405, method)


def test_head_sends_no_body_and_the_connection_goes_on(server: FakeServer) -> None:
    connection = Connection(server.port)
    try:
        connection.send(request("HEAD") + request("GET"))
        head, nothing = connection.response("HEAD")
        assert (head.status, nothing) == (405, b"")
        assert int(head.getheader("Content-Length") or 0) > 0, "the size the envelope would have"
        answer, body = connection.response()
        assert answer.status == 200 and json.loads(body)["success"] is True
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("line", "status"),
    [
        (b"GARBAGE", 400),
        (b"GET", 400),
        (b"GET /client/v4 HTTP/1.1 extra", 400),
        (b"GET /client/v4 HTTQ/1.1", 400),
        (b"GET /client/v4 HTTP/1.x", 400),
        (b"GET /client/v4 HTTP/11", 400),
        (b"G<T /client/v4 HTTP/1.1", 400),
        (b"GET /client/v4", 400),  # HTTP/0.9: its answers would have no status line at all
        (b"GET /client\x00/v4 HTTP/1.1", 400),
        (b"GET /client/v4 HTTP/2.0", 505),
    ],
)
def test_malformed_request_lines_are_answered_in_the_envelope(
    server: FakeServer, line: bytes, status: int
) -> None:
    answer, body = exchange(server.port, line + b"\r\nHost: 127.0.0.1\r\n\r\n")
    assert_envelope(answer, body, status)
    assert answer.getheader("Connection") == "close"


def test_blank_lines_before_a_request_are_skipped_but_not_without_end(server: FakeServer) -> None:
    answer, body = exchange(server.port, b"\r\n\r\n" + request())
    assert answer.status == 200, body
    assert_envelope(*exchange(server.port, b"\r\n" * 10), 400, "blank lines")


def test_over_long_url_is_414(server: FakeServer) -> None:
    answer, body = exchange(server.port, request(target=ROUTE + "?search=" + "a" * 70_000))
    assert_envelope(answer, body, 414)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ("".join(f"X-Header-{n}: {n}\r\n" for n in range(101)), 431),
        (f"X-Long: {'a' * 70_000}\r\n", 431),
        ("".join(f"X-Header-{n}: {'b' * 2000}\r\n" for n in range(40)), 431),  # 80 kB in all
        ("No colon here\r\n", 400),
        ("Bad Name: x\r\n", 400),
        ("X-Space : x\r\n", 400),
        ("X-Folded: a\r\n b\r\n", 400),
    ],
)
def test_bad_headers_are_answered_in_the_envelope(server: FakeServer, headers: str, status: int) -> None:
    answer, body = exchange(server.port, request(headers=AUTH + headers))
    assert_envelope(answer, body, status)


@pytest.mark.parametrize(
    ("length", "status"),
    [
        (b"abc", 400),
        (b"-1", 400),
        (b"+5", 400),
        (b"0x10", 400),
        (b"\xb2", 400),  # superscript two, as latin-1
        ("\uff17".encode(), 400),  # fullwidth seven
        ("\u0667".encode(), 400),  # Arabic-Indic seven: int() would take it
        (b"5, 6", 400),
        (b"99999999999999999999", 413),
        (b"9" * 5000, 413),
        (str(8 * 1024 * 1024 + 1).encode(), 413),
    ],
)
def test_bad_content_length_is_answered_in_the_envelope(
    server: FakeServer, length: bytes, status: int
) -> None:
    head = request("POST").removesuffix(b"\r\n")
    answer, body = exchange(server.port, head + b"Content-Length: " + length + b"\r\n\r\n" + SENDER[:7])
    assert_envelope(answer, body, status, "Content-Length")


def test_two_different_content_lengths_or_both_framings_are_400(server: FakeServer) -> None:
    two = request(
        "POST", headers=AUTH + "Content-Length: 5\r\nContent-Length: 6\r\n", body=b"123456", length=False
    )
    assert_envelope(*exchange(server.port, two), 400, "Content-Length")
    both = request(
        "POST",
        headers=AUTH + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
        body=b"0\r\n\r\n",
        length=False,
    )
    assert_envelope(*exchange(server.port, both), 400, "Transfer-Encoding")


def test_body_shorter_than_content_length_is_400_after_the_read_timeout(fast: FakeServer) -> None:
    head = request("POST").removesuffix(b"\r\n")
    started = time.perf_counter()
    answer, body = exchange(fast.port, head + f"Content-Length: {len(SENDER) + 50}\r\n\r\n".encode() + SENDER)
    assert_envelope(answer, body, 400, "Content-Length")
    assert time.perf_counter() - started < READ_TIMEOUT + 2
    assert fast.fake.entries("block_senders") == []


def test_request_that_stops_halfway_is_408(fast: FakeServer) -> None:
    for partial in (b"GET /client/v4/acc", b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: "):
        answer, body = exchange(fast.port, partial)
        assert_envelope(answer, body, 408)


def test_idle_keep_alive_connection_is_closed_quietly(fast: FakeServer) -> None:
    connection = Connection(fast.port)
    try:
        answer, _ = connection.send(request()).response()
        assert answer.status == 200
        assert connection.closed_by_server(), "closed once idle for long, with no answer to nothing"
    finally:
        connection.close()


def chunked(*chunks: bytes, trailer: bytes = b"") -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks) + b"0\r\n" + trailer + b"\r\n"


def test_chunked_body_is_decoded(server: FakeServer) -> None:
    headers = AUTH + "Transfer-Encoding: chunked\r\n"
    answer, body = exchange(
        server.port, request("POST", headers=headers, body=chunked(SENDER[:10], SENDER[10:]), length=False)
    )
    assert answer.status == 201, body
    with_extension = b"%x;name=value\r\n%s\r\n0\r\nX-Trailer: yes\r\n\r\n" % (len(SENDER), SENDER)
    answer, body = exchange(server.port, request("POST", headers=headers, body=with_extension, length=False))
    assert answer.status == 201, body
    made = [entry["id"] for entry in server.fake.entries("block_senders")]
    assert len(made) == len(set(made)) == 2
    assert json.loads(body)["result"]["id"] == made[1]


@pytest.mark.parametrize(
    ("encoding", "payload", "status", "word"),
    [
        ("chunked", b"zz\r\nabc\r\n0\r\n\r\n", 400, "chunk size"),
        ("chunked", b"-1\r\nabc\r\n0\r\n\r\n", 400, "chunk size"),
        ("chunked", "\u0661\r\na\r\n0\r\n\r\n".encode(), 400, "chunk size"),
        ("chunked", b"3\r\nabcXY0\r\n\r\n", 400, "chunk"),
        ("chunked", b"800001\r\n", 413, "8388608"),
        ("chunked", b"7fffff\r\n" + b"a" * 0x7FFFFF + b"\r\n2\r\nab\r\n0\r\n\r\n", 413, "8388608"),
        ("gzip", b"", 400, "chunked last"),  # RFC 9112, 6.3: the length is unknown, so 400
        ("gzip, chunked", b"0\r\n\r\n", 501, "gzip"),
        ("chunked, gzip", b"", 400, "Transfer-Encoding"),
    ],
)
def test_bad_transfer_encoding_is_answered_in_the_envelope(
    server: FakeServer, encoding: str, payload: bytes, status: int, word: str
) -> None:
    headers = AUTH + f"Transfer-Encoding: {encoding}\r\n"
    answer, body = exchange(server.port, request("POST", headers=headers, body=payload, length=False))
    assert_envelope(answer, body, status, word)
    assert server.fake.entries("block_senders") == []


def test_truncated_chunked_body_is_400_after_the_read_timeout(fast: FakeServer) -> None:
    headers = AUTH + "Transfer-Encoding: chunked\r\n"
    answer, body = exchange(
        fast.port, request("POST", headers=headers, body=b"40\r\n" + SENDER[:10], length=False)
    )
    assert_envelope(answer, body, 400, "chunk")


def test_expect_100_continue_gets_its_interim_answer(server: FakeServer) -> None:
    connection = Connection(server.port)
    try:
        head = request("POST", headers=AUTH + "Expect: 100-continue\r\n", body=SENDER)
        connection.send(head.removesuffix(SENDER))
        assert connection.stream.readline() == b"HTTP/1.1 100 Continue\r\n"
        assert connection.stream.readline() == b"\r\n"
        answer, body = connection.send(SENDER).response()
        assert answer.status == 201, body
    finally:
        connection.close()


def test_too_large_body_is_413_before_it_is_sent(server: FakeServer) -> None:
    head = request("POST", headers=AUTH + "Expect: 100-continue\r\n").removesuffix(b"\r\n")
    answer, body = exchange(server.port, head + f"Content-Length: {9 * 1024 * 1024}\r\n\r\n".encode())
    assert_envelope(answer, body, 413, "8388608")


def test_deeply_nested_json_is_400_over_http(server: FakeServer) -> None:
    answer, body = exchange(server.port, request("POST", body=b"[" * 100_000))
    assert_envelope(answer, body, 400, "JSON")
    answer, body = exchange(server.port, request("POST", body=b'{"a":' * 100_000))
    assert_envelope(answer, body, 400, "JSON")


def test_unicode_digits_in_query_and_path_are_400_over_http(server: FakeServer) -> None:
    headers = {"Authorization": "Bearer t"}
    base = server.base_url + ROUTE.removeprefix("/client/v4")
    response = httpx.get(f"{base}?page=%C2%B2", headers=headers)
    assert response.status_code == 400 and "page" in response.json()["errors"][0]["message"]
    response = httpx.get(f"{base}/%D9%A1", headers=headers)
    message = response.json()["errors"][0]["message"]
    assert response.status_code == 400 and re.search(r"\bid\b", message), message  # not "invalid"


def test_an_error_inside_the_fake_is_a_500_envelope(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(server.fake, "handle", broken)
    answer, body = exchange(server.port, request())
    assert_envelope(answer, body, 500, "RuntimeError")


def test_unknown_expectation_is_417(server: FakeServer) -> None:
    answer, body = exchange(server.port, b"GET / HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\n\r\n")
    assert_envelope(answer, body, 417, "Expect")


def test_stop_closes_connections_still_open(server: FakeServer) -> None:
    connection = Connection(server.port)
    try:
        answer, _ = connection.send(request()).response()
        assert answer.status == 200
        server.stop()
        assert connection.closed_by_server()
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", server.port), timeout=2).close()
    finally:
        connection.close()


def test_server_refuses_key_and_email_when_given_a_token() -> None:
    with FakeServer(FakeEmailSecurity(api_token="only-this")) as running:
        url = f"{running.base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/domains"
        keyed = httpx.get(url, headers={"X-Auth-Key": "any", "X-Auth-Email": "any@example.com"})
        assert keyed.status_code == 401 and keyed.json()["errors"][0]["code"] == 10000
        assert httpx.get(url, headers={"Authorization": "Bearer only-this"}).status_code == 200


def test_command_line_accepts_only_the_credentials_it_was_given() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cf_email_security.testing",
            "--port",
            "0",
            "--exit-after",
            "20",
            "--token",
            "tok",
            "--api-key",
            "key",
            "--email",
            "ops@example.com",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[-1].strip()
        url = f"{base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/domains"
        accepted = [
            {"Authorization": "Bearer tok"},
            {"X-Auth-Key": "key", "X-Auth-Email": "ops@example.com"},
        ]
        refused = [
            {"Authorization": "Bearer other"},
            {"X-Auth-Key": "other", "X-Auth-Email": "ops@example.com"},
            {"X-Auth-Key": "key", "X-Auth-Email": "someone@example.com"},
        ]
        assert [httpx.get(url, headers=headers).status_code for headers in accepted] == [200, 200]
        assert [httpx.get(url, headers=headers).status_code for headers in refused] == [401, 401, 401]
    finally:
        process.terminate()
        process.wait(timeout=10)
