"""`make bench`: this SDK against bare httpx (the floor) and the official `cloudflare` SDK, side by side.

(a) a fresh process doing import + client + `.allow_policies`: wall time and peak RSS; then the same
    process going on to fetch its first page, as what is deferred to the first request shows there;
(b) fetching and parsing one page of 50 allow policies from a local server on 127.0.0.1;
(c) walking 10,000 items, sync and async, with 20 ms of simulated server latency.
Timings are medians of interleaved rounds, so that machine noise hits every contender alike.
Fresh processes run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed) after one unmeasured
round, as after `pip install`, which compiles every module: an editable checkout in a shell that
sets that variable would otherwise compile this package from source on every run, and only it.
Only loopback traffic; the server stops with the script.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

ACCOUNT = "0123456789abcdef0123456789abcdef"
TOTAL_ITEMS = 10_000


def policy(number: int) -> dict[str, Any]:
    """An allow policy as the live API sends it: a UUID id, modified_at (and the deprecated fields it
    still sends)."""
    return {
        "id": str(uuid.UUID(int=number, version=4)),
        "pattern": f"user{number}@example.com",
        "pattern_type": "EMAIL",
        "is_regex": False,
        "is_trusted_sender": False,
        "is_acceptable_sender": True,
        "is_exempt_recipient": False,
        "is_recipient": False,
        "is_sender": False,
        "is_spoof": False,
        "verify_sender": True,
        "comments": None,
        "created_at": "2024-05-01T10:00:00.123456Z",
        "modified_at": "2024-05-02T11:00:00.654321Z",
        "last_modified": "2024-05-02T11:00:00.654321Z",
    }


class Server:
    """A threaded HTTP server on 127.0.0.1 serving paged allow policies, with optional latency."""

    def __init__(self) -> None:
        self.items = [policy(number) for number in range(1, TOTAL_ITEMS + 1)]
        self.latency = 0.0
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()  # headers and body are separate writes: without NODELAY, 40 ms ACK stalls
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self) -> None:
                outer.requests += 1
                if outer.latency:
                    time.sleep(outer.latency)
                query = parse_qs(urlsplit(self.path).query)
                page = int(query.get("page", ["1"])[0])
                per_page = int(query.get("per_page", ["20"])[0])
                chunk = outer.items[(page - 1) * per_page : page * per_page]
                info = {
                    "count": len(chunk),
                    "page": page,
                    "per_page": per_page,
                    "total_count": len(outer.items),
                }
                body = json.dumps(
                    {"success": True, "errors": [], "messages": [], "result": chunk, "result_info": info}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/client/v4"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()


# ---- (a) import cost in a fresh process -----------------------------------------------------------
IMPORT_SNIPPETS = {
    "import httpx (floor)": "import httpx",
    "cf_email_security": (
        "from cf_email_security import EmailSecurity\n"
        "es = EmailSecurity(api_token='t', account_id='a'); es.allow_policies"
    ),
    "official cloudflare 5.9.0": (
        "from cloudflare import Cloudflare\n"
        "cf = Cloudflare(api_token='t'); cf.email_security.settings.allow_policies"
    ),
}
FIRST_PAGE_SNIPPETS = {  # formatted with the server's base_url and the account
    "bare httpx + json() (floor)": (
        "import httpx\n"
        "httpx.Client().get('{base_url}/accounts/{account}/email-security/settings/allow_policies',"
        " params={{'page': 1, 'per_page': 50}}).json()['result']"
    ),
    "cf_email_security": (
        "from cf_email_security import EmailSecurity\n"
        "es = EmailSecurity(api_token='t', account_id='{account}', base_url='{base_url}')\n"
        "next(es.allow_policies.list(per_page=50).pages()).result"
    ),
    "official cloudflare 5.9.0": (
        "from cloudflare import Cloudflare\n"
        "cf = Cloudflare(api_token='t', base_url='{base_url}')\n"
        "cf.email_security.settings.allow_policies.list(account_id='{account}', per_page=50).result"
    ),
}
MEASURE = (
    "import resource, time\nstarted = time.perf_counter()\n{code}\n"
    "print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)


def fresh_process_costs(snippets: dict[str, str], rounds: int = 7) -> dict[str, tuple[float, float]]:
    """Median wall time and peak RSS of each snippet, each round in a new interpreter."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in snippets}
    for round_ in range(rounds + 1):
        for name, code in snippets.items():
            out = subprocess.run(
                [sys.executable, "-c", MEASURE.format(code=code)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            seconds, rss_kib = out.stdout.split()
            if round_:  # round 0 only fills the bytecode caches
                samples[name].append((float(seconds), float(rss_kib) / 1024))
    return {
        name: (statistics.median(s for s, _ in values), statistics.median(r for _, r in values))
        for name, values in samples.items()
    }


def print_fresh_process_table(costs: dict[str, tuple[float, float]], floor: str) -> None:
    floor_s = costs[floor][0]
    official_s = costs["official cloudflare 5.9.0"][0]
    print(f"  {'':28} {'time':>9} {'peak RSS':>9} {'x floor':>8} {'x official':>10}")
    for name, (seconds, rss) in costs.items():
        ratios = f"{seconds / floor_s:8.2f} {seconds / official_s:10.2f}"
        print(f"  {name:28} {seconds * 1000:7.1f}ms {rss:7.1f}MiB {ratios}")


# ---- (b) one page of 50 ---------------------------------------------------------------------------
def page_costs(server: Server, rounds: int = 15, calls: int = 40) -> dict[str, float]:
    from cloudflare import Cloudflare

    from cf_email_security import EmailSecurity

    url = f"{server.base_url}/accounts/{ACCOUNT}/email-security/settings/allow_policies"
    bare = httpx.Client()
    ours = EmailSecurity(api_token="t", account_id=ACCOUNT, base_url=server.base_url)
    official = Cloudflare(api_token="t", base_url=server.base_url)

    def floor() -> object:
        return bare.get(url, params={"page": 1, "per_page": 50}).json()["result"]

    def mine() -> object:
        return next(ours.allow_policies.list(per_page=50).pages()).result

    def theirs() -> object:
        return official.email_security.settings.allow_policies.list(account_id=ACCOUNT, per_page=50).result

    contenders: dict[str, Callable[[], object]] = {
        "bare httpx + json() (floor)": floor,
        "cf_email_security": mine,
        "official cloudflare 5.9.0": theirs,
    }
    for call in contenders.values():
        assert len(call()) == 50  # type: ignore[arg-type]
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, call in contenders.items():
            started = time.perf_counter()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter() - started) / calls)
    return {name: statistics.median(values) for name, values in samples.items()}


# ---- (c) walking 10,000 items under latency --------------------------------------------------------
def walk_costs(server: Server) -> list[tuple[str, int, int, float]]:
    from cf_email_security import AsyncEmailSecurity, EmailSecurity

    server.latency = 0.020
    rows = []
    es = EmailSecurity(api_token="t", account_id=ACCOUNT, base_url=server.base_url)
    server.requests = 0
    started = time.perf_counter()
    count = sum(1 for _ in es.allow_policies.list())
    rows.append(("sync walk", count, server.requests, time.perf_counter() - started))

    async def walk() -> int:
        async with AsyncEmailSecurity(api_token="t", account_id=ACCOUNT, base_url=server.base_url) as aes:
            return len([item async for item in aes.allow_policies.list()])

    server.requests = 0
    started = time.perf_counter()
    count = asyncio.run(walk())
    rows.append(("async walk (8 pages in flight)", count, server.requests, time.perf_counter() - started))
    server.latency = 0.0
    return rows


def mailbox_seconds() -> float:
    """The time a FakeEmailSecurity of 5,000 messages takes to answer its first search (seeding)."""
    from cf_email_security.testing import FakeEmailSecurity

    started = time.perf_counter()
    fake = FakeEmailSecurity(mailbox=5000)
    next(iter(fake.client().investigate.list(per_page=1)))
    return time.perf_counter() - started


def main() -> None:
    print("(a) fresh process: import + client + .allow_policies (median of 7)")
    print_fresh_process_table(fresh_process_costs(IMPORT_SNIPPETS), "import httpx (floor)")

    server = Server()
    try:
        print("\n    the same process, going on to fetch its first page of 50 from 127.0.0.1 (median of 7)")
        first_page = {
            name: code.format(base_url=server.base_url, account=ACCOUNT)
            for name, code in FIRST_PAGE_SNIPPETS.items()
        }
        print_fresh_process_table(fresh_process_costs(first_page), "bare httpx + json() (floor)")
        print("\n(b) one page of 50 allow policies from 127.0.0.1 (per request, median of 15 x 40)")
        pages = page_costs(server)
        floor_page = pages["bare httpx + json() (floor)"]
        for name, seconds in pages.items():
            print(f"  {name:28} {seconds * 1e6:8.0f}us {seconds / floor_page:6.2f}x floor")
        print(f"\n(c) walking {TOTAL_ITEMS} items, 20 ms server latency, default per_page")
        rows = walk_costs(server)
        for name, count, requests, seconds in rows:
            print(f"  {name:32} {count:6} items {requests:4} requests {seconds:6.2f}s")
        print(f"  async speed-up: {rows[0][3] / rows[1][3]:.1f}x")
        print(f"\n(d) the fake's seeded mailbox: 5,000 messages made on first use: {mailbox_seconds():.2f}s")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
