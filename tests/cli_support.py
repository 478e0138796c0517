"""What the command-line tests share: a fake API served on 127.0.0.1, and the CLI run as a subprocess
against it (`python -m cf_email_security`, the same entry as the `cf-email-security` script)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer

TIMEOUT = 120
FLAGS = ("is_trusted_sender", "is_exempt_recipient", "is_acceptable_sender", "verify_sender", "is_regex")


def policy(pattern: str, pattern_type: str = "EMAIL", **fields: Any) -> dict[str, Any]:
    return {"pattern": pattern, "pattern_type": pattern_type, **dict.fromkeys(FLAGS, False), **fields}


def blocked(pattern: str, pattern_type: str = "EMAIL", **fields: Any) -> dict[str, Any]:
    return {"pattern": pattern, "pattern_type": pattern_type, "is_regex": False, **fields}


def clean_env(**extra: str) -> dict[str, str]:
    """The parent's environment without a developer's CLOUDFLARE_* settings, plus `extra`."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("CLOUDFLARE_")}
    env.update(COLUMNS="200", NO_COLOR="1", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


@dataclass
class Served:
    """A fake API on 127.0.0.1 and a way to run the CLI against it."""

    fake: FakeEmailSecurity
    base_url: str

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(
            CLOUDFLARE_API_TOKEN="cli-test-token",
            CLOUDFLARE_ACCOUNT_ID=FAKE_ACCOUNT_ID,
            CLOUDFLARE_BASE_URL=self.base_url,
            **extra,
        )

    def run(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return run_cli(args, env=dict(env) if env is not None else self.env(), input=input, cwd=cwd)

    def writes(self) -> list[tuple[str, str]]:
        """(method, path) of every request but reads the fake has seen."""
        return [(r.method, r.path) for r in self.fake.requests if r.method != "GET"]


def run_cli(
    args: Sequence[str], *, env: dict[str, str], input: str | None = None, cwd: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cf_email_security", *args],
        input=input if input is not None else "",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=TIMEOUT,
    )


@pytest.fixture
def served() -> Iterator[Served]:
    """A fresh fake (three domains, three sending-domain restrictions) served for one test."""
    fake = FakeEmailSecurity()
    with FakeServer(fake) as server:
        yield Served(fake, server.base_url)
