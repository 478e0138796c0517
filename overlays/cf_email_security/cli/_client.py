"""The client a command uses: the library's EmailSecurity, configured from options or the environment.

Its own connection pool unless a command needs to watch requests (dry run, progress): then an httpx
client with event hooks, configured as the library configures its own (no redirects; proxies from the
environment except for a plain-http loopback server).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cf_email_security import EmailSecurity

    from ._dryrun import DryRun
    from ._progress import Progress

PLACEHOLDER_TOKEN = "dry-run-placeholder"  # a dry run of a write sends nothing: any token will do


def _loopback_http(base_url: str) -> bool:
    import ipaddress
    from urllib.parse import urlsplit

    url = urlsplit(base_url)
    if url.scheme != "http" or not url.hostname:
        return False
    if url.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(url.hostname.strip("[]")).is_loopback
    except ValueError:
        return False


def has_credentials(args: argparse.Namespace) -> bool:
    env = os.environ
    return bool(
        getattr(args, "api_token", None)
        or env.get("CLOUDFLARE_API_TOKEN")
        or (env.get("CLOUDFLARE_API_KEY") and env.get("CLOUDFLARE_EMAIL"))
    )


@contextlib.contextmanager
def connect(
    args: argparse.Namespace,
    *,
    dry_run: DryRun | None = None,
    progress: Progress | None = None,
    placeholder_token: bool = False,
) -> Generator[EmailSecurity, None, None]:
    """An EmailSecurity for this command line, closed (with any pool made for it) at the end;
    `placeholder_token` for dry runs that only write, where no credential is needed."""
    import httpx

    from cf_email_security import EmailSecurity

    options: dict[str, Any] = {
        "api_token": getattr(args, "api_token", None),
        "account_id": getattr(args, "account_id", None),
        "base_url": getattr(args, "base_url", None),
        "timeout": getattr(args, "timeout", None),
        "rate_limit": getattr(args, "rate_limit", None),
    }
    if placeholder_token and not has_credentials(args):
        options["api_token"] = PLACEHOLDER_TOKEN
    hooks: dict[str, list[Any]] = {"request": [], "response": []}
    if dry_run is not None:
        hooks["request"].append(dry_run.hook)
    if progress is not None:
        hooks["response"].append(progress.on_response)
    with contextlib.ExitStack() as stack:
        if hooks["request"] or hooks["response"]:
            base_url = EmailSecurity(**options).base_url  # checks the configuration before a pool is made
            options["http_client"] = stack.enter_context(
                httpx.Client(
                    event_hooks=hooks, follow_redirects=False, trust_env=not _loopback_http(base_url)
                )
            )
        client = stack.enter_context(EmailSecurity(**options))
        yield client
