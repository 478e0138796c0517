"""`make demo`: the session runs against the embedded fake, and against a server given by URL, where it
changes only what it created in that run."""

from __future__ import annotations

import re
from typing import Any, Literal

import pytest

from cf_email_security import EmailSecurity, demo
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer, domain
from contract import CapturingTransport, assert_conforms
from support import spec

RESOURCES = spec.keyed_resources()  # the account's settings: the mail changes, by design
PatternKind = Literal["EMAIL", "DOMAIN", "IP"]
WRITES = ("POST", "PATCH", "PUT", "DELETE")
DEFAULT_RUN_REQUESTS = 42  # against a server, where the demo only reads mail
# On the embedded fake the run also cleans up after a block: it delivers its own mail, blocks its
# sender, lists and moves that mail, and follows a bulk job (created, polled to its end, deleted).
EMBEDDED_RUN_REQUESTS = 50


def _flags(**on: bool) -> dict[str, Any]:
    return {**dict.fromkeys(spec.required_flags("allow_policies"), False), **on}


def _populated_account(*, trusted: tuple[str, ...] = ()) -> FakeEmailSecurity:
    """An account with entries of every resource, among them the demo's old literal patterns, so that a
    demo that matched, pruned or deleted by anything but its own ids would change one of them."""
    fake = FakeEmailSecurity(
        seed={
            "domains": [
                domain(None, "example.com"),
                domain(None, "corp.example", allowed_delivery_modes=["BCC"], active_delivery_mode="BCC"),
            ],
        }
    )
    with fake.client() as es:
        policies: tuple[tuple[str, PatternKind], ...] = (
            ("payroll@vendor.example", "EMAIL"),
            ("partner.example", "DOMAIN"),
            ("192.0.2.25", "IP"),
        )
        for pattern, kind in policies:
            es.allow_policies.create(pattern=pattern, pattern_type=kind, **_flags(is_trusted_sender=True))
        es.allow_policies.create(
            pattern="ops@example.com",
            pattern_type="EMAIL",
            comments="cf-email-security demo",  # looks like the demo's marker, is not this run's
            **_flags(is_trusted_sender=True),
        )
        blocked: tuple[tuple[str, PatternKind], ...] = (
            ("invoice@phish.example", "EMAIL"),
            ("phish.example", "DOMAIN"),
            ("phish-login.example", "DOMAIN"),
            *((f"promo{n:02}@spam.example", "EMAIL") for n in range(12)),
        )
        for pattern, kind in blocked:
            es.block_senders.create(pattern=pattern, pattern_type=kind, is_regex=False, comments="prod")
        for name in ("partner.example", "legacy.example"):
            es.sending_domain_restrictions.create(domain=name, exclude=[], comments="prod")
        es.url_ignore_patterns.create(pattern=r"^https://intranet\.example/", comments="prod")
        es.content_policies.create(
            name="invoice-fraud", pattern="wire transfer", targets=["BODY"], enabled=True
        )
        es.impersonation_registry.create(name="Jane Doe", email="jane@example.com", is_email_regex=False)
        es.impersonation_registry.create(name="Payroll", email="payroll@example.com", is_email_regex=False)
        for pattern in ("partner.example", "old-vendor.example", "supplier.example", *trusted):
            es.trusted_domains.create(
                pattern=pattern, is_recent=False, is_regex=False, is_similarity=False, comments="prod"
            )
    fake.requests.clear()
    return fake


def _snapshot(fake: FakeEmailSecurity) -> dict[str, list[dict[str, Any]]]:
    return {name: fake.entries(name) for name in RESOURCES}


def _assert_as_before(fake: FakeEmailSecurity, before: dict[str, list[dict[str, Any]]]) -> None:
    """Every entry as it was (deep, last_modified included), and none the demo created left over."""
    after = _snapshot(fake)
    for name in RESOURCES:
        assert after[name] == before[name], name


def test_demo_runs_against_the_embedded_fake(capsys: pytest.CaptureFixture[str]) -> None:
    demo.main([])
    out = capsys.readouterr().out
    assert "in-process fake" in out
    assert "Run id " in out
    assert "page 5: 5 of 45" in out, "the filtered list spans several pages"
    assert "NotFoundError as expected: HTTP 404" in out
    assert "ValidationError: field 'pattern'" in out
    assert "planning again: trusted_domains: 0 to create, 0 to change, 0 to delete" in out
    assert re.search(r"messages in [2-9] page\(s\), each once", out), "the mail is walked by cursor"
    assert re.search(r"blocked #\w+; moved 3 of 3", out)
    assert "COMPLETED, 4 of 4 moved" in out
    assert f"{EMBEDDED_RUN_REQUESTS} requests, 1 answered with an error" in out


def test_demo_against_a_server_leaves_it_as_it_found_it(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeEmailSecurity()
    before = _snapshot(fake)
    with FakeServer(fake) as server:
        demo.main(["--base-url", server.base_url])
    assert f"Against {server.base_url}" in capsys.readouterr().out
    _assert_as_before(fake, before)
    assert len(fake.requests) == DEFAULT_RUN_REQUESTS
    mail = [r for r in fake.requests if "/email-security/investigate" in r.path]
    assert mail and all(r.method == "GET" for r in mail), "against a server the demo only reads mail"


def test_demo_against_a_populated_account_changes_only_what_it_created(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _populated_account()
    before = _snapshot(fake)
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "demo-test-token")
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", FAKE_ACCOUNT_ID)
    with FakeServer(fake) as server:
        demo.main(["--base-url", server.base_url])
    _assert_as_before(fake, before)
    assert "page 5: 5 of 45" in capsys.readouterr().out, "the demo pages its own entries only"
    writes = [(r.method, r.path) for r in fake.requests if r.method in WRITES]
    assert len(writes) >= 10, "the demo did create, change and delete entries of its own"
    untouchable = re.compile(r"/settings/domains(/|$)")
    assert not [(method, path) for method, path in writes if untouchable.search(path)]


def test_demo_refuses_to_plan_over_an_entry_it_did_not_create() -> None:
    """Were a run id ever to repeat a pre-existing key, the plan would match that entry: refuse."""
    fake = _populated_account(trusted=("partner-cafe0123.example",))
    before = _snapshot(fake)
    with (
        fake.client() as es,
        pytest.raises(demo.DemoRefused, match=r"partner-cafe0123\.example \[id [0-9a-f-]+\]"),
    ):
        demo.session(es, run_id="cafe0123")
    _assert_as_before(fake, before)


def test_demo_traffic_conforms_to_both_specs(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeEmailSecurity()
    capture = CapturingTransport(fake.transport())
    with EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=capture) as es:
        demo.session(es)
    assert assert_conforms(capture.exchanges) == DEFAULT_RUN_REQUESTS


def test_demo_against_no_server_stops_with_a_message() -> None:
    with FakeServer() as server:
        base_url = server.base_url  # a port that was free a moment ago, and is closed again below
    with pytest.raises(SystemExit, match=r"demo stopped: .*ConnectError"):
        demo.main(["--base-url", base_url])


def test_demo_that_stops_midway_still_deletes_what_it_created(capsys: pytest.CaptureFixture[str]) -> None:
    fake = _populated_account()
    before = _snapshot(fake)
    fake.inject(400, method="PATCH", path="/allow_policies/")  # the policy update, after 51 entries exist
    with FakeServer(fake) as server, pytest.raises(SystemExit, match=r"demo stopped: .*400"):
        demo.main(["--base-url", server.base_url])
    assert "removed 47 blocked senders, 3 allow policies\n" in capsys.readouterr().out
    _assert_as_before(fake, before)


def test_demo_says_how_each_domain_stands_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    """A status the API does not report is not printed as Python's None, and the verification of a
    domain the API verified by other means (204, no content) says so."""
    fake = FakeEmailSecurity()
    with fake.client() as es:
        demo.session(es)
    out = capsys.readouterr().out
    section = out.split("== Domains", 1)[1].split("\n== ", 1)[0]
    assert "None" not in section and "example.com" in section
    assert "verification of example.com: no DNS TXT record needed (verified by other means)" in section
