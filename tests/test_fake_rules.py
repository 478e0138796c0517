"""The fake enforces the rules the spec states as data, for every resource they reach, with no code per
resource: the form of a pattern by its pattern_type unless it is a regular expression (`x-sdk-forms`),
the IP rules (`x-sdk-ip-rules`), directory-synced entries that cannot be changed (`x-sdk-locked`), a
domain onboarded once (`x-sdk-unique`), and seeded entries as complete as created ones.

Requests go over raw HTTP (httpx on the fake's transport), past the client's own checks: the fake is
an oracle of its own, and must refuse what a client that checks nothing sends.
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import httpx
import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, default_seed
from cf_email_security.testing.spec import packaged_document
from support import Factory, IdMaker

BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"
TOKEN = {"Authorization": "Bearer test-token"}
TESTING = Path(__file__).resolve().parents[1] / "overlays" / "cf_email_security" / "testing"


def http(fake: FakeEmailSecurity) -> httpx.Client:
    return httpx.Client(transport=fake.transport(), base_url=BASE, headers=TOKEN)


def refused(response: httpx.Response, status: int, text: str) -> None:
    assert response.status_code == status, response.text
    messages = [error["message"] for error in response.json()["errors"]]
    assert any(text in message for message in messages), messages


def sender(pattern: str, pattern_type: str, *, is_regex: bool = False) -> dict[str, Any]:
    return {"pattern": pattern, "pattern_type": pattern_type, "is_regex": is_regex}


def policy(pattern: str, pattern_type: str, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = Factory().create("allow_policies", pattern=pattern, pattern_type=pattern_type)
    return {**body, **fields}


# ---- the form of a pattern, and the IP rules ----------------------------------------------------------

REFUSED_IPS = [
    ("10.20.30.40", "private"),
    ("172.16.0.0/12", "private"),
    ("192.168.1.0/24", "private"),
    ("8.0.0.0/6", "private"),  # a block holding 10.0.0.0/8
    ("fd00::1", "unique-local"),
    ("127.0.0.1", "loopback"),
    ("::1", "loopback"),
    ("169.254.10.1", "link-local"),
    ("fe80::1/64", "link-local"),
    ("0.0.0.0", "unspecified"),
    ("::", "unspecified"),
    ("255.255.255.255", "broadcast"),
    ("::ffff:10.0.0.1", "private"),  # IPv4-mapped IPv6
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:169.254.0.0/112", "link-local"),
    ("::ffff:255.255.255.255", "broadcast"),
]


@pytest.mark.parametrize(("pattern", "kind"), REFUSED_IPS)
def test_an_ip_pattern_the_api_refuses_is_refused_naming_why(pattern: str, kind: str) -> None:
    with http(FakeEmailSecurity(seed={})) as client:
        for resource, body in (
            ("block_senders", sender(pattern, "IP")),
            ("allow_policies", policy(pattern, "IP")),
        ):
            refused(client.post(f"/{resource}", json=body), 400, "pattern: must be a globally reachable")
            refused(client.post(f"/{resource}", json=body), 400, f"{kind} addresses are refused")


@pytest.mark.parametrize(
    "pattern",
    ["8.8.8.8", "203.0.113.0/24", "2001:db8::/32", "2606:4700::1111", "::ffff:8.8.8.8", "1.1.1.0/24"],
)
def test_a_globally_reachable_ip_pattern_is_taken(pattern: str) -> None:
    with http(FakeEmailSecurity(seed={})) as client:
        assert client.post("/block_senders", json=sender(pattern, "IP")).status_code == 201


@pytest.mark.parametrize(
    ("pattern", "pattern_type", "rule"),
    [
        ("ceo", "EMAIL", "must be an email address"),
        ("ceo@", "EMAIL", "must be an email address"),
        ("ceo@localhost", "EMAIL", "must be an email address"),
        ("ceo@example.com", "DOMAIN", "must be a domain name"),
        ("-bad.example", "DOMAIN", "must be a domain name"),
        ("1.2.3.4", "DOMAIN", "must be a domain name"),
        ("example.com", "IP", "must be an IPv4 or IPv6 address or CIDR block"),
    ],
)
def test_a_pattern_has_the_form_its_pattern_type_says(pattern: str, pattern_type: str, rule: str) -> None:
    with http(FakeEmailSecurity(seed={})) as client:
        because = f"(pattern_type {pattern_type}, is_regex false)"
        refused(client.post("/block_senders", json=sender(pattern, pattern_type)), 400, f"pattern: {rule}")
        refused(client.post("/block_senders", json=sender(pattern, pattern_type)), 400, because)
        regex = sender(pattern, pattern_type, is_regex=True)
        assert client.post("/block_senders", json=regex).status_code == 201, (
            "a regular expression is not checked"
        )


def test_a_change_is_judged_on_the_entry_it_leaves() -> None:
    """A PATCH of the pattern_type alone, a batch patch and a batch put: the stored entry with the change
    applied must still fit; the entry named in a batch is its array and index, and nothing is applied."""
    fake = FakeEmailSecurity(seed={})
    with http(fake) as client:
        created = client.post("/block_senders", json=sender("spam@bad.example", "EMAIL")).json()["result"]
        path = f"/block_senders/{created['id']}"
        refused(client.patch(path, json={"pattern_type": "DOMAIN"}), 400, "pattern: must be a domain name")
        assert (
            client.patch(path, json={"pattern_type": "DOMAIN", "pattern": "bad.example"}).status_code == 200
        )
        regex = client.patch(path, json={"is_regex": True, "pattern_type": "IP", "pattern": r"^10\..*"})
        assert regex.status_code == 200, "a regular expression is not checked"
        refused(client.patch(path, json={"is_regex": False}), 400, "pattern: must be an IPv4 or IPv6 address")
        batch = {
            "deletes": [],
            "patches": [{"id": created["id"], "comments": "fine"}],
            "puts": [{"id": created["id"], **sender("192.168.0.1", "IP")}],
            "posts": [],
        }
        refused(client.post("/block_senders/batch", json=batch), 400, "puts[0].pattern: must be a globally")
        assert fake.entries("block_senders")[0]["comments"] is None, "the batch was not applied"
        posts = {
            "deletes": [],
            "patches": [],
            "puts": [],
            "posts": [sender("ok.example", "DOMAIN"), sender("x", "EMAIL")],
        }
        refused(
            client.post("/block_senders/batch", json=posts), 400, "posts[1].pattern: must be an email address"
        )
        assert len(fake.entries("block_senders")) == 1


def test_the_rules_are_the_spec_s_data() -> None:
    """The same fake with the spec's rules changed: no IP rules, and EMAIL without a form."""
    document = copy.deepcopy(packaged_document())
    del document["x-sdk-ip-rules"]
    del document["components"]["schemas"]["PatternType"]["x-sdk-forms"]["forms"]["EMAIL"]
    with http(FakeEmailSecurity(seed={}, spec=document)) as client:
        assert client.post("/block_senders", json=sender("10.0.0.1", "IP")).status_code == 201
        assert client.post("/block_senders", json=sender("ceo", "EMAIL")).status_code == 201
        refused(client.post("/block_senders", json=sender("ceo", "DOMAIN")), 400, "must be a domain name")


def test_the_fake_reads_the_rules_itself() -> None:
    """An oracle of its own: the fake imports nothing of the client's checks."""
    for module in TESTING.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        ]
        assert not [name for name in imported if "_validation" in name or name.endswith(".runtime")], (
            module.name
        )


# ---- directory-synced entries, domains onboarded once, seeds ------------------------------------------

DIRECTORY = "SNOOPY-OFFICE_365"


def test_a_directory_synced_impersonation_entry_cannot_be_updated() -> None:
    synced = {"email": "ceo@example.com", "name": "The CEO", "is_email_regex": False, "provenance": DIRECTORY}
    fake = FakeEmailSecurity(seed={"impersonation_registry": [synced]})
    with http(fake) as client:
        (seeded,) = fake.entries("impersonation_registry")
        refused(
            client.patch(f"/impersonation_registry/{seeded['id']}", json={"name": "Someone else"}),
            400,
            f"cannot be changed: it is synced from a directory, so it is changed there, not through the API"
            f" (provenance {DIRECTORY})",
        )
        assert fake.entries("impersonation_registry")[0]["name"] == "The CEO"
        by_hand = client.post(
            "/impersonation_registry", json={**synced, "email": "cfo@example.com", "provenance": None}
        )
        assert by_hand.status_code == 201 and by_hand.json()["result"]["provenance"] is None, "null is kept"
        internal = client.post(
            "/impersonation_registry",
            json={**synced, "email": "cto@example.com", "provenance": "A1S_INTERNAL"},
        )
        changed = client.patch(
            f"/impersonation_registry/{internal.json()['result']['id']}", json={"name": "CTO"}
        )
        assert changed.status_code == 200
        assert client.delete(f"/impersonation_registry/{seeded['id']}").status_code == 200, "deletes are fine"


def test_a_created_impersonation_entry_is_internal_unless_it_says_otherwise() -> None:
    with http(FakeEmailSecurity(seed={})) as client:
        body = {"email": "ceo@example.com", "name": "The CEO", "is_email_regex": False}
        assert (
            client.post("/impersonation_registry", json=body).json()["result"]["provenance"] == "A1S_INTERNAL"
        )


def test_the_same_domain_is_not_onboarded_twice() -> None:
    fake = FakeEmailSecurity()
    factory = Factory()
    with http(fake) as client:
        again = client.post("/domains", json=factory.create("domains", domain="EXAMPLE.com"))
        refused(again, 409, "domains: domain example.com exists already")
        twice = {
            "deletes": [],
            "patches": [],
            "puts": [],
            "posts": [factory.create("domains", domain="new.example") for _ in range(2)],
        }
        refused(
            client.post("/domains/batch", json=twice),
            409,
            "posts[1]: domains: domain new.example exists already",
        )
        assert [entry["domain"] for entry in fake.entries("domains")] == [
            "example.com",
            "example.org",
            "mail.example.net",
        ]
        gone = fake.entries("domains")[0]["id"]
        swap = {
            "deletes": [{"id": gone}],
            "patches": [],
            "puts": [],
            "posts": [factory.create("domains", domain="example.com")],
        }
        assert client.post("/domains/batch", json=swap).status_code == 200, (
            "deleted first, then onboarded anew"
        )


def test_seeded_entries_are_as_complete_as_created_ones() -> None:
    """Every field a created entry of the resource carries, a seeded one carries too; seeded domains are
    verified (the spec's x-sdk-verification), created ones wait for their DNS record."""
    fake = FakeEmailSecurity()
    with http(fake) as client:
        for resource in default_seed():
            seeded = fake.entries(resource)[0]
            created = client.post(f"/{resource}", json=Factory().create(resource)).json()["result"]
            assert set(created) <= set(seeded), (resource, set(created) - set(seeded))
    verification = packaged_document()["paths"][
        "/accounts/{account_id}/email-security/settings/domains/{domain_id}/verification"
    ]["get"]["x-sdk-verification"]
    statuses = [entry[verification["field"]] for entry in fake.entries("domains")]
    assert statuses == [verification["verified"]] * 3 + [verification["pending"]]


def test_a_seed_may_not_repeat_a_domain_or_break_a_form() -> None:
    with pytest.raises(ValueError, match=r"seed block_senders\[0\]\.pattern: must be a domain name"):
        FakeEmailSecurity(seed={"block_senders": [sender("a@b.example", "DOMAIN")]})
    ids = IdMaker()
    domains = [{"id": ids(), "domain": "x.example"}, {"id": ids(), "domain": "X.EXAMPLE"}]
    with pytest.raises(ValueError, match="exists already"):
        FakeEmailSecurity(seed={"domains": domains})
