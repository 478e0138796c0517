"""Ctrl-C or SIGTERM during `apply`: no request starts after the signal, the ones in flight finish,
and the summary printed matches what the account holds.

The CLI runs as a subprocess against the fake served on 127.0.0.1; the signal goes out once the
fake has seen a few hundred of the 5,000 single creates a plan of the impersonation registry makes.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cf_email_security.testing import FakeEmailSecurity, FakeServer, Faults
from cli_support import Served

ENTRIES = 5000
SIGNAL_AFTER = 300
RESOURCE = "impersonation_registry"


def creates(fake: FakeEmailSecurity) -> int:
    return sum(1 for r in fake.requests if r.method == "POST")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_an_apply_of_single_calls_and_the_summary_matches_the_account(
    signum: int, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.json"
    entries = [
        {"email": f"person{n}@example.com", "name": f"Person {n}", "is_email_regex": False}
        for n in range(ENTRIES)
    ]
    settings.write_text(json.dumps({RESOURCE: entries}))
    fake = FakeEmailSecurity(faults=Faults(latency=0.002))  # 5,000 creates take seconds, not ms
    with FakeServer(fake) as server:
        served = Served(fake, server.base_url)
        process = subprocess.Popen(
            [sys.executable, "-m", "cf_email_security", "apply", "-f", str(settings), "--auto-approve"],
            stdout=subprocess.DEVNULL,  # the plan's 5,000 lines: a pipe nobody reads would fill up
            stderr=subprocess.PIPE,
            text=True,
            env=served.env(),
        )
        deadline = time.monotonic() + 60
        while creates(fake) < SIGNAL_AFTER and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, "the apply ended before the signal"
        process.send_signal(signum)
        signalled = time.monotonic()
        _, stderr = process.communicate(timeout=60)
        took = time.monotonic() - signalled
        sent_after_exit = creates(fake)
    held = len(fake.entries(RESOURCE))
    assert process.returncode == 130, stderr
    assert "interrupted: nothing more was sent" in stderr and "Apply complete" not in stderr
    summary = re.search(rf"{RESOURCE}: (\d+) of {ENTRIES} change\(s\) applied, (\d+) not", stderr)
    assert summary, stderr
    applied, not_applied = map(int, summary.groups())
    assert applied == held and applied + not_applied == ENTRIES
    assert sent_after_exit == held < ENTRIES / 2, "every create sent was applied, and few were sent"
    assert took < 10, f"{took:.1f} s from the signal to the exit"


def test_a_failure_stops_the_apply_and_the_summary_says_what_was_applied(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    people = [{"email": f"p{n}@example.com", "name": f"P {n}", "is_email_regex": False} for n in range(300)]
    trusted = [{"pattern": "t.example", "is_recent": True, "is_similarity": False, "is_regex": False}]
    settings.write_text(json.dumps({RESOURCE: people, "trusted_domains": trusted}))
    fake = FakeEmailSecurity()
    fake.inject(403, method="POST", path=RESOURCE, times=10_000, after=10)
    with FakeServer(fake) as server:
        served = Served(fake, server.base_url)
        result = served.run("apply", "-f", str(settings), "--auto-approve")
        posted = creates(fake)
    assert result.returncode == 3, result.stderr
    held = len(fake.entries(RESOURCE))
    assert held == 10 and posted <= 10 + 8, f"{posted} creates sent after the 11th failed"
    assert f"{RESOURCE}: 10 of 300 change(s) applied, 290 not" in result.stderr
    assert "trusted_domains: not started, 1 change(s) not applied" in result.stderr
    assert "403" in result.stderr and "plan again" in result.stderr
    assert fake.entries("trusted_domains") == []
