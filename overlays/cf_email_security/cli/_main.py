"""The entry point: parse, dispatch, and turn every failure into one line and its exit code."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from typing import Any

from . import _errors, _signals
from ._parser import PROG, SETTINGS_COMMANDS

_shown: set[str] = set()


def _show_warning(
    message: Any, category: Any, filename: str, lineno: int, file: Any = None, line: Any = None
) -> None:
    """A warning (an incomplete walk, say) as one line, not Python's file:line form; each text once,
    so that a deprecated field set in every entry of a file warns once, not once an entry."""
    text = f"{PROG}: warning: {message}\n"
    if text not in _shown:
        _shown.add(text)
        sys.stderr.write(text)


def run(argv: list[str]) -> int:
    from . import _spec
    from ._parser import build

    spec = _spec.load()
    args = build(spec, argv).parse(argv)
    if args.command == "completion":
        from ._completion import script

        sys.stdout.write(script(args.shell, build(spec, None)))
        return _errors.OK
    if args.command in SETTINGS_COMMANDS:
        from . import _plans

        command: Any = getattr(_plans, args.command)
        code: int = command(args, spec)
        return code
    from ._call import run as call

    return call(args)


def main(argv: Sequence[str] | None = None) -> int:
    """`cf-email-security ...`; returns the exit code (see `--help`)."""
    words = list(sys.argv[1:] if argv is None else argv)
    warnings.showwarning = _show_warning
    _shown.clear()  # each command says each warning once
    try:
        with _signals.terminate_as_interrupt():  # SIGTERM ends a command as Ctrl-C does
            return run(words)
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{PROG}: interrupted\n")
        return _errors.INTERRUPTED
    except BrokenPipeError:  # `... | head`: the reader has what it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _errors.OK
    except Exception as error:
        code, message = _errors.classify(error)
        sys.stderr.write(f"{PROG}: error: {message}\n")
        if "plan" in words and "--detailed-exitcode" in words:
            return _errors.ERROR
        return code
