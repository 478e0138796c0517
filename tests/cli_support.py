"""What the command-line tests share: a fake API served on 127.0.0.1, and the CLI run as a subprocess
against it (`python -m cf_email_security`, the same entry as the `cf-email-security` script)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer
from support import spec

TIMEOUT = 120
FLAGS = spec.required_flags("allow_policies")  # an allow policy's create requires them all


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
    """The command line's exit code and output for `args`: run in this process (the same `main` the
    `cf-email-security` script and `python -m cf_email_security` call, with this environment, working
    folder and standard streams), or as a subprocess when CF_EMAIL_SECURITY_CLI_TESTS=subprocess.
    In-process costs milliseconds a run instead of an interpreter's start; the tests that need a real
    process (signals, a terminal, the installed script) start one themselves."""
    if os.environ.get("CF_EMAIL_SECURITY_CLI_TESTS") == "subprocess":
        return subprocess.run(
            [sys.executable, "-m", "cf_email_security", *args],
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=TIMEOUT,
        )
    return _in_process(list(args), env=env, input=input or "", cwd=cwd)


def _in_process(
    args: list[str], *, env: dict[str, str], input: str, cwd: str | None
) -> subprocess.CompletedProcess[str]:
    """`main(args)` with the process state it reads or changes swapped in, and put back after."""
    import contextlib
    import io
    import logging
    import warnings

    from cf_email_security.cli import main

    streams = {name: io.BytesIO() for name in ("stdout", "stderr")}
    stdin = io.TextIOWrapper(io.BytesIO(input.encode("utf-8")), encoding="utf-8")
    outputs = {
        name: io.TextIOWrapper(buffer, encoding="utf-8", write_through=True)
        for name, buffer in streams.items()
    }
    logger = logging.getLogger("cf_email_security")
    saved_logging = (list(logger.handlers), logger.level)
    saved_env = dict(os.environ)
    with contextlib.ExitStack() as stack:
        stack.enter_context(warnings.catch_warnings())  # main() replaces warnings.showwarning
        stack.enter_context(contextlib.redirect_stdout(outputs["stdout"]))
        stack.enter_context(contextlib.redirect_stderr(outputs["stderr"]))
        if cwd is not None:
            stack.callback(os.chdir, os.getcwd())  # contextlib.chdir needs Python 3.11
            os.chdir(cwd)
        saved_stdin, sys.stdin = sys.stdin, stdin
        os.environ.clear()
        os.environ.update(env)
        try:
            code = main(args)
        except SystemExit as exit_:  # argparse's usage errors and --help
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        finally:
            sys.stdin = saved_stdin
            os.environ.clear()
            os.environ.update(saved_env)
            logger.handlers[:], logger.level = saved_logging
    out, err = (streams[name].getvalue().decode("utf-8") for name in ("stdout", "stderr"))
    return subprocess.CompletedProcess(["cf-email-security", *args], code, out, err)


@pytest.fixture
def served() -> Iterator[Served]:
    """A fresh fake (three domains, three sending-domain restrictions) served for one test."""
    fake = FakeEmailSecurity()
    with FakeServer(fake) as server:
        yield Served(fake, server.base_url)


def run_on_a_terminal(
    args: Sequence[str], env: Mapping[str, str], *, answer: str | None = None, prompt: bytes = b"goes on: "
) -> tuple[int, bytes, bytes]:
    """The CLI in a subprocess with stdin and stderr on a pty and stdout piped: (exit code, what the
    terminal showed, stdout). With `answer`, it is typed once `prompt` shows on the terminal. Both
    streams are read as they come: a full pipe would stall the child."""
    pty = pytest.importorskip("pty")
    try:
        master, slave = pty.openpty()
    except OSError as error:
        pytest.skip(f"no pty here: {error}")
    process = subprocess.Popen(
        [sys.executable, "-m", "cf_email_security", *args],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=dict(env),
    )
    os.close(slave)
    assert process.stdout is not None
    out = process.stdout.fileno()
    streams = {master: b"", out: b""}
    open_fds = set(streams)
    deadline = time.monotonic() + 120
    while open_fds and time.monotonic() < deadline:
        for fd in select.select(list(open_fds), [], [], 0.1)[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            streams[fd] += chunk
            if not chunk:
                open_fds.discard(fd)
        if answer is not None and prompt in streams[master]:
            os.write(master, f"{answer}\n".encode())
            answer = None
    code = process.wait(timeout=30)
    os.close(master)
    process.stdout.close()
    return code, streams[master], streams[out]
