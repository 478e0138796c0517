"""Asking before an action on more than one message (the spec's `x-cli` `confirm`): on a terminal the
user answers; without one, the command refuses unless `--yes` said yes for a script."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, cast

from ._convert import plain
from ._errors import ERROR, CliError, UsageError
from ._parser import PROG, kebab
from ._spec import Operation

SHOWN = 5  # ids named in the question; the rest are counted


def _what(op: Operation, arguments: Mapping[str, Any]) -> str:
    """The action in words: its summary and what it acts on (the ids, or the whole request)."""
    action = op.summary[:1].lower() + op.summary[1:]
    rule = op.cli.get("confirm")
    many = arguments.get(str(rule)) if rule != "always" else None
    if isinstance(many, (list, tuple)):
        ids = [str(item) for item in cast("Sequence[Any]", many)]
        more = f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else ""
        return f"{action} ({len(ids)}: {', '.join(ids[:SHOWN])}{more})"
    return f"{action} ({json.dumps(plain(dict(arguments)), ensure_ascii=False)})"


def ask(op: Operation, arguments: Mapping[str, Any]) -> None:
    """Returns when the user said yes; raises UsageError without a terminal, CliError when declined."""
    what = _what(op, arguments)
    command = f"{kebab(op.resource)} {op.verb}"
    if not sys.stdin.isatty():
        raise UsageError(
            f"{command}: refusing to {what} without confirmation: standard input is not a terminal; "
            "add --yes to act without asking"
        )
    sys.stderr.write(f"{PROG} {command} will {what}.\nGo on? Only 'yes' goes on: ")
    sys.stderr.flush()
    if sys.stdin.readline().strip() != "yes":
        raise CliError(f"{command}: cancelled, nothing was sent", ERROR)
