"""The `cf-email-security` command line, run as a subprocess against the fake API on 127.0.0.1: every
resource and verb, every output format, the exit codes, dry runs that send nothing, and the export,
edit, plan, apply, plan round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from cf_email_security.testing import FakeEmailSecurity, FakeServer
from cli_support import Served, blocked, clean_env, policy, run_cli, served
from support import spec

__all__ = ["served"]  # the fixture, imported for pytest


def ok(result: Any) -> str:
    assert result.returncode == 0, result.stderr
    return str(result.stdout)


def ids(served: Served, resource: str, key: str) -> dict[str, str]:
    """The fake's entries of a resource as {natural key: id}: ids are UUIDs the fake hands out."""
    return {entry[key]: entry["id"] for entry in served.fake.entries(resource)}


# ----- every resource and verb ------------------------------------------------------------------------


def test_allow_policies_every_verb(served: Served) -> None:
    created = json.loads(
        ok(
            served.run(
                "allow-policies", "create", "--pattern", "ceo@example.com", "--pattern-type", "EMAIL",
                "--no-is-regex", "--is-trusted-sender", "--no-is-acceptable-sender",
                "--no-is-exempt-recipient", "--verify-sender", "--comments", "VIP", "-o", "json",
            )
        )
    )  # fmt: skip
    assert created["pattern"] == "ceo@example.com" and created["comments"] == "VIP"
    assert isinstance(created["id"], str) and len(created["id"]) == 36  # a UUID, passed on as written
    listed = json.loads(ok(served.run("allow-policies", "list", "--pattern-type", "EMAIL", "-o", "json")))
    assert [p["id"] for p in listed] == [created["id"]]
    got = json.loads(ok(served.run("allow-policies", "get", created["id"], "-o", "json")))
    assert got["id"] == created["id"] and got["modified_at"]
    updated = json.loads(
        ok(served.run("allow-policies", "update", created["id"], "--clear-comments", "-o", "json"))
    )
    assert updated["comments"] is None
    body = {"posts": [policy("a@example.com"), policy("b.example", "DOMAIN")], "deletes": [created["id"]]}
    result = json.loads(
        ok(served.run("allow-policies", "batch", "-f", "-", "-o", "json", input=json.dumps(body)))
    )
    assert len(result["posts"]) == 2 and result["deletes"] == [{"id": created["id"]}]
    deleted = json.loads(ok(served.run("allow-policies", "delete", result["posts"][0]["id"], "-o", "json")))
    assert deleted == {"id": result["posts"][0]["id"]}
    assert [e["pattern"] for e in served.fake.entries("allow_policies")] == ["b.example"]


def test_block_senders_every_verb(served: Served) -> None:
    created = json.loads(
        ok(
            served.run(
                "block-senders", "create", "--pattern", "bad@evil.example", "--pattern-type", "EMAIL",
                "--no-is-regex", "-o", "json",
            )
        )
    )  # fmt: skip
    ident = created["id"]
    assert json.loads(ok(served.run("block-senders", "list", "-o", "json")))[0]["id"] == ident
    assert (
        json.loads(ok(served.run("block-senders", "get", ident, "-o", "json")))["pattern"]
        == "bad@evil.example"
    )
    changed = json.loads(
        ok(served.run("block-senders", "update", ident, "--comments", "phish", "-o", "json"))
    )
    assert changed["comments"] == "phish"
    batch = {"patches": [{"id": ident, "comments": "phish 2"}]}
    ok(served.run("block-senders", "batch", "--file", "-", input=yaml.safe_dump(batch)))
    assert served.fake.entries("block_senders")[0]["comments"] == "phish 2"
    ok(served.run("block-senders", "delete", ident))
    assert served.fake.entries("block_senders") == []


def test_content_policies_every_verb(served: Served) -> None:
    created = json.loads(
        ok(
            served.run(
                "content-policies", "create", "--name", "invoices", "--enabled", "--pattern", "invoice",
                "--targets", "SUBJECT", "--targets", "BODY", "--notes", "finance", "-o", "json",
            )
        )
    )  # fmt: skip
    ident = created["id"]
    assert created["targets"] == ["SUBJECT", "BODY"] and created["enabled"] is True
    assert [p["name"] for p in json.loads(ok(served.run("content-policies", "list", "--enabled")))] == [
        "invoices"
    ]
    assert json.loads(ok(served.run("content-policies", "get", ident)))["notes"] == "finance"
    changed = json.loads(ok(served.run("content-policies", "update", ident, "--no-enabled", "--clear-notes")))
    assert changed["enabled"] is False and changed["notes"] is None
    put = {"id": ident, "name": "invoices", "enabled": True, "pattern": "invoice #", "targets": ["BODY"]}
    result = json.loads(
        ok(served.run("content-policies", "batch", "-f", "-", input=json.dumps({"puts": [put]})))
    )
    assert result["puts"][0]["pattern"] == "invoice #" and result["puts"][0]["targets"] == ["BODY"]
    ok(served.run("content-policies", "delete", ident))
    assert served.fake.entries("content_policies") == []


NO_TXT_RECORD = "The domain is verified by other means; no TXT record is needed."  # the spec's 204


def test_domains_every_verb(served: Served) -> None:
    seeded = ids(served, "domains", "domain")  # three onboarded domains: the API cannot list them empty
    listed = json.loads(ok(served.run("domains", "list", "--domain", "example.com", "-o", "json")))
    assert [d["domain"] for d in listed] == ["example.com"]
    got = json.loads(ok(served.run("domains", "get", seeded["example.org"], "-o", "json")))
    assert got["domain"] == "example.org" and got["integration_id"] == "3f1e1c0a-8d4b-4c61-9b7e-2a5d6f7e8c90"
    updated = json.loads(
        ok(
            served.run(
                "domains", "update", seeded["example.com"], "--ip-restrictions", "192.0.2.1",
                "--ip-restrictions", "192.0.2.2", "--regions", "US", "--lookback-hops", "3",
                "--no-require-tls-inbound", "-o", "json",
            )
        )
    )  # fmt: skip
    assert updated["ip_restrictions"] == ["192.0.2.1", "192.0.2.2"] and updated["lookback_hops"] == 3
    assert updated["regions"] == ["US"]
    replaced = json.loads(
        ok(
            served.run(
                "domains", "replace", seeded["example.com"], "--allowed-delivery-modes", "BCC",
                "--lookback-hops", "5", "--ip-restrictions", "198.51.100.0/24", "--drop-dispositions", "SPAM",
                "--regions", "DE", "-o", "json",
            )
        )
    )  # fmt: skip
    assert replaced["domain"] == "example.com" and replaced["allowed_delivery_modes"] == ["BCC"]
    assert replaced["ip_restrictions"] == ["198.51.100.0/24"] and replaced["lookback_hops"] == 5
    created = json.loads(
        ok(
            served.run(
                "domains", "create", "--domain", "fresh.example", "--allowed-delivery-modes", "API",
                "--regions", "GLOBAL", "--drop-dispositions", "MALICIOUS", "--ip-restrictions", "192.0.2.9",
                "-o", "json",
            )
        )
    )  # fmt: skip
    assert created["domain"] == "fresh.example" and created["status"] == "PENDING"
    pending = json.loads(ok(served.run("domains", "get-verification", created["id"], "-o", "json")))
    assert pending["txt_record_name"] == "_cf-email-sec-challenge.fresh.example"
    verified = served.run("domains", "get-verification", seeded["example.com"], "-o", "json")
    assert json.loads(ok(verified)) is None  # 204: nothing to verify, `null` for scripts
    assert verified.stderr == f"no verification data: {NO_TXT_RECORD}\n"  # and a line for people
    table = served.run("domains", "get-verification", seeded["example.com"], "-o", "table")
    assert ok(table) == f"no verification data: {NO_TXT_RECORD}\n" and table.stderr == ""
    batch = {"patches": [{"id": seeded["example.org"], "folder": "AllItems"}]}
    result = json.loads(ok(served.run("domains", "batch", "-f", "-", input=json.dumps(batch))))
    assert result["patches"][0]["folder"] == "AllItems"
    ok(served.run("domains", "delete", seeded["mail.example.net"]))
    body = json.dumps([seeded["example.com"], {"id": seeded["example.org"]}])
    gone = json.loads(ok(served.run("domains", "bulk-delete", "-f", "-", "-o", "json", input=body)))
    assert gone == [{"id": seeded["example.com"]}, {"id": seeded["example.org"]}]
    assert [d["domain"] for d in served.fake.entries("domains")] == ["fresh.example"]


def test_impersonation_registry_every_verb(served: Served) -> None:
    created = json.loads(
        ok(
            served.run(
                "impersonation-registry", "create", "--name", "Jane Doe", "--email", "jane@example.com",
                "--no-is-email-regex", "--provenance", "A1S_INTERNAL", "-o", "json",
            )
        )
    )  # fmt: skip
    ident = created["id"]
    listed = json.loads(ok(served.run("impersonation-registry", "list", "--provenance", "A1S_INTERNAL")))
    assert [e["email"] for e in listed] == ["jane@example.com"]
    assert (
        json.loads(ok(served.run("impersonation-registry", "get", ident, "-o", "json")))["name"] == "Jane Doe"
    )
    renamed = json.loads(
        ok(served.run("impersonation-registry", "update", ident, "--name", "J. Doe", "-o", "json"))
    )
    assert renamed["name"] == "J. Doe"
    ok(served.run("impersonation-registry", "delete", ident))
    assert served.fake.entries("impersonation_registry") == []


def test_sending_domain_restrictions_every_verb(served: Served) -> None:
    seeded = ids(served, "sending_domain_restrictions", "domain")
    listed = json.loads(ok(served.run("sending-domain-restrictions", "list", "-o", "json")))
    assert sorted(e["domain"] for e in listed) == sorted(seeded)
    created = json.loads(
        ok(
            served.run(
                "sending-domain-restrictions", "create", "--domain", "x.example", "--exclude", "ok.x.example",
                "--comments", "lookalike", "-o", "json",
            )
        )
    )  # fmt: skip
    assert created["exclude"] == ["ok.x.example"]
    got = json.loads(ok(served.run("sending-domain-restrictions", "get", created["id"])))
    assert got["comments"] == "lookalike"
    changed = json.loads(
        ok(served.run("sending-domain-restrictions", "update", created["id"], "--clear-comments"))
    )
    assert changed["comments"] is None
    body = json.dumps({"deletes": [seeded["partner.example"], seeded["legacy.example"]]})
    result = json.loads(
        ok(served.run("sending-domain-restrictions", "batch", "-f", "-", "-o", "json", input=body))
    )
    assert result["deletes"] == [{"id": seeded["partner.example"]}, {"id": seeded["legacy.example"]}]
    ok(served.run("sending-domain-restrictions", "delete", created["id"]))
    assert [e["domain"] for e in served.fake.entries("sending_domain_restrictions")] == ["newsletter.example"]


def test_trusted_domains_every_verb(served: Served, tmp_path: Path) -> None:
    body = tmp_path / "trusted.yaml"
    body.write_text("pattern: partner.example\nis_recent: true\nis_similarity: false\nis_regex: false\n")
    created = json.loads(
        ok(served.run("trusted-domains", "create", "-f", str(body), "--comments", "ok", "-o", "json"))
    )
    assert (
        created["pattern"] == "partner.example" and created["comments"] == "ok"
    )  # options win over the file
    ident = created["id"]
    assert len(json.loads(ok(served.run("trusted-domains", "list", "--is-recent", "-o", "json")))) == 1
    assert json.loads(ok(served.run("trusted-domains", "get", ident, "-o", "json")))["is_recent"] is True
    ok(served.run("trusted-domains", "update", ident, "--is-similarity"))
    ok(served.run("trusted-domains", "batch", "-f", "-", input=json.dumps({"deletes": [ident]})))
    created = json.loads(ok(served.run("trusted-domains", "create", "-f", str(body), "-o", "json")))
    ok(served.run("trusted-domains", "delete", created["id"]))
    assert served.fake.entries("trusted_domains") == []


def test_url_ignore_patterns_every_verb(served: Served) -> None:
    created = json.loads(
        ok(served.run("url-ignore-patterns", "create", "--pattern", "https://docs.example/*", "-o", "json"))
    )
    ident = created["id"]
    assert created["comments"] is None
    listed = json.loads(ok(served.run("url-ignore-patterns", "list", "--per-page", "5")))
    assert [e["id"] for e in listed] == [ident]
    assert (
        json.loads(ok(served.run("url-ignore-patterns", "get", ident)))["pattern"] == "https://docs.example/*"
    )
    changed = json.loads(ok(served.run("url-ignore-patterns", "update", ident, "--comments", "docs")))
    assert changed["comments"] == "docs"
    body = {"posts": [{"pattern": "https://wiki.example/*"}], "deletes": [ident]}
    result = json.loads(ok(served.run("url-ignore-patterns", "batch", "-f", "-", input=json.dumps(body))))
    assert result["deletes"] == [{"id": ident}] and len(result["posts"]) == 1
    ok(served.run("url-ignore-patterns", "delete", result["posts"][0]["id"]))
    assert served.fake.entries("url_ignore_patterns") == []


# ----- output formats ------------------------------------------------------------------------------------


@pytest.fixture
def populated(served: Served) -> Served:
    """An account with entries in every resource that has plan: the seeded domains and sending-domain
    restrictions, and a few created through the client."""
    with served.fake.client() as es:
        es.allow_policies.batch(
            posts=[
                policy("ceo@example.com", is_trusted_sender=True, verify_sender=True, comments="VIP, CEO"),
                policy("192.0.2.7", "IP", is_acceptable_sender=True),
                policy(".*@lookalike\\.example", is_regex=True, is_trusted_sender=False),
            ]
        )
        es.block_senders.create(
            pattern="spam.example", pattern_type="DOMAIN", is_regex=False, comments="spam"
        )
        es.content_policies.create(name="invoices", enabled=True, pattern="invoice", targets=["SUBJECT"])
        es.impersonation_registry.create(name="Jane CEO", email="jane@example.com", is_email_regex=False)
        es.url_ignore_patterns.create(pattern="https://docs.example/*")
        # The default seed's restrictions carry no `exclude`, which export writes as null and plan
        # (whose create body requires a list) refuses: give them the empty list the API would.
        for restriction in es.sending_domain_restrictions.list():
            es.sending_domain_restrictions.update(restriction.id, exclude=[])
    served.fake.requests.clear()
    return served


def test_list_in_every_format(populated: Served) -> None:
    as_json = json.loads(ok(populated.run("allow-policies", "list", "-o", "json")))
    assert [p["pattern"] for p in as_json] == ["ceo@example.com", "192.0.2.7", ".*@lookalike\\.example"]
    lines = ok(populated.run("allow-policies", "list", "-o", "jsonl")).splitlines()
    assert [json.loads(line) for line in lines] == as_json
    assert yaml.safe_load(ok(populated.run("allow-policies", "list", "-o", "yaml"))) == as_json
    table = ok(populated.run("allow-policies", "list", "-o", "table"))
    assert "ceo@example.com" in table and "pattern_type" in table
    rows = list(csv.reader(io.StringIO(ok(populated.run("allow-policies", "list", "-o", "csv")))))
    assert rows[0] == [
        "Pattern", "Pattern Type", "Verify Email", "Trusted Sender", "Exempt Recipient", "Acceptable Sender",
        "Notes", "Regex",
    ]  # fmt: skip
    assert rows[1] == ["ceo@example.com", "EMAIL", "true", "true", "false", "false", "VIP, CEO", "false"]
    assert rows[3][-1] == "true"
    blocked = list(csv.reader(io.StringIO(ok(populated.run("block-senders", "list", "-o", "csv")))))
    assert blocked == [["Pattern", "Pattern Type", "Notes"], ["spam.example", "DOMAIN", "spam"]]
    assert (
        json.loads(ok(populated.run("allow-policies", "list", "--limit", "1", "-o", "json")))[0] == as_json[0]
    )
    assert json.loads(ok(populated.run("trusted-domains", "list", "-o", "json"))) == []
    columns = ok(populated.run("trusted-domains", "list", "-o", "csv")).splitlines()
    assert len(columns) == 1, "no entries: the header alone"
    doc, entry = spec.load(), spec.merged_object(spec.load(), spec.entity("trusted_domains"))
    fields = {
        name
        for name, sub in entry["properties"].items()
        if not spec.merged_object(doc, sub).get("deprecated")
    }
    header = columns[0].split(",")
    assert sorted(header) == sorted(fields)  # every field the spec gives an entry but deprecated ones
    assert header[: 1 + len(entry["x-natural-key"])] == ["id", *entry["x-natural-key"]]  # the id, the key


def test_one_entry_in_every_format(populated: Served) -> None:
    ident = ids(populated, "allow_policies", "pattern")["ceo@example.com"]
    as_json = json.loads(ok(populated.run("allow-policies", "get", ident, "-o", "json")))
    assert json.loads(ok(populated.run("allow-policies", "get", ident, "-o", "jsonl"))) == as_json
    assert yaml.safe_load(ok(populated.run("allow-policies", "get", ident, "-o", "yaml"))) == as_json
    table = ok(populated.run("allow-policies", "get", ident, "-o", "table"))
    assert "ceo@example.com" in table and "VIP, CEO" in table and "modified_at" in table
    assert "last_modified" not in table and "is_spoof" not in table  # deprecated: json and yaml only
    domains = ids(populated, "domains", "domain")
    rows = list(
        csv.reader(io.StringIO(ok(populated.run("domains", "get", domains["example.com"], "-o", "csv"))))
    )
    assert rows[0][:2] == ["id", "domain"] and rows[1][:2] == [domains["example.com"], "example.com"]
    picked = ok(populated.run("domains", "list", "-o", "csv", "--columns", "domain,regions"))
    assert picked.splitlines()[:2] == ["domain,regions", "example.com,GLOBAL"]


def test_absent_and_null_fields_in_tables_and_csv(populated: Served) -> None:
    """The live API marks most read fields optional: absent or null ones are empty cells."""
    domains = ids(populated, "domains", "domain")
    quiet = domains["mail.example.net"]  # onboarded recently: no emails_processed
    as_json = json.loads(ok(populated.run("domains", "get", quiet, "-o", "json")))
    assert as_json.get("emails_processed") is None and as_json["integration_id"] is None
    rows = list(csv.DictReader(io.StringIO(ok(populated.run("domains", "get", quiet, "-o", "csv")))))
    assert rows[0]["emails_processed"] == "" and rows[0]["integration_id"] == ""
    assert rows[0]["status"] == as_json["status"], "a seeded domain is as complete as a created one"
    table = ok(populated.run("domains", "list", "-o", "table"))
    assert "mail.example.net" in table
    single = ok(populated.run("domains", "get", quiet, "-o", "table"))
    assert "mail.example.net" in single and "emails_processed" in single  # shown empty
    listed = list(
        csv.DictReader(io.StringIO(ok(populated.run("sending-domain-restrictions", "list", "-o", "csv"))))
    )
    assert {row["comments"] for row in listed} == {""} and {row["exclude"] for row in listed} == {""}
    created = json.loads(ok(populated.run("url-ignore-patterns", "list")))
    assert created[0]["comments"] is None
    assert "https://docs.example/*" in ok(populated.run("url-ignore-patterns", "list", "-o", "table"))


def test_output_defaults_to_json_when_piped(populated: Served) -> None:
    assert json.loads(ok(populated.run("block-senders", "list")))[0]["pattern"] == "spam.example"


# ----- exit codes ------------------------------------------------------------------------------------------


def test_bad_input_exits_2_with_one_line(served: Served, tmp_path: Path) -> None:
    cases = [
        ("allow-policies", "list", "--pattern-type", "NOPE"),
        ("allow-policies", "create", "--pattern", "x@example.com"),
        ("allow-policies", "get", "not-a-uuid"),  # checked by the client before sending
        ("no-such-resource", "list"),
        ("domains", "replace", "4b3c7f5e-0d1a-4f8e-9c2b-6a7d8e9f0a1b", "--lookback-hops", "3"),
        ("plan", "-f", str(tmp_path / "missing.yaml")),
        ("allow-policies", "batch", "-f", "-"),  # stdin is empty: not a mapping
        ("domains", "list", "--columns", "nope", "-o", "csv"),
    ]
    for args in cases:
        result = served.run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("cf-email-security: error: "), (
            result.stderr
        )
    assert served.writes() == []


def test_missing_credentials_or_account_exit_2(served: Served) -> None:
    no_token = clean_env(
        CLOUDFLARE_ACCOUNT_ID="0123456789abcdef0123456789abcdef", CLOUDFLARE_BASE_URL=served.base_url
    )
    result = served.run("domains", "list", env=no_token)
    assert result.returncode == 2 and "no credentials" in result.stderr
    result = served.run(
        "domains", "list", env=clean_env(CLOUDFLARE_API_TOKEN="t", CLOUDFLARE_BASE_URL=served.base_url)
    )
    assert result.returncode == 2 and "no account id" in result.stderr


def test_api_errors_exit_3_and_never_show_the_token(tmp_path: Path) -> None:
    fake = FakeEmailSecurity(api_token="the-right-token")
    with FakeServer(fake) as server:
        env = clean_env(
            CLOUDFLARE_ACCOUNT_ID="0123456789abcdef0123456789abcdef", CLOUDFLARE_BASE_URL=server.base_url
        )
        secret = "s3cret-token-value"
        result = run_cli(["domains", "list", "--api-token", secret], env=env)
        assert result.returncode == 3, result.stderr
        assert "401" in result.stderr and secret not in result.stderr + result.stdout
        unknown = "4b3c7f5e-0d1a-4f8e-9c2b-6a7d8e9f0a1b"
        result = run_cli(["domains", "get", unknown, "--api-token", "the-right-token"], env=env)
        assert result.returncode == 3 and "404" in result.stderr


def test_connection_errors_exit_4() -> None:
    with FakeServer() as server:
        base_url = server.base_url  # a port that was free a moment ago, and is closed now
    env = clean_env(CLOUDFLARE_API_TOKEN="t", CLOUDFLARE_ACCOUNT_ID="0123456789abcdef0123456789abcdef")
    result = run_cli(["domains", "list", "--base-url", base_url, "--timeout", "5"], env=env)
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith("cf-email-security: error: connection error:")


def test_help_documents_exit_codes_and_comes_from_the_spec(served: Served) -> None:
    top = ok(served.run("--help"))
    assert "exit codes:" in top and "4  connection error" in top
    doc = spec.load()
    for resource in spec.resources_of():
        assert resource.replace("_", "-") in top
    op = spec.operation("allow_policies", "create")
    create = ok(served.run("allow-policies", "create", "--help"))
    words = " ".join(create.split())  # argparse wraps lines where it likes
    assert op.raw["summary"] in words and f"{op.http} {op.path}" in create
    enums = 0
    for name, sub in spec.merged_object(doc, op.body)["properties"].items():
        node = spec.merged_object(doc, sub)
        assert " ".join(node.get("description", "").split()) in words, name
        if "enum" in node:  # the values a request may carry: a response-only one is not offered
            offered = [value for value in node["enum"] if value not in node.get("x-sdk-response-only", ())]
            assert f"--{name.replace('_', '-')} {{{','.join(offered)}}}" in create, name
            enums += 1
    assert enums, "allow_policies.create has an enum field: the check above ran"


# ----- dry run ---------------------------------------------------------------------------------------


def test_dry_run_prints_every_write_and_sends_nothing(populated: Served) -> None:
    env = populated.env()
    del env["CLOUDFLARE_API_TOKEN"]  # a dry run of a write needs no credentials: nothing is sent
    policy_id = ids(populated, "allow_policies", "pattern")["ceo@example.com"]
    blocked_id = ids(populated, "block_senders", "pattern")["spam.example"]
    domains = ids(populated, "domains", "domain")
    cases = [
        (("allow-policies", "create", "--pattern", "new@example.com", "--pattern-type", "EMAIL",
          "--no-is-regex", "--is-trusted-sender", "--no-is-acceptable-sender", "--no-is-exempt-recipient",
          "--no-verify-sender"),
         "POST", "/allow_policies", {"pattern": "new@example.com"}),
        (("allow-policies", "update", policy_id, "--comments", "changed"), "PATCH",
         f"/allow_policies/{policy_id}", {"comments": "changed"}),
        (("allow-policies", "delete", policy_id), "DELETE", f"/allow_policies/{policy_id}", None),
        (("block-senders", "batch", "-f", "-"), "POST", "/block_senders/batch",
         {"deletes": [{"id": blocked_id}]}),
        (("domains", "bulk-delete", "-f", "-"), "DELETE", "/domains", [{"id": domains["example.org"]}]),
        (("domains", "replace", domains["example.com"], "--allowed-delivery-modes", "API", "--lookback-hops",
          "2", "--ip-restrictions", "192.0.2.1", "--drop-dispositions", "SPAM", "--regions", "GLOBAL"),
         "PUT", f"/domains/{domains['example.com']}", {"lookback_hops": 2, "regions": ["GLOBAL"]}),
        (("domains", "create", "--domain", "new.example", "--allowed-delivery-modes", "API", "--regions",
          "GLOBAL", "--drop-dispositions", "SPAM", "--ip-restrictions", "192.0.2.1"),
         "POST", "/domains", {"domain": "new.example"}),
    ]  # fmt: skip
    stdin = {
        "block-senders": json.dumps({"deletes": [blocked_id]}),
        "domains": json.dumps([domains["example.org"]]),
    }
    for args, method, path, body in cases:
        result = populated.run(*args, "--dry-run", "-o", "json", input=stdin.get(args[0]), env=env)
        shown = json.loads(ok(result))
        assert shown["method"] == method and shown["url"].endswith(path), shown
        if isinstance(body, dict):
            assert body.items() <= shown["body"].items()
        else:
            assert shown["body"] == body
        assert "nothing was sent" in result.stderr
    text = ok(
        populated.run("allow-policies", "update", policy_id, "--comments", "x", "--dry-run", "-o", "table")
    )
    assert text.startswith("PATCH http://127.0.0.1:") and '"comments": "x"' in text
    assert populated.fake.requests == []  # not even a read


def test_a_dry_run_answers_every_write_of_the_spec() -> None:
    """A dry run answers each write in the server's place, with the simplest answer the operation's
    result schema allows, and the client reads that answer as the server's: every write takes the
    path it takes for real (apply's chunks and single calls included), and nothing is sent."""
    import warnings

    from cf_email_security.cli._dryrun import DryRun
    from support import Factory, arguments, connector, invoke
    from support import spec as oracle

    def refuse(request: Any) -> Any:
        raise AssertionError(f"sent: {request.method} {request.url}")

    writes = [operation for operation in oracle.operations() if operation.http != "GET"]
    assert len(writes) > 20
    for operation in writes:
        out = io.StringIO()
        dry = DryRun("json", out)
        call = arguments(operation, Factory())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # a deprecated operation says so
            connect = connector(refuse, intercept=dry.intercept)
            invoke("sync", connect, f"{operation.resource}.{operation.method}", *call.args, **call.kwargs)
        shown = json.loads(out.getvalue())
        assert dry.stopped == 1 and shown["method"] == operation.http, operation
        assert shown["body"] == call.body, operation


def _shown_requests(stdout: str) -> list[dict[str, Any]]:
    """The requests `apply --dry-run -o json` prints after the plan (a JSON document ending in `}`)."""
    lines = stdout.splitlines()
    return [json.loads(line) for line in lines[lines.index("}") + 1 :]]


def test_apply_dry_run_reads_but_writes_nothing(populated: Served, tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text(
        yaml.safe_dump({"block_senders": {"entries": [blocked("x@evil.example")], "prune": True}})
    )
    result = populated.run("apply", "-f", str(settings), "--dry-run", "-o", "json")
    assert result.returncode == 0, result.stderr
    requests = _shown_requests(result.stdout)
    assert [(r["method"], r["url"].rsplit("/", 2)[-2:]) for r in requests] == [
        ("POST", ["block_senders", "batch"])
    ]
    assert (
        requests[0]["body"]["deletes"] == [{"id": ids(populated, "block_senders", "pattern")["spam.example"]}]
        and requests[0]["body"]["posts"][0]["pattern"] == "x@evil.example"
    )
    assert populated.writes() == [] and populated.fake.requests  # it walked the account, and wrote nothing
    assert "cli-test-token" not in result.stdout + result.stderr


def test_apply_dry_run_shows_the_single_calls(populated: Served, tmp_path: Path) -> None:
    """The impersonation registry has no batch and sending-domain restrictions batch only deletes:
    their plans go out as single calls, and a dry run shows those."""
    restrictions = ids(populated, "sending_domain_restrictions", "domain")
    settings = tmp_path / "settings.yaml"
    settings.write_text(
        yaml.safe_dump(
            {
                "impersonation_registry": [
                    {"email": "jane@example.com", "name": "Jane Doe", "is_email_regex": False},
                    {"email": "cfo@example.com", "name": "The CFO", "is_email_regex": False},
                ],
                "sending_domain_restrictions": {
                    "prune": True,
                    "entries": [
                        {"domain": "partner.example", "exclude": ["ok.partner.example"]},
                        {"domain": "newsletter.example", "exclude": []},
                        {"domain": "legacy.example", "exclude": []},
                        {"domain": "x.example", "exclude": []},
                    ],
                },
            }
        )
    )
    result = populated.run("apply", "-f", str(settings), "--dry-run", "-o", "json")
    assert result.returncode == 0, result.stderr
    registry = ids(populated, "impersonation_registry", "email")["jane@example.com"]
    shown = [(r["method"], r["url"].split("/settings/")[1]) for r in _shown_requests(result.stdout)]
    assert shown == [
        ("PATCH", f"impersonation_registry/{registry}"),
        ("POST", "impersonation_registry"),
        ("PATCH", f"sending_domain_restrictions/{restrictions['partner.example']}"),
        ("POST", "sending_domain_restrictions"),
    ]
    assert populated.writes() == []


# ----- the account's settings as one file ----------------------------------------------------------------


PLANNED = spec.keyed_resources()  # those plan handles, in the spec's order


def test_export_edit_plan_apply_plan_round_trip(populated: Served, tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    ok(populated.run("export", "-f", str(settings)))
    exported = yaml.safe_load(settings.read_text())
    assert list(exported) == PLANNED  # every resource with plan, in the spec's order
    assert all(value["prune"] is False for value in exported.values())
    assert len(exported["allow_policies"]["entries"]) == 3
    assert "id" not in exported["allow_policies"]["entries"][0]
    assert "modified_at" not in exported["domains"]["entries"][0]
    assert [d["domain"] for d in exported["domains"]["entries"]] == [
        "example.com", "example.org", "mail.example.net"
    ]  # fmt: skip
    assert ok(populated.run("plan", "-f", str(settings))).endswith(
        "No changes: the account matches the settings.\n"
    )

    domains = ids(populated, "domains", "domain")
    exported["allow_policies"]["entries"][0]["comments"] = "edited"
    exported["block_senders"]["entries"].append(blocked("new@evil.example"))
    del exported["block_senders"]["entries"][0]
    exported["block_senders"]["prune"] = True
    exported["content_policies"]["entries"][0]["enabled"] = False
    # Domains: one changed; one the account lacks (never created by a plan); one left out of the file
    # (left alone: a domains plan never deletes, and prune is refused for domains).
    example_com = next(d for d in exported["domains"]["entries"] if d["domain"] == "example.com")
    example_com.update(lookback_hops=4, regions=["US", "DE"])
    exported["domains"]["entries"].append({**example_com, "domain": "not-onboarded.example"})
    exported["domains"]["entries"] = [
        d for d in exported["domains"]["entries"] if d["domain"] != "mail.example.net"
    ]
    exported["impersonation_registry"]["entries"][0]["name"] = "Jane Doe, CEO"
    exported["impersonation_registry"]["entries"].append(
        {"email": "cfo@example.com", "name": "The CFO", "is_email_regex": False}
    )
    restrictions = exported["sending_domain_restrictions"]
    restrictions["prune"] = True
    restrictions["entries"] = [e for e in restrictions["entries"] if e["domain"] != "legacy.example"]
    next(e for e in restrictions["entries"] if e["domain"] == "partner.example")["comments"] = "reviewed"
    restrictions["entries"].append({"domain": "lookalike.example", "exclude": ["ok.lookalike.example"]})
    exported["trusted_domains"]["entries"].append(
        {"pattern": "partner.example", "is_recent": True, "is_similarity": False, "is_regex": False}
    )
    exported["url_ignore_patterns"]["entries"].append({"pattern": "https://wiki.example/*", "comments": None})
    settings.write_text(yaml.safe_dump(exported))

    planned = populated.run("plan", "-f", str(settings), "--detailed-exitcode", "--allow-deletes")
    assert planned.returncode == 2, planned.stderr
    assert (
        "~ 192.0.2.7 (IP)" in planned.stdout
        or "~ .*@lookalike" in planned.stdout
        or "~ ceo@" in planned.stdout
    )
    assert "+ new@evil.example (EMAIL)" in planned.stdout and "- spam.example (DOMAIN)" in planned.stdout
    assert "+ partner.example" in planned.stdout and "+ https://wiki.example/*" in planned.stdout
    assert "~ invoices [id " in planned.stdout and "enabled: true -> false" in planned.stdout
    assert f"~ example.com [id {domains['example.com']}]" in planned.stdout
    assert "lookback_hops: 2 -> 4" in planned.stdout
    assert "! not-onboarded.example  not in the account: a domains plan never creates one" in planned.stdout
    assert "mail.example.net" not in planned.stdout  # left alone
    assert "~ jane@example.com" in planned.stdout and "+ cfo@example.com" in planned.stdout
    assert "- legacy.example [id" in planned.stdout and "+ lookalike.example" in planned.stdout
    as_json = json.loads(ok(populated.run("plan", "-f", str(settings), "-o", "json")))
    assert len(as_json["block_senders"]["delete"]) == 1 and len(as_json["trusted_domains"]["create"]) == 1
    assert as_json["domains"]["create"] == [] and as_json["domains"]["delete"] == []
    assert [d["domain"] for d in as_json["domains"]["not_created"]] == ["not-onboarded.example"]
    assert as_json["domains"]["left_alone"] == 1
    assert as_json["domains"]["change"][0]["changes"]["regions"] == {"from": ["GLOBAL"], "to": ["US", "DE"]}
    edited = {
        name for name, plan in as_json.items() if any(plan.get(k) for k in ("create", "change", "delete"))
    }
    assert populated.writes() == []

    refused = populated.run("apply", "-f", str(settings), "--auto-approve")  # deletes 1 of 1: over 10 %
    assert refused.returncode == 2 and "--allow-deletes" in refused.stderr
    assert populated.writes() == []
    applied = populated.run("apply", "-f", str(settings), "--auto-approve", "--allow-deletes")
    assert applied.returncode == 0, applied.stderr
    assert "Apply complete: 5 created, 5 changed, 2 deleted in 8 resources." in applied.stderr
    assert "domains: 0 created, 1 changed, 0 deleted, 1 not created" in applied.stderr
    settings_url = "/client/v4/accounts/0123456789abcdef0123456789abcdef/email-security/settings"
    registry = ids(populated, "impersonation_registry", "email")
    restricted = ids(populated, "sending_domain_restrictions", "domain")
    assert sorted(populated.writes()) == sorted(
        [
            *(
                ("POST", f"{settings_url}/{name}/batch")  # one batch request per resource that has one
                for name in PLANNED
                if "batch" in spec.resources_of()[name] and name in edited  # and a change to apply
            ),
            ("PATCH", f"{settings_url}/impersonation_registry/{registry['jane@example.com']}"),
            ("POST", f"{settings_url}/impersonation_registry"),
            ("PATCH", f"{settings_url}/sending_domain_restrictions/{restricted['partner.example']}"),
            ("POST", f"{settings_url}/sending_domain_restrictions"),
        ]
    )  # the batch of sending-domain restrictions carries their delete; the rest are single calls
    again = populated.run("plan", "-f", str(settings), "--detailed-exitcode")
    assert again.returncode == 0, again.stdout + again.stderr  # an absent domain is no change to apply
    assert "No changes to apply" in again.stdout and "! not-onboarded.example" in again.stdout
    assert [e["pattern"] for e in populated.fake.entries("block_senders")] == ["new@evil.example"]
    assert [d["domain"] for d in populated.fake.entries("domains")] == [
        "example.com", "example.org", "mail.example.net"
    ]  # fmt: skip  # none created, none deleted
    changed = next(d for d in populated.fake.entries("domains") if d["domain"] == "example.com")
    assert changed["lookback_hops"] == 4 and changed["regions"] == ["US", "DE"]
    assert sorted(e["domain"] for e in populated.fake.entries("sending_domain_restrictions")) == [
        "lookalike.example", "newsletter.example", "partner.example"
    ]  # fmt: skip
    settings.write_text(yaml.safe_dump({**exported, "domains": {"prune": False, "entries": [example_com]}}))
    final = populated.run("plan", "-f", str(settings), "--detailed-exitcode")
    assert final.returncode == 0 and final.stdout.endswith("No changes: the account matches the settings.\n")


def test_apply_asks_and_refuses_without_a_terminal(populated: Served, tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    entry = {"pattern": "t.example", "is_recent": True, "is_similarity": False, "is_regex": False}
    settings.write_text(json.dumps({"trusted_domains": [entry]}))
    result = populated.run("apply", "-f", str(settings), input="yes\n")
    assert result.returncode == 2 and "--auto-approve" in result.stderr
    assert "+ t.example" in result.stdout  # the plan is shown before the refusal
    assert populated.writes() == []


def test_resources_absent_are_left_alone_and_domains_never_deleted(populated: Served, tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({"domains": {"prune": True, "entries": []}}))
    result = populated.run("apply", "-f", str(settings), "--auto-approve", "--allow-deletes")
    assert result.returncode == 2 and "domains" in result.stderr
    settings.write_text(yaml.safe_dump({"allow_policies": {"prune": False, "entries": []}}))
    result = populated.run("apply", "-f", str(settings), "--auto-approve")
    assert result.returncode == 0 and "No changes" in result.stdout
    assert populated.writes() == [] and len(populated.fake.entries("allow_policies")) == 3


def test_a_small_prune_needs_no_flag(served: Served, tmp_path: Path) -> None:
    with served.fake.client() as es:
        es.block_senders.batch(posts=[blocked(f"u{n}@evil.example") for n in range(20)])
    keep = [blocked(f"u{n}@evil.example") for n in range(1, 20)]  # deletes 1 of 20: 5 %
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({"block_senders": {"prune": True, "entries": keep}}))
    ok(served.run("apply", "-f", str(settings), "--auto-approve"))
    assert len(served.fake.entries("block_senders")) == 19


def test_dashboard_csv_reads_back_for_plan(populated: Served, tmp_path: Path) -> None:
    exported = tmp_path / "allow.csv"
    ok(populated.run("export", "-f", str(exported), "--resource", "allow-policies"))
    assert exported.read_text().startswith("Pattern,Pattern Type,Verify Email,Trusted Sender,")
    assert ok(populated.run("plan", "-f", str(exported))).endswith(
        "No changes: the account matches the settings.\n"
    )
    listed = tmp_path / "listed.csv"
    listed.write_text(ok(populated.run("allow-policies", "list", "-o", "csv")))
    assert "No changes" in ok(populated.run("plan", "-f", str(listed), "--prune"))
    dashboard = tmp_path / "from-dashboard.csv"  # the docs' example: no Pattern Type, spaces after commas
    dashboard.write_text("Pattern, Notes, Verify Email, Trusted Sender, Exempt Recipient, Acceptable Sender\n"
                         "whale@notaphish.com, not a phish, true, true, false, true\n")  # fmt: skip
    plan = json.loads(ok(populated.run("plan", "-f", str(dashboard), "-o", "json")))
    flags = {"is_trusted_sender": True, "is_acceptable_sender": True, "verify_sender": True}
    expected = {**policy("whale@notaphish.com", **flags), "comments": "not a phish"}
    assert plan["allow_policies"]["create"] == [expected]
    block_list = tmp_path / "blocked.csv"
    block_list.write_text("Pattern,Pattern Type,Notes\nspam.example,DOMAIN,spam\n192.0.2.9,IP,\n")
    plan = json.loads(ok(populated.run("plan", "-f", str(block_list), "-o", "json")))
    assert plan["block_senders"]["unchanged"] == 1
    assert plan["block_senders"]["create"] == [blocked("192.0.2.9", "IP", comments=None)]
    trusted = tmp_path / "trusted_domains.csv"  # API field names: the file name says which resource
    trusted.write_text("pattern,is_recent,is_similarity,is_regex\nt.example,true,false,false\n")
    plan = json.loads(ok(populated.run("plan", "-f", str(trusted), "-o", "json")))
    assert plan["trusted_domains"]["create"][0]["pattern"] == "t.example"


def test_csv_of_other_resources_reads_back_for_plan(populated: Served, tmp_path: Path) -> None:
    """API field names as headers, lists joined with `;`: an empty cell of a list is the empty list
    (domains' ip_restrictions, restrictions' exclude: lists a create requires)."""
    for resource in ("domains", "sending-domain-restrictions", "content-policies", "url-ignore-patterns"):
        exported = tmp_path / f"{resource}.csv"
        ok(populated.run("export", "-f", str(exported), "--resource", resource))
        assert "No changes" in ok(populated.run("plan", "-f", str(exported))), resource
    rows = list(csv.DictReader(io.StringIO((tmp_path / "domains.csv").read_text())))
    assert rows[0]["domain"] == "example.com" and rows[0]["drop_dispositions"] == "MALICIOUS;SPOOF"
    assert rows[0]["ip_restrictions"] == ""
    empty = tmp_path / "trusted_domains.csv"
    ok(populated.run("export", "-f", str(empty), "--resource", "trusted-domains"))
    create = spec.merged_object(spec.load(), spec.operation("trusted_domains", "create").body)
    assert set(empty.read_text().strip().split(",")) == set(create["properties"])  # what a create takes:
    # no entries, and the header still says what a file holds


def test_settings_file_mistakes_are_bad_input(served: Served, tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    for document in (
        "- not a mapping",
        "no_such_resource: {entries: []}",
        "domains: {entries: [], prune: true}",  # a plan never deletes domains: prune is refused
        "allow_policies: {entries: [], prune: maybe}",
        "allow_policies: {entries: [{pattern: x}]}",  # the client's validation names the field
        "allow_policies: {entrys: []}",
    ):
        settings.write_text(document)
        result = served.run("plan", "-f", str(settings))
        assert result.returncode == 2, (document, result.stderr)
        assert result.stderr.count("\n") == 1
        detailed = served.run("plan", "-f", str(settings), "--detailed-exitcode")
        assert detailed.returncode == 1, (document, detailed.stderr)


# ----- the command model is the client's -------------------------------------------------------------------


def test_commands_match_the_client_signatures() -> None:
    """Every argument of an operation is one of its client method's: path ids positional, filters and
    body fields by keyword; a required keyword is one the spec names; a UUID id is a `str` (the command
    line passes the word as written, and the client checks it)."""
    import inspect

    from cf_email_security import EmailSecurity

    doc = spec.load()
    es = EmailSecurity(api_token="t", account_id="0123456789abcdef0123456789abcdef")
    for op in spec.operations():
        parameters = inspect.signature(getattr(getattr(es, op.resource), op.method)).parameters
        named: dict[str, Any] = {p["name"]: p["schema"] for p in op.parameters if p["name"] != "account_id"}
        if op.body is not None and op.body_argument is not None:
            named[op.body_argument] = op.body
        elif op.body is not None:
            properties = spec.merged_object(doc, op.body).get("properties", {})
            named.update(
                (name, sub)
                for name, sub in properties.items()
                if not spec.merged_object(doc, sub).get("readOnly")
            )
        arguments = {spec.python_name(name): schema for name, schema in named.items()}
        for arg, schema in arguments.items():
            assert arg in parameters, (op.id, arg)  # `type` is `type_` in Python
            node = spec.merged_object(doc, schema)
            if "uuid" in (node.get("format"), spec.merged_object(doc, node.get("items", {})).get("format")):
                annotation = str(parameters[arg].annotation)
                assert "str" in annotation and "UUID" not in annotation, (op.id, arg, annotation)
        for parameter in op.path_ids:
            kind = parameters[spec.python_name(parameter["name"])].kind
            assert kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, (op.id, parameter["name"])
        required = {
            name
            for name, p in parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
        }
        assert required <= set(arguments), op.id


def test_every_operation_of_the_spec_has_a_command_from_the_table() -> None:
    """The commands come from the table generated beside the client, not from a list of their own:
    each operation of the spec (as the tests' own reader reads it) is one row of that table, with its
    path ids and filters in its resource's details, and one command of the parser, whose every
    argument a word can carry is an option or a positional word of that command."""
    import importlib

    from cf_email_security.cli import _completion, _parser, _spec
    from cf_email_security_generated.commands import COMMANDS, RESOURCES
    from support import spec as oracle

    rows = {(row["resource"], row["method"]): row for row in COMMANDS}
    operations = {(op.resource, op.method): op for op in oracle.operations()}
    assert len(rows) == len(COMMANDS) and rows.keys() == operations.keys()
    assert list(RESOURCES) == [tag["name"] for tag in oracle.load()["tags"]]
    for key, operation in operations.items():
        row = rows[key]
        assert (row["http_method"], row["path"]) == (operation.http, operation.path), key
        details = importlib.import_module(f"cf_email_security_generated._commands.{key[0]}").DETAILS
        params = details[key[1]]["params"]
        ids = [param[0] for param in params if param[2] == "path"]
        assert ids == [param["name"] for param in operation.path_ids], key
        filters = {param[0] for param in params if param[2] == "query"}
        assert filters == {param["name"] for param in operation.query}, key
    spec = _spec.load()
    tree = _completion.tree(_parser.build(spec, None))
    made = {(op.resource, op.method): op for op in spec.operations if not isinstance(op, _spec.WaitOperation)}
    assert made.keys() == rows.keys()
    for (resource, method), op in made.items():
        assert op.row is rows[(resource, method)]
        node = tree.subs[_parser.kebab(resource)].subs[op.verb]
        flags = {flag for names, *_ in node.options for flag in names}
        for param in op.options:
            if not param.file_only and param.location != "path" and op.positional is not param:
                assert _parser._flags(op, param)[0] in flags, (resource, method, param)
        parsed = _parser.build(spec, [_parser.kebab(resource), op.verb]).parse(
            [_parser.kebab(resource), op.verb, *("1" for p in op.params if p.location == "path")]
        )
        assert parsed.operation is op
