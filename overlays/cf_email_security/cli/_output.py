"""Writing a result in the chosen format: table for people; json, jsonl, yaml or csv for scripts.

Lists are written as they are walked (json, jsonl and yaml hold one entry at a time), so memory
stays flat however many pages there are; table and csv need every row first (column widths, and the
dashboard's optional Regex column).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, cast

from . import _columns, _table
from ._convert import plain
from ._files import dump_yaml

BUFFERED = ("table", "csv")


def default_format(stream: IO[str]) -> str:
    """Tables for people at a terminal, JSON for pipes and files."""
    return "table" if stream.isatty() else "json"


def _is_many(result: Any) -> bool:
    return isinstance(result, (list, tuple)) or (hasattr(result, "__iter__") and hasattr(result, "__next__"))


def emit(
    result: Any,
    fmt: str,
    *,
    schema: Mapping[str, Any] | None,
    resource: str,
    columns: str | None = None,
    out: IO[str] | None = None,
    no_content: str = "no content",
) -> None:
    """Write `result` (a model, a list, or an iterator over a walk) to `out` (stdout).

    No result (an answer without content, such as a verified domain's 204) is said in words
    (`no_content`): as the table, or beside `null` in json, jsonl and yaml (so that a script always
    reads a document) and beside an empty CSV, on stderr."""
    out = out or cast("IO[str]", sys.stdout)
    if result is None:
        if fmt == "table":
            out.write(no_content + "\n")
            return
        if fmt in ("json", "jsonl", "yaml"):
            out.write("null\n")
        sys.stderr.write(no_content + "\n")
        return
    if not _is_many(result):
        _one(plain(result), fmt, schema, resource, columns, out)
        return
    rows = (plain(item) for item in result)
    if fmt == "json":
        _json_array(rows, out)
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        wrote = False
        for row in rows:
            dump_yaml([row], out)
            wrote = True
        if not wrote:
            out.write("[]\n")
    else:
        listed = list(rows)
        names = _columns.chosen(columns, schema, table=fmt == "table") or _columns.widest(listed)
        if fmt == "csv":
            _write_csv(out, listed, names, resource, columns)
        else:
            key = ["id", *(schema or {}).get("x-natural-key", ()), *_columns.listed(schema)[:1]]
            keep = [name for name in names if name in key]
            if not columns:  # the defaults: as many as the terminal shows readably
                import shutil

                shown = _table.fit(names, listed, shutil.get_terminal_size().columns, keep)
                if len(shown) < len(names):
                    left = names[len(shown) :]
                    sys.stderr.write(
                        f"({len(left)} more column(s) left out to fit the width: {', '.join(left)}; "
                        "--columns or -o json shows them)\n"
                    )
                names = shown
            _table.render(out, names, listed, None, keep=keep)
            if not listed:
                sys.stderr.write("(no entries)\n")


def _write_csv(out: IO[str], rows: list[Any], names: list[str], resource: str, columns: str | None) -> None:
    """The dashboard's columns where the resource has them (allow and block lists), unless --columns;
    field names otherwise."""
    from ..batch import dashboard_columns, write_csv

    dashboard = bool(dashboard_columns(resource)) and not columns
    write_csv(out, rows, () if dashboard else names, resource if dashboard else None)


def _json_array(rows: Iterator[Any], out: IO[str]) -> None:
    """A JSON array written entry by entry: one compact entry per line."""
    first = True
    for row in rows:
        out.write(("[\n" if first else ",\n") + json.dumps(row, ensure_ascii=False))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _one(
    value: Any, fmt: str, schema: Mapping[str, Any] | None, resource: str, columns: str | None, out: IO[str]
) -> None:
    if fmt == "json":
        out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        out.write(json.dumps(value, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        dump_yaml(value, out)
    elif not isinstance(value, Mapping):
        out.write(f"{_table.cell(value)}\n")
    else:
        _one_object(cast("Mapping[str, Any]", value), fmt, schema, resource, columns, out)


def _one_object(
    value: Mapping[str, Any],
    fmt: str,
    schema: Mapping[str, Any] | None,
    resource: str,
    columns: str | None,
    out: IO[str],
) -> None:
    if fmt == "csv":
        _write_csv(
            out, [value], _columns.chosen(columns, schema, table=False) or list(value), resource, columns
        )
    else:
        names = _columns.chosen(columns, schema, table=False) or list(value)
        if not columns:  # what the schema does not list, but not what it marks deprecated
            hidden = _columns.deprecated(schema)
            names += [n for n in value if n not in names and n not in hidden and value[n] is not None]
        _table.render(out, ["field", "value"], [{"field": n, "value": value.get(n)} for n in names], None)


def text_field(schema: Mapping[str, Any] | None) -> str | None:
    """The field of a result that is one text and nothing else (a message's source, a base64 image),
    written as it is rather than as a document: `get-raw ID > message.eml`."""
    schema = schema or {}
    properties: Mapping[str, Mapping[str, Any]] = schema.get("properties") or {}
    if schema.get("type") != "object" or len(properties) != 1:
        return None
    name, prop = next(iter(properties.items()))
    return name if prop.get("type") == "string" and not prop.get("format") else None


def text(value: Any, out: IO[str] | None = None) -> None:
    """A text result as it is, its bytes unchanged (UTF-8 whatever the locale), with a line end at
    the end only when it has none and a person reads it."""
    out = out or cast("IO[str]", sys.stdout)
    body = str(value)
    if out.isatty() and not body.endswith("\n"):
        body += "\n"
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(body)
        return
    out.flush()
    buffer.write(body.encode("utf-8"))
    buffer.flush()


def lines(items: Iterable[str], out: IO[str] | None = None) -> None:
    out = out or cast("IO[str]", sys.stdout)
    for item in items:
        out.write(item + "\n")
