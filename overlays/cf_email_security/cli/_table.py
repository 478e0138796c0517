"""Tables for people: rich when it is installed (the `cli` extra), aligned plain text otherwise."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import IO, Any, cast

# An ISO 8601 date-time as the API writes it: shown to the second, and UTC said in words.
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        moment = _DATE_TIME.match(value)
        if moment is None:
            return value
        day, time, zone = moment.groups()
        return f"{day} {time} {'UTC' if zone in ('Z', '+00:00') else zone or ''}".rstrip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(cell(item) for item in cast("Sequence[Any]", value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


WIDEST_CELL = 40  # a longer value wraps (or is shortened) in its column rather than claiming the width
SHORTEST_HEADER = 12  # a header may be shortened to this (`is_acceptab…`) when its values are narrower


def fit(
    columns: Sequence[str], rows: Sequence[Mapping[str, Any]], width: int, keep: Sequence[str] = ()
) -> list[str]:
    """The leading columns that fit in `width` characters, as drawn with borders and padding: the
    `keep` columns whole and always, then the others in order, each at least as wide as its values or
    a shortened header, until one does not fit. Squeezing every column to a few characters shows
    nothing useful; leaving the last ones out keeps the first readable."""
    shown: list[str] = []
    used = 1  # the left border
    for name in columns:
        values = max((len(cell(row.get(name))) for row in rows), default=0)
        if name in keep:
            need = max(len(name), values)
        else:
            need = min(max(values, min(len(name), SHORTEST_HEADER)), WIDEST_CELL)
        if name not in keep and used + need + 3 > width:
            break
        shown.append(name)
        used += need + 3  # padding on both sides and the border after it
    return shown


def _rich() -> Any:
    """rich's console and table modules (used untyped, as an optional dependency), or None."""
    try:
        return importlib.import_module("rich.console"), importlib.import_module("rich.table")
    except ImportError:
        return None


def render(
    out: IO[str],
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    title: str | None,
    keep: Sequence[str] = (),
) -> None:
    """Rows as a table; a single entry is shown as field/value pairs by the caller. The columns in
    `keep` (the id and natural key) are never shortened: on a narrow terminal the others give way."""
    cells = [[cell(row.get(name)) for name in columns] for row in rows]
    modules = _rich()
    if modules is not None:
        console_module, table_module = modules
        table = table_module.Table(title=title, title_justify="left", header_style="bold")
        for name in columns:
            table.add_column(name, no_wrap=name in keep, min_width=len(name) if name in keep else None)
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
