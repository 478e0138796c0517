"""Judgements about a resource that the spec states as vendor extensions, read and checked at generation.

- `x-sdk-plan-policy` (on an entity): what a plan may do, `{create, prune, reason}`; both default to
  true. The generated shapes carry it, so the batch helpers and the command line need no list of
  resources that are never created or pruned.
- `x-sdk-dashboard-csv` (on an entity): the Cloudflare dashboard's CSV columns, `[{header, field, also,
  optional}]`. A column whose field is deprecated follows the deprecation: a rename reads and writes
  the new field under the old header; a replacement (other values) leaves the column out.
- `x-deprecation.kind`: `rename` (the default) or `replacement`.

A typo here would otherwise go unnoticed until a plan or a CSV behaved oddly: anything unknown is refused
with a message naming where it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Schema = dict[str, Any]
DEPRECATION_KINDS = ("rename", "replacement")
PLAN_POLICY_KEYS = {"create", "prune", "reason"}
CSV_COLUMN_KEYS = {"header", "field", "also", "optional"}


@dataclass
class CsvColumnView:
    """One column of a dashboard CSV: its header, the field it holds, other headers read as it."""

    header: str
    field: str
    also: list[str] = field(default_factory=list[str])
    optional: bool = False  # written only when some entry sets the field


def deprecation_kind(facts: Schema, where: str = "") -> str:
    """`rename` or `replacement`: whether `x-deprecation.use` holds the same value under a new name."""
    kind = str(facts.get("kind", "rename"))
    if kind not in DEPRECATION_KINDS:
        raise ValueError(
            f"{where}: x-deprecation kind must be one of {', '.join(DEPRECATION_KINDS)}, not {kind!r}"
        )
    return kind


def plan_policy(entity_name: str, entity: Schema) -> dict[str, Any]:
    """`x-sdk-plan-policy` with its defaults: `{"create": bool, "prune": bool, "reason": str}`."""
    given = entity.get("x-sdk-plan-policy") or {}
    unknown = set(given) - PLAN_POLICY_KEYS
    if unknown:
        raise ValueError(f"{entity_name}: x-sdk-plan-policy has unknown keys {sorted(unknown)}")
    for name in ("create", "prune"):
        if not isinstance(given.get(name, True), bool):
            raise ValueError(f"{entity_name}: x-sdk-plan-policy {name} must be true or false")
    return {
        "create": given.get("create", True),
        "prune": given.get("prune", True),
        "reason": str(given.get("reason", "")),
    }


def dashboard_csv(entity_name: str, entity: Schema, properties: dict[str, Schema]) -> list[CsvColumnView]:
    """The entity's dashboard CSV columns, deprecated fields followed (see the module docstring);
    `properties` are the entity's, each flattened."""
    columns: list[CsvColumnView] = []
    for index, column in enumerate(entity.get("x-sdk-dashboard-csv") or []):
        where = f"{entity_name}: x-sdk-dashboard-csv[{index}]"
        unknown = set(column) - CSV_COLUMN_KEYS
        if unknown or "header" not in column or "field" not in column:
            raise ValueError(f"{where}: needs header and field, and takes also and optional only")
        name = str(column["field"])
        prop = properties.get(name)
        if prop is None:
            raise ValueError(f"{where}: {entity_name} has no field {name!r}")
        if prop.get("deprecated"):
            facts = prop.get("x-deprecation") or {}
            use = facts.get("use")
            if not use or deprecation_kind(facts, f"{entity_name}.{name}") == "replacement":
                continue  # nothing holds the same value any more: the column is left out
            if use not in properties:
                raise ValueError(f"{where}: {name} is renamed {use!r}, which {entity_name} lacks")
            name = str(use)
        columns.append(
            CsvColumnView(
                header=str(column["header"]),
                field=name,
                also=[str(header) for header in column.get("also") or ()],
                optional=bool(column.get("optional", False)),
            )
        )
    return columns
