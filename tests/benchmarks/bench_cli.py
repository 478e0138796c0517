"""`make bench`, command line: `--help` against `python -c "import httpx"`, and plan plus apply of an
account of 1,000 and 10,000 entries against the fake API.

(a) Start-up: both commands run alternately, RUNS times each; medians and their ratio are printed
    (target: `--help` at most 1.5x). The `cf-email-security` script is used when installed, else the
    same entry point through `python -c`; `python -m cf_email_security` is shown too.
(b) Scale: a settings file of N entries (40 % allow policies, 40 % blocked senders, 20 % trusted
    domains) planned, applied and planned again by the CLI as a subprocess against a fake on
    127.0.0.1 (in this process). Printed per step: list pages and batch requests the fake saw, against
    the minimum `ceil(n/100)` pages + `ceil(n/1000)` batches per resource (100: the client's per_page),
    wall time, and the CLI process's peak RSS (from wait4). Nothing is asserted: this prints figures.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

import yaml

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer

RUNS = 15
SIZES = (1_000, 10_000)
SHARES = {"allow_policies": 0.4, "block_senders": 0.4, "trusted_domains": 0.2}
PER_PAGE = 100
CHUNK = 1000


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDFLARE_")}
    env.update(extra)
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds, exit code, peak RSS in KiB) of one run, output discarded."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    assert process.stderr is not None
    error = process.stderr.read()
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 2):
        sys.stderr.write(error.decode(errors="replace"))
    return seconds, code, usage.ru_maxrss


def startup() -> None:
    script = shutil.which("cf-email-security", path=os.path.dirname(sys.executable))
    entry = (
        [script]
        if script
        else [sys.executable, "-c", "import sys; from cf_email_security.cli import main; sys.exit(main())"]
    )
    commands = {
        'python -c "import httpx"': [sys.executable, "-c", "import httpx"],
        "cf-email-security --help" + ("" if script else " (entry point via -c)"): [*entry, "--help"],
        "python -m cf_email_security --help": [sys.executable, "-m", "cf_email_security", "--help"],
    }
    # Bytecode as an installed package has it (pip compiles on install), for both commands alike: a
    # PYTHONDONTWRITEBYTECODE environment would otherwise recompile this checkout on every run.
    cache = tempfile.mkdtemp(prefix="bench-cli-pycache-")
    env = _env(PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache and write the bytecode
        _timed(command, env)
    for _ in range(RUNS):
        for name, command in commands.items():
            times[name].append(_timed(command, env)[0])
    shutil.rmtree(cache, ignore_errors=True)
    print(f"\n(e) command line start-up: medians of {RUNS} alternating runs (bytecode cached)")
    base = statistics.median(times['python -c "import httpx"'])
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:58} {median * 1000:7.1f} ms  {median / base:5.2f}x   (min {min(runs) * 1000:.1f} ms)")


def _entries(total: int) -> dict[str, Any]:
    counts = {name: int(total * share) for name, share in SHARES.items()}
    counts["allow_policies"] += total - sum(counts.values())
    flags = dict.fromkeys(
        ("is_trusted_sender", "is_exempt_recipient", "is_acceptable_sender", "verify_sender"), False
    )
    return {
        "allow_policies": {
            "prune": False,
            "entries": [
                {"pattern": f"user{n}@allow.example", "pattern_type": "EMAIL", "is_regex": False, **flags,
                 "is_trusted_sender": n % 2 == 0}
                for n in range(counts["allow_policies"])
            ],
        },
        "block_senders": {
            "prune": False,
            "entries": [
                {"pattern": f"spam{n}.example", "pattern_type": "DOMAIN", "is_regex": False}
                for n in range(counts["block_senders"])
            ],
        },
        "trusted_domains": {
            "prune": False,
            "entries": [
                {"pattern": f"partner{n}.example", "is_recent": True, "is_similarity": False,
                 "is_regex": False}
                for n in range(counts["trusted_domains"])
            ],
        },
    }  # fmt: skip


def scale() -> None:
    print("\n(f) command line plan + apply against the fake API on 127.0.0.1 (the CLI as a subprocess)")
    print(f"  {'':34} {'pages':>6} {'batches':>8} {'minimum':>8} {'time':>8} {'peak RSS':>9}")
    for total in SIZES:
        settings = _entries(total)
        counts = {name: len(value["entries"]) for name, value in settings.items()}
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "settings.yaml")
            with open(path, "w", encoding="utf-8") as file:
                yaml.safe_dump(settings, file, sort_keys=False)
            fake = FakeEmailSecurity(seed={})
            with FakeServer(fake) as server:
                env = _env(
                    CLOUDFLARE_API_TOKEN="bench",
                    CLOUDFLARE_ACCOUNT_ID=FAKE_ACCOUNT_ID,
                    CLOUDFLARE_BASE_URL=server.base_url,
                )
                cli = [sys.executable, "-m", "cf_email_security"]
                steps = [
                    ("plan (empty account)", [*cli, "plan", "-f", path], {n: 0 for n in counts}, False),
                    (
                        "apply --auto-approve",
                        [*cli, "apply", "-f", path, "--auto-approve"],
                        {n: 0 for n in counts},
                        True,
                    ),
                    (
                        "plan again (no changes)",
                        [*cli, "plan", "-f", path, "--detailed-exitcode"],
                        counts,
                        False,
                    ),
                ]
                for name, command, current, writes in steps:
                    fake.requests.clear()
                    seconds, code, rss = _timed(command, env)
                    pages = sum(1 for r in fake.requests if r.method == "GET")
                    batches = sum(1 for r in fake.requests if r.path.endswith("/batch"))
                    minimum = sum(max(1, math.ceil(n / PER_PAGE)) for n in current.values())
                    if writes:
                        minimum += sum(math.ceil(n / CHUNK) for n in counts.values())
                    label = f"N={total:,}: {name}"
                    print(
                        f"  {label:34} {pages:6} {batches:8} {minimum:8} {seconds:7.2f}s {rss / 1024:6.1f}MiB"
                        + ("" if code == 0 else f"  exit {code}")
                    )
    print("  minimum: ceil(n/100) list pages (1 for an empty resource) + ceil(n/1000) batches, per resource")
    print("  peak RSS: the CLI process's maximum resident set (wait4), interpreter and imports included")


def main() -> None:
    startup()
    scale()


if __name__ == "__main__":
    main()
