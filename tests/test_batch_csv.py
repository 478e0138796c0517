"""CSV in the library: `loads(text, "csv")` reads the Cloudflare dashboard's allow and block lists (and
any resource's entries under its API field names), `dumps` and `export("csv")` write them, so that a
dashboard export plans from Python as it does from the command line."""

from __future__ import annotations

import csv
import io

import pytest

from cf_email_security import ValidationError
from cf_email_security.batch import FORMATS, dumps, loads
from support.batch import desired, new_fake, policy, sender

DASHBOARD_ALLOW = "Pattern,Pattern Type,Verify Email,Trusted Sender,Exempt Recipient,Acceptable Sender,Notes"


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_is_a_format_of_loads_and_dumps() -> None:
    assert "csv" in FORMATS


def test_the_dashboard_example_reads_as_desired_allow_policies() -> None:
    """Cloudflare's docs' upload example: no Pattern Type (taken from the pattern), spaces after
    commas, the boxes a list leaves out unchecked."""
    text = (
        "Pattern, Notes, Verify Email, Trusted Sender, Exempt Recipient, Acceptable Sender\n"
        "whale@notaphish.com, not a phish, true, true, false, true\n"
        "192.0.2.0/24, office, no, no, yes, no\n"
    )
    assert loads(text, "csv") == [
        {
            **policy(0, pattern="whale@notaphish.com"),
            "comments": "not a phish",
            "verify_sender": True,
            "is_trusted_sender": True,
            "is_acceptable_sender": True,
        },
        {
            **policy(0, pattern="192.0.2.0/24", pattern_type="IP"),
            "comments": "office",
            "is_exempt_recipient": True,
        },
    ]


def test_a_dashboard_block_list_plans_and_applies() -> None:
    fake = new_fake()
    es = fake.client()
    text = "Pattern,Pattern Type,Notes\nspam.example,DOMAIN,spam\nx@evil.example,EMAIL,\n"
    plan = es.block_senders.plan(loads(text, "csv"))
    assert len(plan.creates) == 2
    plan.apply()
    assert sorted((e["pattern"], e["comments"]) for e in fake.entries("block_senders")) == [
        ("spam.example", "spam"),
        ("x@evil.example", None),
    ]
    assert loads("Blocked_Sender, Notes\nold@evil.example, legacy\n", "csv") == [
        {**sender(0, pattern="old@evil.example"), "comments": "legacy"}
    ], "the docs' older upload header is read too"


@pytest.mark.parametrize("resource", ["allow_policies", "block_senders"])
def test_export_as_csv_is_the_dashboard_layout_and_plans_back_to_nothing(resource: str) -> None:
    fake = new_fake()
    es = fake.client()
    entries = [desired(resource, n, comments=f"=cmd {n}") for n in range(3)]
    getattr(es, resource).plan(entries).apply()
    text = getattr(es, resource).export("csv")
    header = rows(text)[0]
    assert header[:2] == ["Pattern", "Pattern Type"] and header[-1] == "Notes"
    assert all(not cell.startswith("=") for row in rows(text) for cell in row), "no cell starts a formula"
    assert not getattr(es, resource).plan(loads(text, "csv"), prune=True)


def test_other_resources_use_their_field_names_and_need_the_resource_named() -> None:
    fake = new_fake()
    es = fake.client()
    entries = [desired("content_policies", n) for n in range(2)]
    es.content_policies.plan(entries).apply()
    text = es.content_policies.export("csv")
    assert rows(text)[0][0] == "name"
    back = loads(text, "csv", resource="content_policies")
    assert not es.content_policies.plan(back, prune=True)
    with pytest.raises(ValidationError, match=r"^resource: .*resource="):
        loads(text, "csv")
    assert dumps([], "csv", resource="trusted_domains").strip().split(",") == [
        "pattern", "comments", "is_recent", "is_regex", "is_similarity"
    ], "no entries: the header still says what the document holds"  # fmt: skip


def test_a_bad_cell_names_the_entry_the_field_and_the_line() -> None:
    text = "Pattern,Pattern Type,Notes,Regex\na@example.com,EMAIL,,false\nb@example.com,EMAIL,,maybe\n"
    with pytest.raises(ValidationError) as caught:
        loads(text, "csv")
    assert (
        str(caught.value) == "block_senders[1].is_regex: not a boolean: 'maybe' (use true or false) (line 3)"
    )
    with pytest.raises(ValidationError, match=r"^header: unknown column 'Colour'"):
        loads("Pattern,Colour,Verify Email\n", "csv", resource="allow_policies")
    with pytest.raises(ValidationError, match=r"^header: "):
        loads("", "csv", resource="allow_policies")
    with pytest.raises(ValidationError, match=r"^resource: must be one of "):
        loads("name\n", "csv", resource="no_such_resource")


def test_formula_cells_round_trip() -> None:
    tricky = ["=1+1", "+x", "-y", "@z", "'=quoted", "plain 'quote", "\tx"]
    text = dumps(
        [sender(n, comments=value) for n, value in enumerate(tricky)], "csv", resource="block_senders"
    )
    assert [row["comments"] for row in loads(text, "csv")] == tricky
