"""The CLI in a real terminal (a pty): the progress bar shows on a terminal's stderr and never in piped
output; and `--help` stays cheap (no rich, no models, no YAML imported)."""

from __future__ import annotations

import json
import subprocess
import sys

from cf_email_security.testing import FakeEmailSecurity, FakeServer, Faults
from cli_support import clean_env, policy, run_on_a_terminal

ENTRIES = 300
PER_PAGE = "10"  # 30 pages of 30 ms each: well past the bar's 0.3 s delay


def test_progress_bar_on_a_terminal_and_never_in_piped_output() -> None:
    fake = FakeEmailSecurity(faults=Faults(latency=0.03))
    with fake.client() as es:
        es.allow_policies.batch(posts=[policy(f"user{n}@example.com") for n in range(ENTRIES)])
    with FakeServer(fake) as server:
        env = clean_env(
            CLOUDFLARE_API_TOKEN="t",
            CLOUDFLARE_ACCOUNT_ID="0123456789abcdef0123456789abcdef",
            CLOUDFLARE_BASE_URL=server.base_url,
            TERM="xterm-256color",
        )
        args = ["allow-policies", "list", "--per-page", PER_PAGE, "-o", "json"]
        code, terminal, stdout = run_on_a_terminal(args, env)
        assert code == 0, terminal.decode(errors="replace")
        assert b"allow_policies" in terminal and f"/{ENTRIES}".encode() in terminal, terminal[-500:]
        assert len(json.loads(stdout)) == ENTRIES  # the pipe holds the JSON and nothing else
        assert b"\x1b" not in stdout and b"\r" not in stdout

        piped = subprocess.run(
            [sys.executable, "-m", "cf_email_security", *args], capture_output=True, env=env, timeout=120
        )
        assert piped.returncode == 0
        assert piped.stderr == b""  # stderr is no terminal here: no bar at all
        assert json.loads(piped.stdout) == json.loads(stdout)


def test_help_imports_neither_rich_nor_models_nor_yaml() -> None:
    """Beyond what `import httpx` loads itself: httpx imports rich for its own command line when
    click is installed too (a test tool such as schemathesis brings it), which no caller can avoid."""
    code = (
        "import contextlib, io, sys\n"
        "def ours():\n"
        "    return {m for m in sys.modules if m.split('.')[0] in ('rich', 'yaml', 'attrs')\n"
        "            or m.startswith('cf_email_security_generated.models')}\n"
        "import httpx\n"
        "before = ours()\n"
        "from cf_email_security.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(sorted(ours() - before))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=clean_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
