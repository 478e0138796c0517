"""`RESOURCE wait ID` and `--wait`: follow a long-running job with the client's `wait()` until it ends.

How far the job is shows as a bar on a terminal, as a line per change when stderr is not one, and not
at all with --no-progress. Waiting never acts on the job: Ctrl-C, SIGTERM or --wait-timeout end the
wait, say that the job goes on, and give the commands to follow it and to cancel it.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any

from . import _progress
from ._convert import plain
from ._errors import ERROR, INTERRUPTED, OK
from ._parser import PROG, kebab
from ._spec import WaitOperation


def _value(job: Any, field: str) -> Any:
    return plain(getattr(job, field, None))


class Watch:
    """Sees each state polled (`on_poll`): a bar on a terminal, else a line when the state changes."""

    def __init__(self, op: WaitOperation, label: str, no_progress: bool) -> None:
        self.op = op
        self.label = label
        self.counters: dict[str, Any] = dict(op.cli.get("progress") or {})  # {total, left}
        self.bar = _progress.Progress() if _progress.wanted(no_progress) else None
        self.lines = self.bar is None and not no_progress
        self.said = ""

    def counted(self, job: Any) -> tuple[int, int] | None:
        """(done, total) by the spec's counters, when the job has them."""
        total, left = (_value(job, self.counters.get(key, "")) for key in ("total", "left"))
        if isinstance(total, int) and isinstance(left, int):
            return max(total - left, 0), total
        return None

    def __call__(self, job: Any) -> None:
        state = _value(job, str(self.op.rule.get("field")))
        counted = self.counted(job)
        if self.bar is not None:
            self.bar.show(self.label, *(counted or (0, 0)))
            return
        if not self.lines:
            return
        line = f"{self.label}: {state}" + (f", {counted[0]} of {counted[1]} handled" if counted else "")
        if line != self.said:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
            self.said = line

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _command(op: WaitOperation, verb: str, ids: list[str], args: argparse.Namespace) -> str:
    """The command line that runs `verb` on the job, with the account and URL given as options."""
    words = [PROG, kebab(op.resource), verb, *ids]
    for option in ("account_id", "base_url"):
        value = getattr(args, option, None)
        if value:
            words += [f"--{kebab(option)}", value]
    return shlex.join(words)


def _goes_on(op: WaitOperation, ids: list[str], args: argparse.Namespace, why: str) -> None:
    name = " ".join(ids)
    lines = [
        f"\n{PROG}: stopped waiting ({why}); job {name} goes on, nothing was cancelled.",
        f"  follow it:  {_command(op, op.get.verb, ids, args)}",
        f"              {_command(op, op.verb, ids, args)}",
    ]
    if op.cancel:
        lines.append(f"  cancel it:  {_command(op, op.cancel, ids, args)}")
    sys.stderr.write("\n".join(lines) + "\n")


def _summary(job: Any, op: WaitOperation, name: str) -> str:
    """`job ID COMPLETED: total_messages_discovered 3, ...`: the state and every count of the job."""
    properties = (op.result or {}).get("properties", {})
    counts = [
        f"{field} {_value(job, field)}"
        for field, schema in properties.items()
        if schema.get("type") == "integer" and not schema.get("deprecated")
    ]
    state = _value(job, str(op.rule.get("field")))
    return f"job {name} {state}" + (f": {', '.join(counts)}" if counts else "")


def follow(es: Any, op: WaitOperation, ids: list[str], args: argparse.Namespace) -> tuple[Any, int]:
    """The job as last seen and the exit code: 0 when it ended (completed or cancelled), 1 when it
    failed or --wait-timeout passed, 130 on Ctrl-C or SIGTERM; the reason is on stderr."""
    from cf_email_security_generated.errors import JobFailedError, JobNotFinishedError

    name = " ".join(ids)
    watch = Watch(op, f"job {name}", bool(args.no_progress))
    seen: list[Any] = [None]

    def on_poll(job: Any) -> None:
        seen[0] = job
        watch(job)

    method = getattr(getattr(es, op.resource), op.method)
    pacing = {"interval": args.interval} if args.interval is not None else {}
    try:
        job = method(*ids, timeout=args.wait_timeout, on_poll=on_poll, **pacing)
    except KeyboardInterrupt:
        watch.close()
        _goes_on(op, ids, args, "interrupted")
        return seen[0], INTERRUPTED
    except JobNotFinishedError as error:
        watch.close()
        _goes_on(op, ids, args, f"--wait-timeout {args.wait_timeout:g} s passed")
        return error.job, ERROR
    except JobFailedError as error:
        watch.close()
        sys.stderr.write(f"{PROG}: {_summary(error.job, op, name)}\n")
        return error.job, ERROR
    watch.close()
    sys.stderr.write(_summary(job, op, name) + "\n")
    return job, OK
