"""`RESOURCE VERB`: one client method called with the command line's arguments, its result written.

The method is looked up on the public client by the spec's names (`es.<resource>.<method>`) and its
signature checked before the call, so that a missing required field is reported as the option to give
rather than as a TypeError, and a spec the client does not match fails with a clear line. An action on
several messages asks first (`_confirm`); a job made with `--wait` is followed until it ends (`_jobs`).
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Mapping
from typing import Any, cast

from . import _client, _files, _output, _progress
from ._convert import coerce, plain
from ._errors import OK, UsageError
from ._parser import kebab
from ._spec import Operation, Param, WaitOperation


def _body_from_file(op: Operation, path: str) -> dict[str, Any]:
    """The fields of the request body that `--file` holds, each coerced by its schema."""
    document = _files.load(path)
    where = "stdin" if path == "-" else path
    body = {p.name: p for p in op.params if p.location in ("body", "body-array")}
    array = next((p for p in body.values() if p.location == "body-array"), None)
    if array is not None:
        wrapped = cast("Mapping[str, Any]", document) if isinstance(document, Mapping) else None
        if wrapped is not None and set(wrapped) == {array.name}:
            document = wrapped[array.name]
        if not isinstance(document, list):
            raise UsageError(f"{where}: the body of {op.resource} {op.verb} is a list ({array.name})")
        return {array.name: coerce(document, array.schema)}
    if not isinstance(document, Mapping):
        raise UsageError(f"{where}: the body must be a mapping of fields ({', '.join(body)})")
    fields = cast("Mapping[str, Any]", document)
    unknown = [str(name) for name in fields if name not in body]
    if unknown:
        raise UsageError(
            f"{where}: {unknown[0]!r} is not a field of {op.resource} {op.verb} ({', '.join(body)})"
        )
    return {name: coerce(value, body[name].schema) for name, value in fields.items()}


def _flag(op: Operation, param: Param) -> str:
    if op.positional is param:
        return f"{param.name.removesuffix('s').upper()}..."
    fields = [f"--{kebab(p.name)}" for p in op.fields if p.parent == param.name]
    if fields:
        return f"{param.name} ({', '.join(fields[:3])}... or in --file)"
    return f"--{kebab(param.name)}" if not param.file_only else f"{param.name} (in --file)"


def _with_fields(op: Operation, values: dict[str, Any], keywords: dict[str, Any]) -> None:
    """The options that are fields of an object of the body, set in it (over what --file gave)."""
    for param in op.fields:
        if param.name in values and param.parent is not None:
            given = keywords.get(param.parent)
            merged = dict(cast("Mapping[str, Any]", given)) if isinstance(given, Mapping) else {}
            keywords[param.parent] = {**merged, param.name: values[param.name]}


def _check(method: Any, op: Operation, positional: list[Any], keywords: dict[str, Any]) -> None:
    """What the client method's signature needs, before calling it."""
    signature = inspect.signature(method)
    named = {p.arg: p for p in op.params}
    missing = [
        _flag(op, named[name]) if name in named else name
        for name, parameter in signature.parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        and parameter.default is inspect.Parameter.empty
        and name not in keywords
    ]
    if missing:
        raise UsageError(f"{kebab(op.resource)} {op.verb}: missing {', '.join(missing)}")
    try:
        signature.bind(*positional, **keywords)
    except TypeError as error:
        raise UsageError(
            f"{kebab(op.resource)} {op.verb}: the client takes other arguments ({error})"
        ) from None


def run(args: argparse.Namespace) -> int:
    op: Operation = args.operation
    values = vars(args)
    positional = [values[p.name] for p in op.params if p.location == "path"]
    keywords: dict[str, Any] = {}
    if getattr(args, "file", None):
        keywords.update(_body_from_file(op, args.file))
    keywords.update({p.name: values[p.name] for p in op.params if p.location != "path" and p.name in values})
    _with_fields(op, values, keywords)
    fmt = args.output or _output.default_format(sys.stdout)
    if isinstance(op, WaitOperation):
        return _wait(args, op, [str(value) for value in positional], fmt)
    dry_run = None
    if op.writes and args.dry_run:
        from ._dryrun import DryRun

        dry_run = DryRun(fmt)
    progress = None
    if (
        op.paginated
        and _progress.wanted(args.no_progress)
        and (fmt in _output.BUFFERED or not sys.stdout.isatty())
    ):
        progress = _progress.Progress()
    try:
        with _client.connect(
            args, dry_run=dry_run, progress=progress, placeholder_token=dry_run is not None
        ) as es:
            method = getattr(getattr(es, op.resource, None), op.method, None)
            if method is None:
                raise UsageError(f"the client has no {op.resource}.{op.method} (the spec and client differ)")
            arguments = keywords  # by the API's names, as the user gave them
            keywords = {_arg(op, name): value for name, value in keywords.items()}
            _check(method, op, positional, keywords)
            if dry_run is not None:
                return _dry(dry_run, method, positional, keywords)
            if op.asks(arguments) and not getattr(args, "yes", False):
                from ._confirm import ask

                ask(op, arguments)
            try:
                result = method(*positional, **keywords)
            except KeyboardInterrupt:
                if op.writes:  # the request may have been sent: say so before "interrupted"
                    sys.stderr.write(
                        f"\n{kebab(op.resource)} {op.verb}: the request may have reached the API; "
                        "look before sending it again"
                    )
                raise
            waiter = op.spec.waiter(op)
            if waiter is not None and args.wait:
                return _follow(es, args, waiter, result, fmt)
            text = _output.text_field(op.item_schema())
            if text is not None and args.output in (None, "table"):
                _output.text(getattr(result, text))
                return OK
            if op.paginated:
                import itertools

                result = itertools.islice(result, args.limit) if args.limit is not None else iter(result)
            if progress is not None and fmt in _output.BUFFERED:
                result = list(result)  # walk with the bar, then remove it before the table is drawn
                progress.close()
            _output.emit(
                result,
                fmt,
                schema=op.item_schema(),
                resource=op.resource,
                columns=args.columns,
                no_content=op.no_content,
            )
    finally:
        if progress is not None:
            progress.close()
    return 0


def _arg(op: Operation, name: str) -> str:
    """The client's name of an argument given by its API name (`type` is `type_`)."""
    return next((p.arg for p in op.params if p.name == name), name)


def _emit_job(job: Any, op: WaitOperation, fmt: str, args: argparse.Namespace) -> None:
    if job is not None:
        _output.emit(job, fmt, schema=op.item_schema(), resource=op.resource, columns=args.columns)


def _wait(args: argparse.Namespace, op: WaitOperation, ids: list[str], fmt: str) -> int:
    """`RESOURCE wait ID`: the job followed until it ends, then written as it ended."""
    from . import _jobs

    with _client.connect(args) as es:
        job, code = _jobs.follow(es, op, ids, args)
    _emit_job(job, op, fmt, args)
    return code


def _follow(es: Any, args: argparse.Namespace, op: WaitOperation, created: Any, fmt: str) -> int:
    """`--wait`: the job just made (or cancelled) followed until it ends, then written as it ended."""
    from . import _jobs

    ids = [str(plain(getattr(created, name))) for name in op.ids]
    job, code = _jobs.follow(es, op, ids, args)
    _emit_job(job if job is not None else created, op, fmt, args)
    return code


def _dry(dry_run: Any, method: Any, positional: list[Any], keywords: dict[str, Any]) -> int:
    """The call made as any other: the client prints its write and answers it in the server's place
    (`_dryrun`); that answer says nothing of the account, so nothing of it is printed."""
    method(*positional, **keywords)
    dry_run.finish()
    return 0
