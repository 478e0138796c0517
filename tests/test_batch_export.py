"""Export writes what plan reads: export, edit, plan, apply is a round trip, in JSON and in YAML."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest

from cf_email_security import ValidationError
from cf_email_security.batch import MissingDependencyError, dumps, loads
from cf_email_security.testing import FakeEmailSecurity
from cf_email_security_generated.shapes import RESOURCE_SHAPES
from support import spec
from support.batch import new_fake, policy, sender, trusted


def exported_fields(resource: str, key: tuple[str, ...]) -> list[str]:
    """What export writes, in order: the natural key, then every other field a create sets (the
    spec's create body less its deprecated fields), sorted."""
    body = spec.merged_object(spec.load(), spec.operation(resource, "create").body)["properties"]
    current = [
        name for name, field in body.items() if not spec.merged_object(spec.load(), field).get("deprecated")
    ]
    return [*key, *sorted(set(current) - set(key))]


def test_export_is_sorted_by_key_and_holds_only_what_plan_compares() -> None:
    fake = new_fake()
    es = fake.client()
    es.allow_policies.plan([policy(2, pattern_type="DOMAIN"), policy(1, comments="VIP"), policy(2)]).apply()
    rows = json.loads(es.allow_policies.export("json"))
    keys = [
        (p["pattern"], p["pattern_type"]) for p in (policy(1), policy(2, pattern_type="DOMAIN"), policy(2))
    ]
    assert [(r["pattern"], r["pattern_type"]) for r in rows] == sorted(keys)
    assert list(rows[0]) == exported_fields("allow_policies", ("pattern", "pattern_type")), (
        "no id, no timestamps, no deprecated flags the server derives"
    )
    assert rows[0]["comments"] == "VIP" and rows[1]["comments"] is None


@pytest.mark.parametrize("format", ["json", "yaml"])
def test_export_edit_plan_apply_round_trip(format: str) -> None:
    fake = new_fake()
    es = fake.client()
    es.allow_policies.plan([policy(n) for n in range(5)]).apply()
    text = es.allow_policies.export(format)
    assert not es.allow_policies.plan(loads(text, format)), "an unedited export plans nothing"

    desired = loads(text, format)
    desired[0]["comments"] = "edited"  # change one
    del desired[1]  # drop one
    desired.append(policy(9, pattern_type="IP", pattern="192.0.2.9"))  # add one
    plan = es.allow_policies.plan(desired, prune=True)
    assert (len(plan.creates), len(plan.changes), len(plan.deletes)) == (1, 1, 1)
    plan.apply()

    exported = loads(es.allow_policies.export(format), format)
    assert exported == sorted(
        (dict(row, comments=row.get("comments")) for row in desired),
        key=lambda r: (r["pattern"], r["pattern_type"]),
    )
    assert not es.allow_policies.plan(exported, prune=True)


def test_yaml_quotes_what_would_otherwise_read_back_as_another_type() -> None:
    fake = new_fake()
    es = fake.client()
    tricky = ["12345", "*.example", "yes", "null", "1.5", "#x"]
    es.trusted_domains.plan([trusted(0, pattern=p) for p in tricky]).apply()
    back = loads(es.trusted_domains.export("yaml"), "yaml")
    assert sorted(row["pattern"] for row in back) == sorted(tricky)
    assert not es.trusted_domains.plan(back, prune=True)


def test_the_async_export_matches_the_sync_one() -> None:
    fake = new_fake()
    fake.client().block_senders.plan([sender(1, pattern="x.example", pattern_type="DOMAIN")]).apply()

    async def run() -> str:
        async with fake.async_client() as aes:
            return await aes.block_senders.export("yaml")

    text = asyncio.run(run())
    assert text == fake.client().block_senders.export("yaml")
    fields = exported_fields("block_senders", ("pattern", "pattern_type"))
    assert text.splitlines()[:2] == ["- pattern: x.example", "  pattern_type: DOMAIN"]
    assert [line.split(":")[0].strip(" -") for line in text.splitlines()] == fields
    assert "  comments: null" in text.splitlines(), "a field never set is written as null"


def test_yaml_without_pyyaml_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # as if PyYAML were not installed
    fake = new_fake()
    es = fake.client()
    with pytest.raises(MissingDependencyError, match=r"pip install pyyaml"):
        es.allow_policies.export("yaml")
    with pytest.raises(ImportError):
        loads("[]", "yaml")
    assert fake.requests == [], "checked before listing anything"
    assert json.loads(es.allow_policies.export("json")) == [], "JSON needs nothing extra"


def test_unknown_formats_and_documents_that_are_not_lists_are_refused() -> None:
    fake = new_fake()
    with pytest.raises(ValidationError, match="format: must be one of json, yaml, csv"):
        fake.client().allow_policies.export("toml")
    assert fake.requests == []
    with pytest.raises(ValidationError, match="must be a list of entries"):
        loads('{"pattern": "a"}', "json")
    assert loads("", "yaml") == []
    assert dumps([], "json") == "[]\n"


@pytest.mark.parametrize("resource", sorted(RESOURCE_SHAPES))
def test_export_walks_in_the_largest_pages_the_list_allows(resource: str) -> None:
    """Plan and export read every entry: pages of the most `per_page` allows cost the fewest requests."""
    listing = next(op for op in spec.operations() if op.resource == resource and op.paged)
    (per_page,) = [p for p in listing.query if p["name"] == "per_page"]
    largest = spec.resolve(spec.load(), per_page["schema"])["maximum"]
    fake = FakeEmailSecurity()
    getattr(fake.client(), resource).export("json")
    pages = {dict(r.query).get("per_page") for r in fake.requests if r.method == "GET"}
    assert pages == {str(largest)}


def test_a_field_the_api_left_out_is_left_out_of_the_export_unless_null_is_a_value() -> None:
    """An entry read without `is_regex` (not nullable) and without `comments` (nullable): the export
    leaves the first out, where null would be refused by plan, and writes the second as null."""
    from cf_email_security.batch._export import rows
    from cf_email_security.batch._kinds import KINDS
    from cf_email_security_generated.models import BlockedSender

    kind = KINDS["block_senders"]
    assert "comments" in kind.nullable and "is_regex" not in kind.nullable
    entry = BlockedSender.from_dict(
        {"id": "4fa2a0a8-2f3c-4b43-9d4e-05b5d1c4f1a1", "pattern": "x@evil.example", "pattern_type": "EMAIL"}
    )
    (row,) = rows(kind, [entry])
    assert row == {"pattern": "x@evil.example", "pattern_type": "EMAIL", "comments": None}
