"""Tables for people: rich when it is installed (the `cli` extra), aligned plain text otherwise."""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping, Sequence
from typing import IO, Any


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(cell(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _rich() -> Any:
    """rich's console and table modules (used untyped, as an optional dependency), or None."""
    try:
        return importlib.import_module("rich.console"), importlib.import_module("rich.table")
    except ImportError:
        return None


def render(
    out: IO[str], columns: Sequence[str], rows: Sequence[Mapping[str, Any]], title: str | None
) -> None:
    """Rows as a table; a single entry is shown as field/value pairs by the caller."""
    cells = [[cell(row.get(name)) for name in columns] for row in rows]
    modules = _rich()
    if modules is not None:
        console_module, table_module = modules
        table = table_module.Table(*columns, title=title, title_justify="left", header_style="bold")
        for values in cells:
            table.add_row(*values)
        console_module.Console(file=out, highlight=False, soft_wrap=False).print(table)
        return
    widths = [max([len(name), *(len(values[i]) for values in cells)]) for i, name in enumerate(columns)]
    if title:
        out.write(f"{title}\n")
    out.write(
        "  ".join(name.ljust(width) for name, width in zip(columns, widths, strict=True)).rstrip() + "\n"
    )
    for values in cells:
        out.write(
            "  ".join(value.ljust(width) for value, width in zip(values, widths, strict=True)).rstrip() + "\n"
        )
