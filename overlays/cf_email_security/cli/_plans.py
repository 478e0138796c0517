"""export, plan and apply: the account's settings as one file, through the library's plan and apply.

The resources are those of the client that have `plan` (and `export`): found by looking, so that a
resource the overlay gains batch helpers for is covered with no change here. Safety lives here too:
domains are never deleted (and the library's plan never creates one: a domain the file names that
the account lacks is listed with `!`, not created), and a plan that deletes more than 10% of a
resource's entries (or more than 100) needs --allow-deletes.

A plan applies in chunked batches where the resource's batch carries it (as many entries per array as
the spec's `maxItems` allows), and in single create, update and delete calls where it does not (the
impersonation registry has no batch; sending-domain restrictions batch only deletes): the library
decides. A dry run applies the same way, through a client that prints each write and answers it
instead of sending it (`_dryrun`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from cf_email_security_generated.errors import ValidationError

from . import _client, _files, _progress
from ._convert import plain
from ._errors import ERROR, INTERRUPTED, OK, UsageError
from ._parser import EXPORT_FORMATS, PROG
from ._settings import Desired, load, snake
from ._spec import Spec


def never_deleted(name: str) -> bool:
    """Whether apply never deletes entries of this resource (the spec's plan policy refuses prune)."""
    from cf_email_security_generated.shapes import RESOURCE_SHAPES

    shape = RESOURCE_SHAPES.get(name)
    return shape is not None and not shape.plan_policy.prune


def plannable(es: Any, spec: Spec) -> list[str]:
    """The resources whose client objects have `plan` and `export`, in the spec's order."""
    names: list[str] = []
    for name in spec.resources:
        resource = getattr(es, name, None)
        if callable(getattr(resource, "plan", None)) and callable(getattr(resource, "export", None)):
            names.append(name)
    return names


def _progress_for(args: argparse.Namespace) -> _progress.Progress | None:
    return _progress.Progress() if _progress.wanted(args.no_progress) else None


# ----- export ----------------------------------------------------------------------------------------


def _target(args: argparse.Namespace) -> tuple[str, str]:
    """(format, file) of an export: `-o` names the format and `-f` the file (default stdout); without
    `-o`, the file name's extension says, else YAML. `-o FILE`, the old spelling, still writes FILE
    where it cannot be a format (a name with a dot or a slash), with a warning; anything else that
    is not a format is refused, naming the new flag (and not repeating the value)."""
    fmt, path = args.output, args.file
    if fmt is not None and fmt not in EXPORT_FORMATS:
        if not any(mark in fmt for mark in (".", "/", os.sep)) and fmt != "-":
            raise UsageError(
                "export: -o/--output names the format (yaml, json or csv); "
                "to write a file, use -f/--file FILE"
            )
        if path is not None:
            raise UsageError("export: -o/--output names the format, -f/--file the file: name the file once")
        sys.stderr.write(f"{PROG}: warning: export -o FILE is the old spelling: use -f/--file FILE\n")
        fmt, path = None, fmt
    if fmt is not None and args.format is not None and fmt != args.format:
        raise UsageError("export: -o/--output and --format name different formats: give -o alone")
    path = path or "-"
    return fmt or args.format or _files.format_of(path) or "yaml", path


def export(args: argparse.Namespace, spec: Spec) -> int:
    fmt, path = _target(args)
    progress = _progress_for(args)
    try:
        with _client.connect(args, progress=progress) as es:
            names = plannable(es, spec)
            if args.resource:
                wanted = [snake(name) for name in args.resource]
                for name in wanted:
                    if name not in names:
                        raise UsageError(f"--resource: {name!r} has no plan (these do: {', '.join(names)})")
                names = [name for name in names if name in wanted]
            if fmt == "csv" and len(names) != 1:
                raise UsageError("CSV holds one resource: name it with --resource")
            entries = {name: json.loads(getattr(es, name).export("json")) for name in names}
    finally:
        if progress is not None:
            progress.close()
    with _files.output(path) as out:
        if fmt == "csv":  # the library's CSV: the dashboard's columns for allow and block lists
            from ..batch import dumps

            ((name, rows),) = entries.items()
            out.write(dumps(rows, "csv", resource=name))
        else:
            data = {name: {"prune": False, "entries": rows} for name, rows in entries.items()}
            if fmt == "json":
                out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            else:
                _files.dump_yaml(data, out)
    if path != "-":
        counts = ", ".join(f"{len(rows)} {name}" for name, rows in entries.items())
        sys.stderr.write(f"wrote {path}: {counts or 'nothing'}\n")
    return OK


# ----- plan ------------------------------------------------------------------------------------------


def _plans(es: Any, spec: Spec, desired: dict[str, Desired]) -> list[tuple[str, Any]]:
    names = plannable(es, spec)
    plans: list[tuple[str, Any]] = []
    for name, item in desired.items():
        if name not in names:
            raise UsageError(f"{item.source}: {name} has no plan (these do: {', '.join(names)})")
        if item.prune and never_deleted(name):
            raise UsageError(f"{item.source}: {name} are never deleted by apply: remove prune: true")
        try:
            plan = getattr(es, name).plan(item.entries, prune=item.prune)
        except ValidationError as error:  # an entry of the file: named by file, resource and index
            raise item.refusal(error) from None
        item.entries = []  # the plan keeps what it needs; the rest can go
        plans.append((name, plan))
    return plans


def _delete_problem(name: str, plan: Any, allow_deletes: bool) -> str | None:
    """Why applying this plan is refused, if it is: deleting entries a plan never deletes (domains:
    always), or deleting more than the library's guard allows (10% of a resource's entries, or over
    100), unless --allow-deletes."""
    from cf_email_security.batch import TooManyDeletesError

    deletes = len(plan.deletes)
    if never_deleted(name) and deletes:
        return f"{name}: {deletes} to delete, but {name} are never deleted by apply"
    if allow_deletes:
        return None
    try:
        plan.check_deletes()
    except TooManyDeletesError as error:
        return f"{error}: pass --allow-deletes if that is meant"
    return None


def _color(line: str) -> str:
    codes = {"+": "32", "~": "33", "-": "31", "!": "35"}
    code = codes.get(line[:1])
    return f"\x1b[{code}m{line}\x1b[0m" if code else f"\x1b[1m{line}\x1b[0m"


def _label(plan: Any, entry: Any) -> str:
    """An entry by its natural key, as the plan's own lines name it: `ceo@example.com (EMAIL)`."""
    first, *rest = [plain(getattr(entry, name)) for name in plan.kind.key]
    return f"{first} ({', '.join(map(str, rest))})" if rest else str(first)


def _not_created(plan: Any) -> tuple[Any, ...]:
    """Entries the file names and the account lacks that a plan never creates (domains)."""
    return tuple(getattr(plan, "not_created", ()))


def _lines(name: str, plan: Any) -> Iterator[str]:
    """The plan's lines one at a time: a plan of 100,000 entries is never held as one text."""
    for text in plan.lines():
        yield from (line.rstrip() for line in text.splitlines())
    for request in _not_created(plan):
        yield (
            f"! {_label(plan, request)}  not in the account: a {name} plan never creates one "
            f"(onboard it first, e.g. with `{name.replace('_', '-')} create`)"
        )


def _print_text(plans: Sequence[tuple[str, Any]]) -> None:
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    for name, plan in plans:
        for line in _lines(name, plan):
            sys.stdout.write((_color(line) if color else line) + "\n")
    if any(plan for _, plan in plans):
        return
    absent = sum(len(_not_created(plan)) for _, plan in plans)
    if absent:
        sys.stdout.write(
            f"No changes to apply: the account matches the settings but for {absent} "
            "entr{} a plan never creates (marked !).\n".format("y" if absent == 1 else "ies")
        )
    else:
        sys.stdout.write("No changes: the account matches the settings.\n")


def _show(args: argparse.Namespace, plans: Sequence[tuple[str, Any]]) -> None:
    if args.output == "json":
        document = {name: plan.to_dict() for name, plan in plans}
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        _print_text(plans)
    sys.stdout.flush()


def _planned(
    args: argparse.Namespace, spec: Spec, es: Any, progress: _progress.Progress | None
) -> list[tuple[str, Any]]:
    desired = load(spec, args.file, args.resource or (), args.prune)
    if not desired:
        raise UsageError("the settings files name no resource")
    try:
        return _plans(es, spec, desired)
    finally:
        if progress is not None:
            progress.close()


def plan(args: argparse.Namespace, spec: Spec) -> int:
    progress = _progress_for(args)
    with _client.connect(args, progress=progress) as es:
        plans = _planned(args, spec, es, progress)
    _show(args, plans)
    for name, item in plans:
        problem = _delete_problem(name, item, args.allow_deletes)
        if problem:
            sys.stderr.write(f"warning: apply would refuse this plan: {problem}\n")
    changed = any(item for _, item in plans)
    return 2 if args.detailed_exitcode and changed else OK


# ----- apply -----------------------------------------------------------------------------------------


def _confirm() -> bool:
    if not sys.stdin.isatty():
        raise UsageError(
            "refusing to apply without confirmation: standard input is not a terminal; "
            "pass --auto-approve to apply without asking"
        )
    sys.stderr.write("\nApply these changes? Only 'yes' applies them: ")
    sys.stderr.flush()
    return sys.stdin.readline().strip() == "yes"


def apply(args: argparse.Namespace, spec: Spec) -> int:
    progress = _progress_for(args)
    dry_run = None
    if args.dry_run:
        from ._dryrun import DryRun

        dry_run = DryRun(args.output)
    with _client.connect(args, progress=progress, dry_run=dry_run) as es:
        plans = _planned(args, spec, es, progress)
        _show(args, plans)
        problems = [
            problem for name, item in plans if (problem := _delete_problem(name, item, args.allow_deletes))
        ]
        if problems:
            if dry_run is None:
                raise UsageError(problems[0])
            sys.stderr.write(f"warning: apply would refuse this plan: {problems[0]}\n")
        changed = [(name, item) for name, item in plans if item]
        if not changed:
            return OK
        if dry_run is None and not args.auto_approve and not _confirm():
            sys.stderr.write("Apply cancelled: nothing was changed.\n")
            return ERROR
        if progress is not None and dry_run is None:
            progress.began = 0.0  # the walks are done: show the apply's bar at once
            progress.expect(_progress.APPLY, sum(_requests(name, item) for name, item in changed))
        try:
            code = _apply_all(changed, report=dry_run is None)
        finally:
            if progress is not None:
                progress.close()
    if dry_run is not None:
        dry_run.finish()
    elif code == OK:
        sys.stderr.write(_complete(changed))
    return code


def _complete(changed: Sequence[tuple[str, Any]]) -> str:
    """The last line of a whole apply: what it did, summed over the resources it changed."""
    created = sum(len(item.creates) for _, item in changed)
    updated = sum(len(item.changes) for _, item in changed)
    deleted = sum(len(item.deletes) for _, item in changed)
    resources = f"{len(changed)} resource{'' if len(changed) == 1 else 's'}"
    return f"Apply complete: {created} created, {updated} changed, {deleted} deleted in {resources}.\n"


def _apply_all(changed: Sequence[tuple[str, Any]], *, report: bool = True) -> int:
    """Apply each plan in turn; a signal or a failure ends the run after the requests in flight, and
    a summary says, resource by resource, what was applied and what was not (`report`: what was
    applied too, which a dry run, having applied nothing, does not say)."""
    import threading

    from cf_email_security.batch import ApplyStopped, BatchError, PlanApplyError

    from . import _signals

    stop = threading.Event()
    for index, (name, item) in enumerate(changed):
        try:
            with _signals.stop_on_signal(stop):
                # nothing here reads the results
                item.apply(stop=stop, keep_results=False)
        except (BatchError, PlanApplyError) as error:
            sys.stderr.write(_partial(name, item, error) + "\n")
            for later, rest in changed[index + 1 :]:
                sys.stderr.write(f"{later}: not started, {len(rest)} change(s) not applied\n")
            if stop.is_set() and isinstance(error.cause, (type(None), ApplyStopped)):
                sys.stderr.write(
                    f"{PROG}: interrupted: nothing more was sent. Plan again to see what remains; "
                    "applying that plan finishes the job.\n"
                )
                return INTERRUPTED
            raise
        if not report:
            continue
        counts = (len(item.creates), len(item.changes), len(item.deletes))
        absent = len(_not_created(item))
        sys.stderr.write(
            "{}: {} created, {} changed, {} deleted".format(name, *counts)
            + (f", {absent} not created (a plan never creates {name})" if absent else "")
            + "\n"
        )
    return OK


def _partial(name: str, plan: Any, error: Any) -> str:
    """How far a stopped plan got: `impersonation_registry: 801 of 5000 change(s) applied, 4199 not`."""
    from cf_email_security.batch import BatchError

    if isinstance(error, BatchError):  # single calls (if any) come after the batches: none started
        not_applied = len(error.remaining) + len(plan.single_calls())
    else:
        not_applied = error.failed + error.not_sent
    line = f"{name}: {len(plan) - not_applied} of {len(plan)} change(s) applied, {not_applied} not"
    if error.outcome_unknown:
        line += " (a failed request may have been applied all the same: plan again to see)"
    return line


def _requests(name: str, plan: Any) -> int:
    """The write requests applying a plan sends: one per batch chunk, one per single call."""
    return sum(1 for _ in plan.operations().chunks(plan.kind.max_items)) + len(plan.single_calls())
