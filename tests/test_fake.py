"""The fake API (`cf_email_security.testing`) through the public client: every operation's happy and
error paths, every list filter, pagination, atomic batches, domain verification, auth and fault
injection.

Test data comes from the spec (`support.Factory`, `support.IdMaker`): bodies are the simplest ones the
spec accepts, with the fields a test is about given. Every exchange of every test here is checked against
this project's spec and the upstream reference when the test ends (the `es` and `raw` fixtures capture
them).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

import httpx
import pytest

from cf_email_security import (
    APIStatusError,
    AsyncEmailSecurity,
    AuthenticationError,
    EmailSecurity,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from cf_email_security.models import DomainStatus
from cf_email_security.testing import (
    FAKE_ACCOUNT_ID,
    FakeEmailSecurity,
    Faults,
    StepClock,
    domain,
)
from contract import AsyncCapturingTransport, CapturingTransport, assert_conforms, errors, ours, upstream
from support import Factory, IdMaker, assert_matches_wire, spec

BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"
TOKEN = {"Authorization": "Bearer test-token"}

FACTORY = Factory()
UNKNOWN_ID = IdMaker().unknown()  # an id in the spec's format that no fake hands out
OPERATIONS = spec.resources_of()
# Every resource the API creates, reads, changes and deletes one by one (all eight since Gen B).
CRUD = sorted(name for name, ops in OPERATIONS.items() if {"create", "get", "update", "delete"} <= set(ops))
# The resources whose batch takes all four arrays (sending_domain_restrictions' takes deletes only).
BATCHES = sorted(
    name
    for name, ops in OPERATIONS.items()
    if "batch" in ops and "posts" in spec.merged_object(spec.load(), ops["batch"].body).get("properties", {})
)


def create(resource: str, n: int | None = None, /, **fields: Any) -> dict[str, Any]:
    """A create body of `resource` from the spec, with `fields` given."""
    body: dict[str, Any] = FACTORY.create(resource, n, **fields)
    return body


def without(body: dict[str, Any], field: str) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key != field}


def patch(name: str) -> dict[str, Any]:
    """A PATCH body that sets every field the update takes (deprecated ones aside)."""
    body: dict[str, Any] = FACTORY.body(OPERATIONS[name]["update"].body, full=True)
    return body


UPDATE = {name: patch(name) for name in CRUD}
REPLACE_DOMAIN: dict[str, Any] = FACTORY.body(OPERATIONS["domains"]["replace"].body)


class Captured:
    """Clients and raw httpx wired to one fake, every exchange kept for the contract check."""

    def __init__(self, fake: FakeEmailSecurity) -> None:
        self.fake = fake
        self.sync = CapturingTransport(fake.transport())
        self.asynchronous = AsyncCapturingTransport(fake.async_transport())
        self.unchecked_requests = CapturingTransport(fake.transport())

    @staticmethod
    def _settings(options: dict[str, Any]) -> dict[str, Any]:
        credentials = {} if "api_key" in options else {"api_token": "test-token"}
        return {**credentials, "account_id": FAKE_ACCOUNT_ID, **options}

    def client(self, cls: type[EmailSecurity] = EmailSecurity, **options: Any) -> EmailSecurity:
        return cls(transport=self.sync, **self._settings(options))

    def async_client(self, **options: Any) -> AsyncEmailSecurity:
        return AsyncEmailSecurity(transport=self.asynchronous, **self._settings(options))

    def raw(self) -> httpx.Client:
        """Plain httpx, for requests the client would refuse to send: only responses are checked."""
        return httpx.Client(transport=self.unchecked_requests)

    def assert_conforms(self) -> None:
        assert_conforms([*self.sync.exchanges, *self.asynchronous.exchanges])
        assert_conforms(self.unchecked_requests.exchanges, check_request=False)


@pytest.fixture
def fake() -> FakeEmailSecurity:
    return FakeEmailSecurity(clock=StepClock())


@pytest.fixture
def wire(fake: FakeEmailSecurity) -> Iterator[Captured]:
    captured = Captured(fake)
    yield captured
    captured.assert_conforms()


@pytest.fixture
def es(wire: Captured) -> Iterator[EmailSecurity]:
    with wire.client() as client:
        yield client


@pytest.fixture
def raw(wire: Captured) -> Iterator[httpx.Client]:
    with wire.raw() as client:
        yield client


def resource(es: EmailSecurity, name: str) -> Any:
    return getattr(es, name)


def ids(fake: FakeEmailSecurity, name: str) -> list[Any]:
    """The ids the fake holds for a resource, in list order."""
    return [entry["id"] for entry in fake.entries(name)]


def domain_ids(fake: FakeEmailSecurity) -> dict[str, Any]:
    """The fake's domains' ids by domain name (the seeded ones: example.com, example.org, ...)."""
    return {entry["domain"]: entry["id"] for entry in fake.entries("domains")}


def seeded_domain(fake: FakeEmailSecurity, index: int = 0) -> Any:
    return ids(fake, "domains")[index]


# --- each operation's happy path -----------------------------------------------------------------


@pytest.mark.parametrize("name", CRUD)
def test_create_get_update_delete(es: EmailSecurity, fake: FakeEmailSecurity, name: str) -> None:
    api = resource(es, name)
    seeded = ids(fake, name)
    first = api.create(**create(name))
    second = api.create(**create(name))
    assert ids(fake, name) == [*seeded, first.id, second.id], "listed in the order they were made"
    assert {UUID(first.id).version, UUID(second.id).version} == {4} and first.id != second.id
    assert first.created_at == first.modified_at == getattr(first, "last_modified", first.modified_at)
    assert api.get(first.id) == first
    assert_matches_wire(api.get(second.id), fake.entries(name)[-1])

    updated = api.update(first.id, **UPDATE[name])
    sent = updated.to_dict()
    assert {field: sent[field] for field in UPDATE[name]} == UPDATE[name]
    assert updated.created_at == first.created_at, "created_at is kept"
    assert updated.modified_at > first.modified_at, "modified_at moves"
    if hasattr(updated, "last_modified"):
        assert updated.last_modified == updated.modified_at, "the deprecated last_modified follows it"

    assert api.delete(first.id).id == first.id
    assert ids(fake, name) == [*seeded, second.id]
    with pytest.raises(NotFoundError):
        api.get(first.id)


def test_ids_are_uuid4_from_a_seeded_generator() -> None:
    """UUIDs in place of 1, 2, 3, but as reproducible: the same `id_seed`, the same ids."""

    def made(id_seed: int) -> list[str]:
        captured = Captured(FakeEmailSecurity(seed={}, id_seed=id_seed))
        with captured.client() as es:
            made = [es.block_senders.create(**create("block_senders", n)).id for n in (1, 2, 3)]
        captured.assert_conforms()
        return made

    first = made(id_seed=0)
    assert first == made(id_seed=0)
    assert first != made(id_seed=1)
    assert len(set(first)) == 3 and {UUID(entry_id).version for entry_id in first} == {4}


def test_domains_get_update_replace_delete_and_bulk_delete(
    es: EmailSecurity, fake: FakeEmailSecurity
) -> None:
    named = domain_ids(fake)
    com, org, net = named["example.com"], named["example.org"], named["mail.example.net"]
    assert es.domains.get(com).domain == "example.com"
    updated = es.domains.update(com, ip_restrictions=["192.0.2.0/24"], lookback_hops=4)
    assert (updated.ip_restrictions, updated.lookback_hops) == (["192.0.2.0/24"], 4)
    assert updated.created_at < updated.modified_at == updated.last_modified
    assert es.domains.delete(net).id == net
    with pytest.warns(DeprecationWarning, match="bulk_delete"):  # upstream: use the batch instead
        assert [ref.id for ref in es.domains.bulk_delete(domains=[com, org])] == [com, org]
    assert fake.entries("domains") == []


def test_domain_replace_sets_every_field_the_put_carries(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    """PUT replaces: what the body carries is set, the optional fields it leaves out are reset (to null
    where they may be null), and what no put can carry (the name, the provider's view) stays."""
    org = domain_ids(fake)["example.org"]
    before = es.domains.get(org)
    assert before.folder is not None and before.integration_id is not None
    replaced = es.domains.replace(org, **REPLACE_DOMAIN)
    sent = replaced.to_dict()
    assert {field: sent[field] for field in REPLACE_DOMAIN} == REPLACE_DOMAIN
    assert (replaced.folder, replaced.integration_id) == (None, None), "left out of a put: reset"
    assert replaced.domain == "example.org", "the name is immutable after creation"
    assert (replaced.inbox_provider, replaced.emails_processed) == (
        before.inbox_provider,
        before.emails_processed,
    )
    assert replaced.created_at == before.created_at and replaced.modified_at > before.modified_at


def test_domain_created_through_the_api_waits_for_dns_verification(
    es: EmailSecurity, fake: FakeEmailSecurity
) -> None:
    created = es.domains.create(**create("domains", domain="new.example"))
    assert created.status is DomainStatus.PENDING
    assert [entry.id for entry in es.domains.list(status="PENDING")] == [created.id]

    record = es.domains.get_verification(created.id)
    assert record is not None and record.status is DomainStatus.PENDING
    assert record.txt_record_name == "_cf-email-sec-challenge.new.example"
    assert record.txt_record_value and record.last_checked_at is None, "never checked before"
    again = es.domains.get_verification(created.id)
    assert again is not None and again.last_checked_at is not None, "the first look was a check"
    assert (again.txt_record_name, again.txt_record_value) == (
        record.txt_record_name,
        record.txt_record_value,
    )

    fake.verify("domains", created.id)  # the record was published and found
    assert es.domains.get_verification(created.id) is None, "204: verified"
    assert es.domains.get(created.id).status is DomainStatus.ACTIVE
    assert es.domains.list(status="PENDING").to_list() == []
    assert [es.domains.get_verification(seeded) for seeded in ids(fake, "domains")[:3]] == [None] * 3, (
        "onboarded domains need no verification"
    )
    with pytest.raises(KeyError):
        fake.verify("domains", UNKNOWN_ID)


def test_domains_batch_applies_every_array(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    named = domain_ids(fake)
    result = es.domains.batch(
        deletes=[named["mail.example.net"]],
        patches=[{"id": named["example.com"], "lookback_hops": 5}],
        puts=[{**REPLACE_DOMAIN, "id": named["example.org"]}],
        posts=[create("domains", domain="batch.example")],
    )
    assert [ref.id for ref in result.deletes] == [named["mail.example.net"]]
    assert result.patches[0].lookback_hops == 5
    assert result.puts[0].domain == "example.org" and result.puts[0].folder is None
    assert result.posts[0].domain == "batch.example" and result.posts[0].status is DomainStatus.PENDING
    assert [entry["domain"] for entry in fake.entries("domains")] == [
        "example.com",
        "example.org",
        "batch.example",
    ]


def test_allow_policy_deprecated_flags_mirror_their_replacements(es: EmailSecurity) -> None:
    policy = es.allow_policies.create(
        **create("allow_policies", is_trusted_sender=True, is_exempt_recipient=True)
    )
    assert (policy.is_sender, policy.is_recipient, policy.is_spoof) == (True, True, False)
    policy = es.allow_policies.update(policy.id, is_trusted_sender=False)
    assert (policy.is_sender, policy.is_trusted_sender) == (False, False)
    with pytest.warns(DeprecationWarning, match="is_spoof"):
        policy = es.allow_policies.update(policy.id, is_spoof=True)  # only the old name: sets the new one
    assert (policy.is_acceptable_sender, policy.is_spoof) == (True, True)


def test_patch_null_clears_a_nullable_field_and_is_refused_for_others(
    es: EmailSecurity, raw: httpx.Client, fake: FakeEmailSecurity
) -> None:
    policy = es.allow_policies.create(**create("allow_policies", verify_sender=True, comments="temporary"))
    policy = es.allow_policies.update(policy.id, comments=None)
    assert policy.comments is None
    assert policy.verify_sender is True
    before = fake.entries("allow_policies")
    refused = raw.patch(f"{BASE}/allow_policies/{policy.id}", json={"verify_sender": None}, headers=TOKEN)
    assert refused.status_code == 400 and "verify_sender" in refused.json()["errors"][0]["message"]
    assert fake.entries("allow_policies") == before


# --- error paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CRUD)
@pytest.mark.parametrize("operation", ["get", "update", "delete"])
def test_unknown_id_is_404_with_envelope(es: EmailSecurity, name: str, operation: str) -> None:
    api = resource(es, name)
    arguments = UPDATE[name] if operation == "update" else {}
    with pytest.raises(NotFoundError) as raised:
        getattr(api, operation)(UNKNOWN_ID, **arguments)
    assert raised.value.status_code == 404
    # The envelope's own message names the id (str(error) would, through the URL, whatever it said).
    (error,) = raised.value.errors
    assert str(UNKNOWN_ID) in error["message"]


def test_unknown_domain_verification_is_404(es: EmailSecurity) -> None:
    with pytest.raises(NotFoundError) as raised:
        es.domains.get_verification(UNKNOWN_ID)
    assert str(UNKNOWN_ID) in raised.value.errors[0]["message"]


# Requests the spec refuses, and the field the 400 must name. "{id}" in a path stands for an entry that
# exists (a seeded one, or one the test makes first).
INVALID_BODIES = [
    ("POST", "/allow_policies", create("allow_policies", pattern=""), "pattern"),
    ("POST", "/allow_policies", without(create("allow_policies"), "verify_sender"), "verify_sender"),
    ("POST", "/allow_policies", create("allow_policies", surprise=1), "surprise"),
    ("POST", "/block_senders", create("block_senders", pattern_type="PHONE"), "pattern_type"),
    ("POST", "/trusted_domains", create("trusted_domains", is_recent="yes"), "is_recent"),
    ("POST", "/impersonation_registry", create("impersonation_registry", name="n" * 1025), "name"),
    ("POST", "/content_policies", create("content_policies", targets=["HEADER"]), "targets[0]"),
    ("POST", "/content_policies", create("content_policies", name=""), "name"),
    ("POST", "/url_ignore_patterns", create("url_ignore_patterns", surprise=1), "surprise"),
    (
        "POST",
        "/sending_domain_restrictions",
        without(create("sending_domain_restrictions"), "exclude"),
        "exclude",
    ),
    ("POST", "/domains", without(create("domains"), "regions"), "regions"),
    ("POST", "/domains", create("domains", allowed_delivery_modes=[]), "allowed_delivery_modes"),
    ("POST", "/domains", create("domains", lookback_hops=21), "lookback_hops"),
    ("PATCH", "/trusted_domains/{id}", {}, "at least 1"),
    ("PATCH", "/trusted_domains/{id}", {"is_similarity": "no"}, "is_similarity"),
    ("PATCH", "/domains/{id}", {"lookback_hops": 21}, "lookback_hops"),
    ("PATCH", "/domains/{id}", {"integration_id": "not-a-uuid"}, "integration_id"),
    ("PATCH", "/domains/{id}", {"domain": "renamed.example"}, "domain"),
    ("PUT", "/domains/{id}", without(REPLACE_DOMAIN, "ip_restrictions"), "ip_restrictions"),
    ("PUT", "/domains/{id}", {**REPLACE_DOMAIN, "domain": "renamed.example"}, "domain"),
    ("POST", "/allow_policies/batch", {"deletes": [], "patches": [], "puts": []}, "posts"),
    (
        "POST",
        "/allow_policies/batch",
        {"deletes": [{"id": 1}], "patches": [], "puts": [], "posts": []},
        "deletes[0].id",
    ),
    (
        "POST",
        "/domains/batch",
        {"deletes": [], "patches": [], "puts": [], "posts": [without(create("domains"), "domain")]},
        "posts[0].domain",
    ),
    ("POST", "/sending_domain_restrictions/batch", {"deletes": [{}]}, "deletes[0].id"),
    ("DELETE", "/domains", [], "at least 1"),
]


def existing_id(raw: httpx.Client, fake: FakeEmailSecurity, name: str) -> Any:
    """The id of an entry of `name`: the first seeded one, else one made now."""
    held = ids(fake, name)
    if held:
        return held[0]
    return raw.post(f"{BASE}/{name}", json=create(name), headers=TOKEN).json()["result"]["id"]


@pytest.mark.parametrize(("method", "path", "body", "field"), INVALID_BODIES)
def test_invalid_body_is_400_naming_the_field(
    raw: httpx.Client, fake: FakeEmailSecurity, method: str, path: str, body: Any, field: str
) -> None:
    if "{id}" in path:
        path = path.replace("{id}", existing_id(raw, fake, path.split("/")[1]))
    before = {name: fake.entries(name) for name in OPERATIONS}
    response = raw.request(method, f"{BASE}{path}", json=body, headers=TOKEN)
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["success"] is False and envelope["result"] is None
    assert envelope["errors"][0]["code"] == 1001
    assert field in envelope["errors"][0]["message"]
    assert {name: fake.entries(name) for name in OPERATIONS} == before, "a rejected request changes nothing"


def test_trusted_domain_create_takes_one_entry_only(fake: FakeEmailSecurity) -> None:
    """Gen A's create also took an array of entries (and answered with an array); the live API takes
    one object, as this spec and upstream's now agree: many entries go through batch."""
    capture = CapturingTransport(fake.transport())
    body = [create("trusted_domains"), create("trusted_domains")]
    with httpx.Client(transport=capture) as client:
        response = client.post(f"{BASE}/trusted_domains", json=body, headers=TOKEN)
    assert response.status_code == 400
    assert "must be a JSON object" in response.json()["errors"][0]["message"]
    assert fake.entries("trusted_domains") == []
    (refused,) = capture.exchanges
    assert errors(refused, ours()) and errors(refused, upstream()), "both specs refuse the array"
    assert (
        errors(refused, ours(), check_request=False) == errors(refused, upstream(), check_request=False) == []
    )


@pytest.mark.parametrize(
    ("path", "query", "problem"),
    [
        ("/allow_policies", "per_page=0", "per_page"),
        ("/allow_policies", "per_page=1001", "per_page"),
        ("/allow_policies", "page=first", "page"),
        ("/allow_policies", "order=id", "order"),
        ("/allow_policies", "direction=up", "direction"),
        ("/allow_policies", "is_trusted_sender=yes", "is_trusted_sender"),
        ("/allow_policies", "is_sender=true", "unknown query parameter 'is_sender'"),  # gone with Gen B
        ("/allow_policies", "pattern_type=PHONE", "pattern_type"),
        ("/allow_policies", "colour=blue", "colour"),
        ("/allow_policies", "pattern=a&pattern=b", "more than once"),
        ("/domains", "status=verified", "status"),
        ("/domains", "integration_id=not-a-uuid", "integration_id"),
        ("/content_policies", "enabled=maybe", "enabled"),
        ("/url_ignore_patterns", "order=pattern", "unknown query parameter 'order'"),  # paging only
    ],
)
def test_invalid_query_is_400(raw: httpx.Client, path: str, query: str, problem: str) -> None:
    response = raw.get(f"{BASE}{path}?{query}", headers=TOKEN)
    assert response.status_code == 400
    assert problem in response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/unknown_things", 404),
        ("GET", "/allow_policies/{id}/extra", 404),
        ("GET", "/domains/{id}/verification/extra", 404),
        ("PUT", "/allow_policies/{id}", 405),
        ("POST", "/domains/{id}", 405),
        ("DELETE", "/allow_policies", 405),
        ("GET", "/allow_policies/batch", 405),
        ("GET", "/allow_policies/abc", 400),
        ("GET", "/allow_policies/12", 400),  # an integer is no id any more
    ],
)
def test_unknown_routes_and_methods(raw: httpx.Client, method: str, path: str, status: int) -> None:
    response = raw.request(method, f"{BASE}{path.replace('{id}', IdMaker()())}", headers=TOKEN)
    assert response.status_code == status
    assert response.json()["success"] is False
    if status == 405:
        assert response.headers["Allow"]


def test_requests_without_credentials_are_401(raw: httpx.Client, fake: FakeEmailSecurity) -> None:
    response = raw.post(f"{BASE}/allow_policies", json=create("allow_policies"))
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == 10000
    assert fake.entries("allow_policies") == []


def test_only_the_configured_credentials_are_accepted() -> None:
    fake = FakeEmailSecurity(api_token="right-token", api_key="right-key", email="ops@example.com")
    captured = Captured(fake)
    first = seeded_domain(fake)
    with captured.client(api_token="wrong-token") as es, pytest.raises(AuthenticationError):
        es.domains.get(first)
    with captured.client(api_token="right-token") as es:
        assert es.domains.get(first).id == first
    with captured.client(api_key="right-key", email="ops@example.com") as es:
        assert es.domains.get(first).id == first
    with (
        captured.client(api_key="wrong-key", email="ops@example.com") as es,
        pytest.raises(AuthenticationError),
    ):
        es.domains.get(first)
    assert_conforms(captured.sync.exchanges)


def test_accounts_are_separate(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    other = "fedcba9876543210fedcba9876543210"
    es.allow_policies.create(**create("allow_policies"))
    assert es.allow_policies.list(account_id=other).to_list() == []
    assert len(fake.entries("allow_policies")) == 1
    assert len(fake.entries("domains", account_id=other)) == 3, "every account gets the seed"


# --- lists: filters, search, order, pagination ---------------------------------------------------


PATTERNS = ["ceo@corp.example", "corp.example", "192.0.2.10", "news@list.example", "bulk.example", "old-rule"]


def _policy(pattern: str, pattern_type: str, **flags: bool | str) -> dict[str, Any]:
    """An allow policy that verifies its sender, with no other flag set unless `flags` say."""
    return create(
        "allow_policies", pattern=pattern, pattern_type=pattern_type, **{"verify_sender": True, **flags}
    )


# An entry from before UNKNOWN became response-only: a create may no longer send it (the spec's
# x-sdk-response-only), so it comes from the seed, as old entries do.
OLD_RULE = _policy("old-rule", "UNKNOWN")


def _policies(es: EmailSecurity) -> None:
    """Five allow policies besides OLD_RULE, each flag set on some and not others."""
    rows = [
        ("ceo@corp.example", "EMAIL", {"is_trusted_sender": True}),
        ("corp.example", "DOMAIN", {"is_exempt_recipient": True}),
        ("192.0.2.10", "IP", {"is_acceptable_sender": True, "comments": "office gateway"}),
        ("news@list.example", "EMAIL", {"verify_sender": False}),
        ("bulk.example", "DOMAIN", {"is_acceptable_sender": True}),
    ]
    for pattern, pattern_type, flags in rows:
        es.allow_policies.create(**_policy(pattern, pattern_type, **flags))


@pytest.mark.parametrize(
    ("filters", "patterns"),
    [
        ({"is_trusted_sender": True}, ["ceo@corp.example"]),
        ({"is_exempt_recipient": True}, ["corp.example"]),
        ({"is_acceptable_sender": True}, ["192.0.2.10", "bulk.example"]),
        ({"verify_sender": False}, ["news@list.example"]),
        ({"pattern_type": "DOMAIN"}, ["corp.example", "bulk.example"]),
        ({"pattern_type": "UNKNOWN"}, ["old-rule"]),
        ({"pattern": "corp.example"}, ["corp.example"]),
        ({"search": "CORP"}, ["ceo@corp.example", "corp.example"]),
        ({"search": "gateway"}, ["192.0.2.10"]),
        ({"pattern_type": "DOMAIN", "is_acceptable_sender": True}, ["bulk.example"]),
        ({"order": "pattern"}, sorted(PATTERNS)),
        (
            {"order": "pattern", "direction": "desc", "pattern_type": "EMAIL"},
            ["news@list.example", "ceo@corp.example"],
        ),
        (
            {"order": "created_at", "direction": "desc", "pattern_type": "DOMAIN"},
            ["bulk.example", "corp.example"],
        ),
    ],
)
def test_allow_policy_filters(filters: dict[str, Any], patterns: list[str]) -> None:
    captured = Captured(FakeEmailSecurity(seed={"allow_policies": [OLD_RULE]}, clock=StepClock()))
    with captured.client() as es:
        _policies(es)
        listed = [policy.pattern for policy in es.allow_policies.list(**filters)]
    assert listed == patterns
    captured.assert_conforms()


def test_response_only_enum_values_are_refused_in_bodies_but_kept_in_filters(raw: httpx.Client) -> None:
    """The spec marks UNKNOWN `x-sdk-response-only`: old entries carry it, a create or update may not."""
    response = raw.post(
        f"{BASE}/block_senders", json=create("block_senders", pattern_type="UNKNOWN"), headers=TOKEN
    )
    assert response.status_code == 400
    assert f"pattern_type: {spec.one_of('PatternType')}" in response.json()["errors"][0]["message"]
    listed = raw.get(f"{BASE}/block_senders?pattern_type=UNKNOWN", headers=TOKEN)
    assert listed.status_code == 200 and listed.json()["result"] == []


@pytest.mark.parametrize(
    ("filters", "patterns"),
    [
        ({"pattern_type": "IP"}, ["198.51.100.7"]),
        ({"pattern": "spam@bad.example"}, ["spam@bad.example"]),
        ({"search": "BAD"}, ["spam@bad.example", "bad.example"]),
        ({"order": "pattern", "direction": "desc"}, ["spam@bad.example", "bad.example", "198.51.100.7"]),
    ],
)
def test_blocked_sender_filters(es: EmailSecurity, filters: dict[str, Any], patterns: list[str]) -> None:
    for pattern, pattern_type in [
        ("spam@bad.example", "EMAIL"),
        ("bad.example", "DOMAIN"),
        ("198.51.100.7", "IP"),
    ]:
        es.block_senders.create(**create("block_senders", pattern=pattern, pattern_type=pattern_type))
    assert [sender.pattern for sender in es.block_senders.list(**filters)] == patterns


@pytest.mark.parametrize(
    ("filters", "patterns"),
    [
        ({"is_recent": True}, ["new.example"]),
        ({"is_similarity": True}, ["look-alike.example"]),
        ({"pattern": "old.example"}, ["old.example"]),
        ({"search": "alike"}, ["look-alike.example"]),
        ({"order": "pattern"}, ["look-alike.example", "new.example", "old.example"]),
    ],
)
def test_trusted_domain_filters(es: EmailSecurity, filters: dict[str, Any], patterns: list[str]) -> None:
    for pattern, recent, similar in [
        ("new.example", True, False),
        ("look-alike.example", False, True),
        ("old.example", False, False),
    ]:
        es.trusted_domains.create(
            **create("trusted_domains", pattern=pattern, is_recent=recent, is_similarity=similar)
        )
    assert [entry.pattern for entry in es.trusted_domains.list(**filters)] == patterns


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"provenance": "A1S_INTERNAL"}, ["Chief Executive", "Finance Lead"]),
        ({"provenance": "SNOOPY-OFFICE_365"}, ["Directory Person"]),
        ({"search": "finance"}, ["Finance Lead"]),
        ({"order": "email"}, ["Chief Executive", "Directory Person", "Finance Lead"]),
        ({"order": "name", "direction": "desc"}, ["Finance Lead", "Directory Person", "Chief Executive"]),
        (
            {"order": "created_at", "direction": "desc"},
            ["Finance Lead", "Chief Executive", "Directory Person"],
        ),
    ],
)
def test_impersonation_registry_filters(filters: dict[str, Any], names: list[str]) -> None:
    directory_entry = create(
        "impersonation_registry",
        name="Directory Person",
        email="dp@example.com",
        provenance="SNOOPY-OFFICE_365",
        directory_id=7,
        directory_node_id=8,
    )
    fake = FakeEmailSecurity(seed={"impersonation_registry": [directory_entry]}, clock=StepClock())
    captured = Captured(fake)
    with captured.client() as es:
        for name, email in [("Chief Executive", "ceo@example.com"), ("Finance Lead", "fin@example.com")]:
            made = es.impersonation_registry.create(
                **create("impersonation_registry", name=name, email=email)
            )
            assert made.provenance == "A1S_INTERNAL", "made by hand: an internal entry"
        assert [entry.name for entry in es.impersonation_registry.list(**filters)] == names
    assert_conforms(captured.sync.exchanges)


# Three onboarded domains, with their delivery modes and verification statuses; the test adds a fourth
# through the API, which waits for verification.
INTEGRATION_ID = str(uuid5(NAMESPACE_URL, "integration/1"))
DOMAINS = [
    domain(None, "example.com", status="ACTIVE"),
    domain(
        None,
        "example.org",
        allowed_delivery_modes=["BCC", "JOURNAL"],
        active_delivery_mode="BCC",
        integration_id=INTEGRATION_ID,
        status="ACTIVE",
    ),
    domain(
        None,
        "mail.example.net",
        allowed_delivery_modes=["DIRECT"],
        active_delivery_mode="DIRECT",
        status="FAILED",
    ),
]


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"allowed_delivery_mode": "BCC"}, ["example.org"]),
        ({"allowed_delivery_mode": "API"}, ["example.com"]),
        ({"active_delivery_mode": "DIRECT"}, ["mail.example.net"]),
        ({"domain": ["example.com", "mail.example.net"]}, ["example.com", "mail.example.net"]),
        ({"domain": ["example.org"]}, ["example.org"]),
        ({"integration_id": INTEGRATION_ID}, ["example.org"]),
        ({"integration_id": INTEGRATION_ID.upper()}, ["example.org"]),
        ({"status": "FAILED"}, ["mail.example.net"]),
        ({"status": "ACTIVE"}, ["example.com", "example.org"]),
        ({"status": "PENDING"}, ["new.example"]),
        ({"status": "TIMEOUT"}, []),
        ({"status": "ACTIVE", "allowed_delivery_mode": "BCC"}, ["example.org"]),
        ({"search": "mx.mail"}, ["mail.example.net"]),
        ({"search": "NEW"}, ["new.example"]),
        (
            {"order": "domain", "direction": "desc"},
            ["new.example", "mail.example.net", "example.org", "example.com"],
        ),
        ({"order": "created_at", "direction": "desc", "status": "ACTIVE"}, ["example.org", "example.com"]),
    ],
)
def test_domain_filters(filters: dict[str, Any], names: list[str]) -> None:
    captured = Captured(FakeEmailSecurity(seed={"domains": DOMAINS}, clock=StepClock()))
    with captured.client() as es:
        es.domains.create(**create("domains", domain="new.example", allowed_delivery_modes=["RETRO_SCAN"]))
        assert [entry.domain for entry in es.domains.list(**filters)] == names
    captured.assert_conforms()


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"enabled": True}, ["invoices", "wire-transfer"]),
        ({"enabled": False}, ["gift-cards"]),
        ({"name": "gift-cards"}, ["gift-cards"]),
        ({"search": "IBAN"}, ["wire-transfer"]),
        ({"order": "name"}, ["gift-cards", "invoices", "wire-transfer"]),
        ({"order": "name", "direction": "desc", "enabled": True}, ["wire-transfer", "invoices"]),
    ],
)
def test_content_policy_filters(es: EmailSecurity, filters: dict[str, Any], names: list[str]) -> None:
    for name, enabled, notes in [
        ("invoices", True, None),
        ("wire-transfer", True, "changed IBAN requests"),
        ("gift-cards", False, None),
    ]:
        es.content_policies.create(**create("content_policies", name=name, enabled=enabled, notes=notes))
    assert [policy.name for policy in es.content_policies.list(**filters)] == names


@pytest.mark.parametrize(
    ("filters", "domains"),
    [
        ({}, ["partner.example", "newsletter.example", "legacy.example"]),
        ({"order": "domain"}, ["legacy.example", "newsletter.example", "partner.example"]),
        (
            {"order": "domain", "direction": "desc"},
            ["partner.example", "newsletter.example", "legacy.example"],
        ),
        ({"search": "LETTER"}, ["newsletter.example"]),
    ],
)
def test_sending_domain_restriction_list(
    es: EmailSecurity, filters: dict[str, Any], domains: list[str]
) -> None:
    assert [entry.domain for entry in es.sending_domain_restrictions.list(**filters)] == domains


def test_url_ignore_patterns_list_pages_only(es: EmailSecurity, raw: httpx.Client) -> None:
    made = [es.url_ignore_patterns.create(**create("url_ignore_patterns", n)).id for n in range(5)]
    pages = list(es.url_ignore_patterns.list(per_page=2).pages())
    assert [[entry.id for entry in page.result] for page in pages] == [made[0:2], made[2:4], made[4:]]
    refused = raw.get(f"{BASE}/url_ignore_patterns?search=pattern", headers=TOKEN)
    assert refused.status_code == 400 and "unknown query parameter 'search'" in refused.text


@pytest.mark.parametrize(("total", "per_page"), [(0, 10), (1, 10), (10, 10), (11, 10), (45, 10)])
def test_pages_agree_with_result_info(
    es: EmailSecurity, fake: FakeEmailSecurity, total: int, per_page: int
) -> None:
    es.block_senders.batch(
        posts=[create("block_senders", pattern=f"s{n:03}@bad.example") for n in range(total)]
    )
    before = len(fake.requests)
    pages = list(es.block_senders.list(per_page=per_page).pages())
    expected_pages = max(1, -(-total // per_page))
    assert len(pages) == len(fake.requests) - before == expected_pages
    for number, page in enumerate(pages, start=1):
        info = page.result_info
        assert (info.page, info.per_page, info.total_count) == (number, per_page, total)
        assert info.count == len(page.result) == min(per_page, total - (number - 1) * per_page)
    items = [sender.pattern for page in pages for sender in page.result]
    assert items == [f"s{n:03}@bad.example" for n in range(total)]


def test_page_past_the_end_is_empty_with_the_total(raw: httpx.Client, es: EmailSecurity) -> None:
    es.allow_policies.create(**create("allow_policies"))
    body = raw.get(f"{BASE}/allow_policies?page=3&per_page=5", headers=TOKEN).json()
    assert body["result"] == []
    assert body["result_info"] == {"count": 0, "page": 3, "per_page": 5, "total_count": 1}


def test_default_page_size_is_the_apis(raw: httpx.Client, es: EmailSecurity) -> None:
    es.block_senders.batch(posts=[create("block_senders", n) for n in range(25)])
    body = raw.get(f"{BASE}/block_senders", headers=TOKEN).json()
    assert (len(body["result"]), body["result_info"]["per_page"]) == (20, 20)


# --- batches -------------------------------------------------------------------------------------


def test_batch_applies_deletes_patches_puts_posts_in_order(
    es: EmailSecurity, fake: FakeEmailSecurity
) -> None:
    keep, replace, drop = (
        es.allow_policies.create(**create("allow_policies", pattern=p))
        for p in ("a@x.example", "b@x.example", "c@x.example")
    )
    result = es.allow_policies.batch(
        deletes=[drop.id],
        patches=[{"id": keep.id, "comments": "patched"}],
        puts=[{**create("allow_policies", pattern="b2@x.example"), "id": replace.id}],
        posts=[create("allow_policies", pattern="c@x.example")],  # the deleted pattern, added back anew
    )
    assert [ref.id for ref in result.deletes] == [drop.id]
    assert result.patches[0].comments == "patched"
    assert result.puts[0].pattern == "b2@x.example" and result.puts[0].created_at == replace.created_at
    (added,) = result.posts
    assert added.id not in (keep.id, replace.id, drop.id) and UUID(added.id).version == 4
    assert [(entry["id"], entry["pattern"]) for entry in fake.entries("allow_policies")] == [
        (keep.id, "a@x.example"),
        (replace.id, "b2@x.example"),
        (added.id, "c@x.example"),
    ]


@pytest.mark.parametrize("name", BATCHES)
def test_failing_entry_leaves_state_unchanged(wire: Captured, fake: FakeEmailSecurity, name: str) -> None:
    twin = FakeEmailSecurity(clock=StepClock())  # the same requests but the failed batch
    with wire.client() as es, twin.client() as twin_es:
        api, twin_api = resource(es, name), resource(twin_es, name)
        existing = api.create(**create(name, 1))
        assert twin_api.create(**create(name, 1)).id == existing.id
        before = fake.entries(name)
        with pytest.raises(NotFoundError):
            api.batch(
                deletes=[existing.id],
                posts=[create(name, 2)],
                patches=[{**UPDATE[name], "id": UNKNOWN_ID}],  # fails after the delete was applied
            )
        assert fake.entries(name) == before
        made = api.create(**create(name, 3))
        assert made.id == twin_api.create(**create(name, 3)).id, "the failed batch used up no ids"


def test_entry_deleted_twice_fails_the_whole_batch(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    first, second, third = ids(fake, "sending_domain_restrictions")
    with pytest.raises(NotFoundError):
        es.sending_domain_restrictions.batch(deletes=[first, second, first])
    assert ids(fake, "sending_domain_restrictions") == [first, second, third]
    assert [ref.id for ref in es.sending_domain_restrictions.batch(deletes=[first, third]).deletes] == [
        first,
        third,
    ]
    assert ids(fake, "sending_domain_restrictions") == [second]


def test_bulk_domain_delete_is_atomic(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    with pytest.raises(NotFoundError), pytest.warns(DeprecationWarning, match="bulk_delete"):
        es.domains.bulk_delete(domains=[seeded_domain(fake), UNKNOWN_ID])
    assert len(fake.entries("domains")) == 3


def test_batch_over_1000_per_array_is_400(raw: httpx.Client) -> None:
    body = {
        "deletes": [{"id": entry_id} for entry_id in IdMaker().many(1001)],
        "patches": [],
        "puts": [],
        "posts": [],
    }
    response = raw.post(f"{BASE}/block_senders/batch", json=body, headers=TOKEN)
    assert response.status_code == 400
    assert "at most 1000" in response.json()["errors"][0]["message"]


# --- seed data -----------------------------------------------------------------------------------


def test_seed_supplies_domains_and_restrictions() -> None:
    make = IdMaker()
    domain_id, restriction_id = make(), make()
    fake = FakeEmailSecurity(
        seed={
            "domains": [domain(domain_id, "acme.example", regions=["DE"])],
            "sending_domain_restrictions": [{"id": restriction_id, "domain": "acme.example", "exclude": []}],
        }
    )
    captured = Captured(fake)
    with captured.client() as es:
        assert [(d.id, d.domain, [r.value for r in d.regions]) for d in es.domains.list()] == [
            (domain_id, "acme.example", ["DE"])
        ]
        assert es.sending_domain_restrictions.get(restriction_id).domain == "acme.example"
        assert es.sending_domain_restrictions.batch(deletes=[restriction_id]).deletes[0].id == restriction_id
    assert_conforms(captured.sync.exchanges)


def test_empty_seed_and_unknown_seed_resource() -> None:
    assert FakeEmailSecurity(seed={}).entries("domains") == []
    with pytest.raises(ValueError, match="unknown resources"):
        FakeEmailSecurity(seed={"mailboxes": []})


# --- faults --------------------------------------------------------------------------------------


class RecordedSleeps(EmailSecurity):
    """The `sleep=` argument: waits are recorded, not slept."""

    delays: ClassVar[list[float]] = []

    def __init__(self, **options: Any) -> None:
        super().__init__(sleep=RecordedSleeps.delays.append, **options)


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    RecordedSleeps.delays.clear()
    yield RecordedSleeps.delays


def test_rate_limit_window_is_retried_after_retry_after(sleeps: list[float]) -> None:
    fake = FakeEmailSecurity(faults=Faults(rate_limit_after=3, retry_after=2.5))
    captured = Captured(fake)
    wanted = [*ids(fake, "domains"), *ids(fake, "domains"), seeded_domain(fake)]
    with captured.client(RecordedSleeps) as es:
        got = [es.domains.get(domain_id).id for domain_id in wanted]
    assert got == wanted
    assert sleeps == [2.5, 2.5], "every fourth request was a 429, waited out as the server asked"
    assert [request.status for request in fake.requests].count(429) == 2
    assert_conforms(captured.sync.exchanges)


def test_rate_limit_without_retries_surfaces_as_rate_limit_error() -> None:
    fake = FakeEmailSecurity(faults=Faults(rate_limit_after=1, retry_after=7))
    with fake.client(max_retries=0) as es:
        es.domains.get(seeded_domain(fake))
        with pytest.raises(RateLimitError) as raised:
            es.domains.get(seeded_domain(fake))
    assert raised.value.status_code == 429


def test_server_errors_are_seeded_and_retried(sleeps: list[float]) -> None:
    def statuses(seed: int) -> list[int]:
        fake = FakeEmailSecurity(faults=Faults(error_rate=0.3, seed=seed))
        second = seeded_domain(fake, 1)
        with Captured(fake).client(RecordedSleeps, max_retries=10) as es:
            assert len(es.domains.list(per_page=1).to_list()) == 3
            for _ in range(10):
                assert es.domains.get(second).id == second
        return [request.status for request in fake.requests]

    first = statuses(seed=7)
    assert first == statuses(seed=7), "the same seed gives the same faults"
    assert first != statuses(seed=8)
    assert 503 in first and first.count(200) == 13, "every GET got through in the end"


def test_post_is_not_resent_after_a_server_error(sleeps: list[float], fake: FakeEmailSecurity) -> None:
    fake.inject(500, method="POST")
    with Captured(fake).client(RecordedSleeps) as es, pytest.raises(InternalServerError):
        es.allow_policies.create(**create("allow_policies"))
    assert [request.method for request in fake.requests] == ["POST"]
    assert fake.entries("allow_policies") == []
    assert sleeps == []


def test_injected_fault_can_wait_for_the_nth_matching_request(fake: FakeEmailSecurity) -> None:
    fake.inject(503, method="POST", path="/batch", after=2)
    with fake.client(max_retries=0) as es:
        for _ in range(2):
            es.sending_domain_restrictions.batch(deletes=[])
        with pytest.raises(InternalServerError):
            es.sending_domain_restrictions.batch(deletes=[])
        es.sending_domain_restrictions.batch(deletes=[])
    assert [request.status for request in fake.requests] == [200, 200, 503, 200]


def test_faults_are_checked() -> None:
    for bad in ({"rate_limit_after": 0}, {"error_rate": 1.5}, {"error_status": 404}, {"latency": -1}):
        with pytest.raises(ValueError):
            Faults(**bad)


def test_latency_is_added_and_awaited_concurrently() -> None:
    fake = FakeEmailSecurity(faults=Faults(latency=0.2))
    captured = Captured(fake)
    domains = ids(fake, "domains")

    async def five_gets() -> float:
        loop = asyncio.get_running_loop()
        async with captured.async_client() as es:
            started = loop.time()
            await asyncio.gather(*(es.domains.get(domains[n % 3]) for n in range(5)))
            return loop.time() - started

    elapsed = asyncio.run(five_gets())
    assert elapsed >= 0.2, "the latency was added"
    assert elapsed < 5 * 0.2, "and awaited, not slept: the five requests overlapped"
    assert_conforms(captured.asynchronous.exchanges)


def test_fault_after_the_request_took_effect(sleeps: list[float], fake: FakeEmailSecurity) -> None:
    """The case that makes re-sending a POST unsafe: the server acted, the answer was lost."""
    fake.inject(502, method="POST", applied=True)
    body = create("block_senders")
    with Captured(fake).client(RecordedSleeps) as es, pytest.raises(APIStatusError) as raised:
        es.block_senders.create(**body)
    assert raised.value.status_code == 502
    assert [entry["pattern"] for entry in fake.entries("block_senders")] == [body["pattern"]]
    assert len(fake.requests) == 1, "not re-sent"


# --- async client --------------------------------------------------------------------------------


def test_async_client_against_the_fake(wire: Captured, fake: FakeEmailSecurity) -> None:
    async def session() -> list[str]:
        async with wire.async_client() as es:
            await es.trusted_domains.batch(
                posts=[create("trusted_domains", pattern=f"t{n:02}.example") for n in range(25)]
            )
            created = await es.trusted_domains.create(**create("trusted_domains", pattern="partner.example"))
            await es.trusted_domains.update(created.id, comments="async")
            record = await es.domains.get_verification(seeded_domain(fake))
            assert record is None
            return [entry.pattern async for entry in es.trusted_domains.list(per_page=4)]

    patterns = asyncio.run(session())
    assert patterns == [*(f"t{n:02}.example" for n in range(25)), "partner.example"]
    assert fake.entries("trusted_domains")[-1]["comments"] == "async"


# --- hardening: the checks a hostile or sloppy client runs into (issue 11) ---------------------------


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=%C2%B2", "page"),  # superscript two: str.isdigit() says yes, int() says no
        ("per_page=%D9%A1", "per_page"),  # Arabic-Indic one: int() reads it as 1
        ("page=%EF%BC%92", "page"),  # fullwidth two
        ("page=" + "9" * 5000, "page"),  # more digits than int() reads by default
        ("page=", "page"),
        ("per_page=", "per_page"),
    ],
)
def test_unicode_and_oversized_digits_in_query_are_400(raw: httpx.Client, query: str, parameter: str) -> None:
    response = raw.get(f"{BASE}/allow_policies?{query}", headers=TOKEN)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == 1002
    assert response.json()["errors"][0]["message"].startswith(f"invalid query: {parameter} ")


@pytest.mark.parametrize("entry_id", ["%C2%B2", "%D9%A1", "%EF%BC%91", "9" * 5000, "0001x"])
def test_unicode_and_oversized_digits_in_path_ids_are_400(raw: httpx.Client, entry_id: str) -> None:
    raw.post(f"{BASE}/block_senders", json=create("block_senders"), headers=TOKEN)
    response = raw.get(f"{BASE}/block_senders/{entry_id}", headers=TOKEN)
    assert response.status_code == 400
    assert "block_senders id in path" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("parameter", ["direction", "order"])
def test_empty_direction_and_order_are_400(raw: httpx.Client, parameter: str) -> None:
    response = raw.get(f"{BASE}/allow_policies?{parameter}=", headers=TOKEN)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith(f"invalid query: {parameter} ")


@pytest.mark.parametrize(
    "body", [b"[" * 100_000, b'{"pattern":' * 100_000, b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe"]
)
def test_deeply_nested_or_undecodable_json_is_400(
    raw: httpx.Client, fake: FakeEmailSecurity, body: bytes
) -> None:
    response = raw.post(f"{BASE}/block_senders", content=body, headers=TOKEN)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == 1001
    assert fake.entries("block_senders") == []


@pytest.mark.parametrize(
    "account", ["acc123", "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdef0", "é" * 31]
)
def test_account_id_must_be_32_characters(raw: httpx.Client, fake: FakeEmailSecurity, account: str) -> None:
    url = f"https://api.cloudflare.com/client/v4/accounts/{account}/email-security/settings/block_senders"
    response = raw.post(url, json=create("block_senders"), headers=TOKEN)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [error["code"] for error in errors] == [7003, 7000]
    assert "perhaps your object identifier is invalid" in errors[0]["message"]
    assert fake.requests[-1].status == 400


def test_methods_not_served_are_405_before_credentials(fake: FakeEmailSecurity) -> None:
    """A method no route has is refused as such, whatever the credentials; Allow names the route's."""
    route = f"/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/allow_policies"
    for method, target, allow in [
        ("HEAD", route, "GET, POST"),
        ("OPTIONS", f"{route}/{IdMaker()()}", "DELETE, GET, PATCH"),
        ("BREW", "/nowhere", "DELETE, GET, PATCH, POST, PUT"),
    ]:
        reply = fake.handle(method, target, {}, b"")
        assert reply.status == 405 and reply.headers["Allow"] == allow
        assert reply.body["errors"][0]["code"] == 7001
    assert fake.handle("PUT", route, {}, b"").status == 401, "a method the API uses still needs credentials"


def test_a_configured_token_refuses_other_credentials() -> None:
    """Before, `api_token=` still let any X-Auth-Key/X-Auth-Email pair in, and `api_key=` any token."""
    path = f"/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/domains"
    keyed = {"X-Auth-Key": "any-key", "X-Auth-Email": "any@example.com"}
    token_only = FakeEmailSecurity(api_token="right-token")
    assert token_only.handle("GET", path, keyed, b"").status == 401
    assert token_only.handle("GET", path, {"Authorization": "Bearer right-token"}, b"").status == 200
    key_only = FakeEmailSecurity(api_key="right-key", email="ops@example.com")
    assert key_only.handle("GET", path, {"Authorization": "Bearer any"}, b"").status == 401
    assert key_only.handle("GET", path, {**keyed, "X-Auth-Key": "right-key"}, b"").status == 401
    right = {"X-Auth-Key": "right-key", "X-Auth-Email": "ops@example.com"}
    assert key_only.handle("GET", path, right, b"").status == 200
    assert FakeEmailSecurity().handle("GET", path, keyed, b"").status == 200, "unconfigured: any"


def test_non_ascii_credentials_are_401_not_an_exception() -> None:
    path = f"/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/domains"
    fake = FakeEmailSecurity(api_token="right-token", api_key="right-key", email="ops@example.com")
    assert fake.handle("GET", path, {"Authorization": "Bearer t\u00f6ken"}, b"").status == 401
    non_ascii_key = {"X-Auth-Key": "k\u00e9y", "X-Auth-Email": "ops@example.com"}
    assert fake.handle("GET", path, non_ascii_key, b"").status == 401
