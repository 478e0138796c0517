"""The client a command uses: the library's EmailSecurity, configured from options or the environment.

A command that watches requests gives the client what it needs to (its own pool is made and
configured by the client as always): a response hook for a progress bar, and for a dry run an
`intercept` that answers every write in place of the server.
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
    """An EmailSecurity for this command line, closed at the end; `placeholder_token` for dry runs
    that only write, where no credential is needed."""
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
    if dry_run is not None:
        options["intercept"] = dry_run.intercept
    if progress is not None:
        options["event_hooks"] = {"response": [progress.on_response]}
    with EmailSecurity(**options) as client:
        yield client
