"""A plan as data: `plan.to_dict()` and `plan.to_json()`, for scripts, reviews and CI artefacts.

Typed as TypedDicts, so that `plan.to_dict()["change"][0]["changes"]` is known to a type checker.
Values are as JSON carries them (enums by value, timestamps in ISO 8601); an entry is named by its
natural key under `key` (`{"pattern": ..., "pattern_type": ...}`), as the plan matched it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from ._plan import Plan

# "from" is a keyword: the functional form names it.
FieldChange = TypedDict("FieldChange", {"from": Any, "to": Any})
"""One field of a change: its value in the account, and the value the plan sets."""


class PlannedChange(TypedDict):
    """An entry the plan changes: its id, its natural key, and each field that changes."""

    id: str
    key: dict[str, Any]
    changes: dict[str, FieldChange]


class PlannedDelete(TypedDict):
    """An entry the plan deletes: its id and its natural key."""

    id: str
    key: dict[str, Any]


class PlanData(TypedDict):
    """A whole plan: the bodies it creates, the changes and deletes, and what it leaves as it is.

    `not_created` holds desired entries the account lacks that this resource's plans never create
    (domains: onboarding creates them); `unchanged` and `left_alone` count entries that match, and
    entries the desired list does not name (kept, as the plan does not prune)."""

    resource: str
    summary: str
    create: list[dict[str, Any]]
    change: list[PlannedChange]
    delete: list[PlannedDelete]
    not_created: list[dict[str, Any]]
    unchanged: int
    left_alone: int


def to_dict(plan: Plan[Any]) -> PlanData:
    from ._plan import plain

    key = plan.kind.key

    def named(entry: Any) -> dict[str, Any]:
        return {field: plain(getattr(entry, field)) for field in key}

    return {
        "resource": plan.kind.name,
        "summary": plan.summary(),
        "create": [plain(request) for request in plan.creates],
        "change": [
            {
                "id": plain(change.entry.id),
                "key": named(change.entry),
                "changes": {
                    name: {"from": old, "to": new} for name, (old, new) in change.differences.items()
                },
            }
            for change in plan.changes
        ],
        "delete": [{"id": plain(entry.id), "key": named(entry)} for entry in plan.deletes],
        "not_created": [plain(request) for request in plan.not_created],
        "unchanged": plan.unchanged,
        "left_alone": plan.left_alone,
    }


def to_json(plan: Plan[Any], indent: int | None = 2) -> str:
    return json.dumps(to_dict(plan), indent=indent, ensure_ascii=False) + "\n"
