"""Which fields a table or CSV shows, and in what order, read from the result's schema."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._errors import UsageError


def _group(name: str, schema: Mapping[str, Any], required: set[str], key: Sequence[str]) -> int:
    """Id first, then what an entry is (its natural key, else its required strings), enums, flags,
    other values, optional text such as comments, and timestamps last."""
    kind, fmt = schema.get("type"), schema.get("format")
    if name == "id":
        return 0
    if name in key:
        return 1
    if fmt == "date-time":
        return 6
    if schema.get("enum"):
        return 2
    if kind == "boolean":
        return 3
    if kind == "string" and name in required and not fmt:
        return 1
    if kind == "string":
        return 5
    return 4


def deprecated(schema: Mapping[str, Any] | None) -> set[str]:
    """The fields the schema marks deprecated (`x-deprecation` says what replaces them)."""
    properties = (schema or {}).get("properties", {})
    return {name for name, prop in properties.items() if prop.get("deprecated")}


def listed(schema: Mapping[str, Any] | None) -> list[str]:
    """The spec's columns for tables of this schema (`x-cli` `columns`), the id first; often none."""
    cli: Mapping[str, Any] = (schema or {}).get("x-cli") or {}
    return [str(name) for name in cli.get("columns") or ()]


def of(schema: Mapping[str, Any] | None, *, table: bool) -> list[str]:
    """The default columns of rows of this schema: for tables, the spec's `x-cli` `columns` where it
    lists them; else deprecated fields left out, and for tables of many rows objects and timestamps
    too (a terminal is narrow; --columns brings them back)."""
    if not schema or "properties" not in schema:
        return []
    if table and listed(schema):  # the spec's choice for tables of this schema
        return [name for name in listed(schema) if name in schema["properties"]]
    required = set(schema.get("required", ()))
    key = list(schema.get("x-natural-key", ()))  # the live API marks most fields optional: the key tells
    fields = [
        (name, prop)
        for name, prop in schema["properties"].items()
        if not prop.get("deprecated")
        and not (table and (prop.get("type") == "object" or prop.get("format") == "date-time"))
    ]

    def rank(pair: tuple[int, tuple[str, Any]]) -> tuple[int, int, int]:
        index, (name, prop) = pair
        return _group(name, prop, required, key), key.index(name) if name in key else len(key), index

    ordered = sorted(enumerate(fields), key=rank)
    return [name for _, (name, _) in ordered]


def chosen(option: str | None, schema: Mapping[str, Any] | None, *, table: bool) -> list[str]:
    """--columns when given (checked against the schema), else the defaults."""
    if not option:
        return of(schema, table=table)
    names = [name.strip() for name in option.split(",") if name.strip()]
    known = set((schema or {}).get("properties", {}))
    unknown = [name for name in names if known and name not in known]
    if unknown:
        raise UsageError(f"--columns: unknown field {unknown[0]!r} (fields: {', '.join(sorted(known))})")
    return names


def widest(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Columns from the rows themselves, for results the spec gives no schema for."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)
