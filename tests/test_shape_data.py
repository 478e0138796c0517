"""The judgements the spec states as vendor extensions, read at generation (generator/views/shape_data.py):
a dashboard CSV column follows its field's deprecation (a rename reads and writes the new field, a
replacement leaves the column out), a plan policy has its defaults, and a typo is refused, naming where."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generator"))
from views import shape_data

FLAG = {"type": "boolean"}


def entity(kind: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """An entity whose `is_spoof` column is deprecated for `acceptance`, as a rename or a replacement."""
    facts: dict[str, Any] = {"use": "acceptance", **({"kind": kind} if kind else {})}
    properties = {
        "pattern": {"type": "string"},
        "is_spoof": {**FLAG, "deprecated": True, "x-deprecation": facts},
        "acceptance": {"type": "string", "enum": ["NONE", "SPAM"]},
    }
    columns = [{"header": "Pattern", "field": "pattern"}, {"header": "Spoof", "field": "is_spoof"}]
    return {"properties": properties, "x-sdk-dashboard-csv": columns}, properties


def test_a_renamed_field_keeps_its_column_under_the_new_name() -> None:
    schema, properties = entity(None)
    columns = shape_data.dashboard_csv("Policy", schema, properties)
    assert [(c.header, c.field) for c in columns] == [("Pattern", "pattern"), ("Spoof", "acceptance")]


def test_a_replaced_field_loses_its_column() -> None:
    schema, properties = entity("replacement")
    columns = shape_data.dashboard_csv("Policy", schema, properties)
    assert [(c.header, c.field) for c in columns] == [("Pattern", "pattern")]


def test_an_unknown_deprecation_kind_or_column_field_is_refused() -> None:
    schema, properties = entity("renamed")
    with pytest.raises(ValueError, match="kind must be one of rename, replacement, not 'renamed'"):
        shape_data.dashboard_csv("Policy", schema, properties)
    schema["x-sdk-dashboard-csv"] = [{"header": "Size", "field": "size"}]
    with pytest.raises(ValueError, match=r"x-sdk-dashboard-csv\[0\]: Policy has no field 'size'"):
        shape_data.dashboard_csv("Policy", schema, properties)


def test_a_plan_policy_defaults_to_create_and_prune_and_refuses_typos() -> None:
    assert shape_data.plan_policy("Widget", {}) == {"create": True, "prune": True, "reason": ""}
    given = {"x-sdk-plan-policy": {"prune": False, "reason": "why"}}
    assert shape_data.plan_policy("Widget", given) == {"create": True, "prune": False, "reason": "why"}
    with pytest.raises(ValueError, match="unknown keys \\['purge'\\]"):
        shape_data.plan_policy("Widget", {"x-sdk-plan-policy": {"purge": False}})


def test_the_spec_keeps_domains_out_of_plans_and_allow_lists_in_dashboard_columns() -> None:
    """What the generated shapes hold, from the spec itself."""
    from cf_email_security_generated.shapes import RESOURCE_SHAPES

    kept = {name for name, shape in RESOURCE_SHAPES.items() if not shape.plan_policy.prune}
    assert kept == {"domains"} and not RESOURCE_SHAPES["domains"].plan_policy.create
    with_csv = {name for name, shape in RESOURCE_SHAPES.items() if shape.dashboard_csv}
    assert with_csv == {"allow_policies", "block_senders"}
