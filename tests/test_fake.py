"""The fake API (`cf_email_security.testing`) through the public client: every operation's happy and
error paths, every list filter, pagination, atomic batches, auth and fault injection.

Every exchange of every test here is checked against this project's spec and the upstream reference
when the test ends (the `es` and `raw` fixtures capture them).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, ClassVar
from uuid import UUID

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
from cf_email_security.testing import (
    FAKE_ACCOUNT_ID,
    FakeEmailSecurity,
    Faults,
    StepClock,
    domain,
)
from contract import AsyncCapturingTransport, CapturingTransport, assert_conforms, errors, ours, upstream
from fakes import ALLOW_POLICY_FIELDS
from support import IdMaker

BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"
TOKEN = {"Authorization": "Bearer test-token"}

ALLOW = {**ALLOW_POLICY_FIELDS, "pattern": "alerts@vendor.example"}
CREATE: dict[str, dict[str, Any]] = {
    "allow_policies": ALLOW,
    "block_senders": {"pattern": "spam@bad.example", "pattern_type": "EMAIL", "is_regex": False},
    "trusted_domains": {
        "pattern": "partner.example",
        "is_recent": True,
        "is_regex": False,
        "is_similarity": False,
    },
    "impersonation_registry": {
        "name": "Chief Executive",
        "email": "ceo@example.com",
        "is_email_regex": False,
    },
}
UPDATE: dict[str, dict[str, Any]] = {
    "allow_policies": {"comments": "reviewed"},
    "block_senders": {"comments": "reviewed"},
    "trusted_domains": {"comments": "reviewed"},
    "impersonation_registry": {"name": "CEO"},
    "domains": {"ip_restrictions": ["192.0.2.0/24"], "lookback_hops": 4},
}


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


# --- each operation's happy path -----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CREATE))
def test_create_get_update_delete(es: EmailSecurity, fake: FakeEmailSecurity, name: str) -> None:
    api = resource(es, name)
    first = api.create(**CREATE[name])
    second = api.create(**CREATE[name])
    assert (first.id, second.id) == (1, 2), "ids are handed out in order"
    assert first.created_at == first.last_modified
    assert api.get(first.id) == first

    updated = api.update(first.id, **UPDATE[name])
    for field, value in UPDATE[name].items():
        assert getattr(updated, field) == value
    assert updated.created_at == first.created_at, "created_at is kept"
    assert updated.last_modified > first.last_modified, "last_modified moves"

    assert api.delete(first.id).id == first.id
    assert [entry["id"] for entry in fake.entries(name)] == [2]
    with pytest.raises(NotFoundError):
        api.get(first.id)


def test_domains_get_update_delete_and_bulk_delete(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    assert es.domains.get(1).domain == "example.com"
    updated = es.domains.update(1, **UPDATE["domains"])
    assert (updated.ip_restrictions, updated.lookback_hops) == (["192.0.2.0/24"], 4)
    assert updated.created_at < updated.last_modified
    assert es.domains.delete(3).id == 3
    assert [ref.id for ref in es.domains.bulk_delete(domains=[1, 2])] == [1, 2]
    assert fake.entries("domains") == []


def test_allow_policy_deprecated_flags_mirror_their_replacements(es: EmailSecurity) -> None:
    policy = es.allow_policies.create(**{**ALLOW, "is_exempt_recipient": True})
    assert (policy.is_sender, policy.is_recipient, policy.is_spoof) == (True, True, False)
    policy = es.allow_policies.update(policy.id, is_trusted_sender=False)
    assert policy.is_sender is False


def test_patch_null_clears_comments_but_leaves_flags(es: EmailSecurity) -> None:
    policy = es.allow_policies.create(**ALLOW, comments="temporary")
    policy = es.allow_policies.update(policy.id, comments=None, verify_sender=None)
    assert policy.comments is None
    assert policy.verify_sender is True


# --- error paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*sorted(CREATE), "domains"])
@pytest.mark.parametrize("operation", ["get", "update", "delete"])
def test_unknown_id_is_404_with_envelope(es: EmailSecurity, name: str, operation: str) -> None:
    api = resource(es, name)
    arguments = UPDATE[name] if operation == "update" else {}
    unknown = IdMaker().unknown()
    with pytest.raises(NotFoundError) as raised:
        getattr(api, operation)(unknown, **arguments)
    assert raised.value.status_code == 404
    # The envelope's own message names the id (str(error) would, through the URL, whatever it said).
    (error,) = raised.value.errors
    assert str(unknown) in error["message"]


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/allow_policies", {**ALLOW, "pattern": ""}, "pattern"),
        (
            "POST",
            "/allow_policies",
            {k: v for k, v in ALLOW.items() if k != "verify_sender"},
            "verify_sender",
        ),
        (
            "POST",
            "/block_senders",
            {"pattern": "x", "pattern_type": "PHONE", "is_regex": False},
            "pattern_type",
        ),
        ("POST", "/trusted_domains", {**CREATE["trusted_domains"], "is_recent": "yes"}, "is_recent"),
        ("POST", "/impersonation_registry", {**CREATE["impersonation_registry"], "name": "n" * 1025}, "name"),
        ("POST", "/allow_policies", {**ALLOW, "surprise": 1}, "surprise"),
        ("PATCH", "/trusted_domains/1", {"comments": None}, "comments"),
        ("PATCH", "/domains/1", {"lookback_hops": 3}, "ip_restrictions"),
        ("PATCH", "/domains/1", {"ip_restrictions": [], "lookback_hops": 21}, "lookback_hops"),
        ("PATCH", "/domains/1", {"ip_restrictions": [], "integration_id": "not-a-uuid"}, "integration_id"),
        ("POST", "/allow_policies/batch", {"deletes": [], "patches": [], "puts": []}, "posts"),
        (
            "POST",
            "/allow_policies/batch",
            {"deletes": [{"id": 0}], "patches": [], "puts": [], "posts": []},
            "id",
        ),
        ("POST", "/sending_domain_restrictions/batch", {"deletes": [{}]}, "deletes[0].id"),
        ("DELETE", "/domains", [], "array"),
    ],
)
def test_invalid_body_is_400_naming_the_field(
    raw: httpx.Client, fake: FakeEmailSecurity, method: str, path: str, body: Any, field: str
) -> None:
    if path.startswith("/trusted_domains/"):
        raw.post(f"{BASE}/trusted_domains", json=CREATE["trusted_domains"], headers=TOKEN)
    before = {
        name: fake.entries(name) for name in ("allow_policies", "domains", "sending_domain_restrictions")
    }
    response = raw.request(method, f"{BASE}{path}", json=body, headers=TOKEN)
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["success"] is False and envelope["result"] is None
    assert envelope["errors"][0]["code"] == 1001
    assert field in envelope["errors"][0]["message"]
    assert {name: fake.entries(name) for name in before} == before, "a rejected request changes nothing"


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("per_page=0", "per_page"),
        ("page=first", "page"),
        ("order=id", "order"),
        ("direction=up", "direction"),
        ("is_sender=yes", "is_sender"),
        ("pattern_type=PHONE", "pattern_type"),
        ("colour=blue", "colour"),
        ("pattern=a&pattern=b", "more than once"),
    ],
)
def test_invalid_query_is_400(raw: httpx.Client, query: str, problem: str) -> None:
    response = raw.get(f"{BASE}/allow_policies?{query}", headers=TOKEN)
    assert response.status_code == 400
    assert problem in response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/unknown_things", 404),
        ("GET", "/sending_domain_restrictions", 404),
        ("GET", "/allow_policies/1/extra", 404),
        ("PUT", "/allow_policies/1", 405),
        ("POST", "/domains", 405),
        ("GET", "/allow_policies/batch", 405),
        ("GET", "/allow_policies/abc", 400),
    ],
)
def test_unknown_routes_and_methods(raw: httpx.Client, method: str, path: str, status: int) -> None:
    response = raw.request(method, f"{BASE}{path}", headers=TOKEN)
    assert response.status_code == status
    assert response.json()["success"] is False
    if status == 405:
        assert response.headers["Allow"]


def test_requests_without_credentials_are_401(raw: httpx.Client, fake: FakeEmailSecurity) -> None:
    response = raw.post(f"{BASE}/allow_policies", json=ALLOW)
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == 10000
    assert fake.entries("allow_policies") == []


def test_only_the_configured_credentials_are_accepted() -> None:
    fake = FakeEmailSecurity(api_token="right-token", api_key="right-key", email="ops@example.com")
    captured = Captured(fake)
    with captured.client(api_token="wrong-token") as es, pytest.raises(AuthenticationError):
        es.domains.get(1)
    with captured.client(api_token="right-token") as es:
        assert es.domains.get(1).id == 1
    with captured.client(api_key="right-key", email="ops@example.com") as es:
        assert es.domains.get(1).id == 1
    with (
        captured.client(api_key="wrong-key", email="ops@example.com") as es,
        pytest.raises(AuthenticationError),
    ):
        es.domains.get(1)
    assert_conforms(captured.sync.exchanges)


def test_accounts_are_separate(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    other = "fedcba9876543210fedcba9876543210"
    es.allow_policies.create(**ALLOW)
    assert es.allow_policies.list(account_id=other).to_list() == []
    assert len(fake.entries("allow_policies")) == 1


# --- lists: filters, search, order, pagination ---------------------------------------------------


PATTERNS = ["ceo@corp.example", "corp.example", "192.0.2.10", "news@list.example", "bulk.example", "old-rule"]


def _policy(pattern: str, pattern_type: str, **flags: bool | str) -> dict[str, Any]:
    return {
        **ALLOW,
        "is_trusted_sender": False,
        "verify_sender": True,
        **flags,
        "pattern": pattern,
        "pattern_type": pattern_type,
    }


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
        ({"is_sender": True}, ["ceo@corp.example"]),
        ({"is_exempt_recipient": True}, ["corp.example"]),
        ({"is_recipient": True}, ["corp.example"]),
        ({"is_acceptable_sender": True}, ["192.0.2.10", "bulk.example"]),
        ({"is_spoof": True}, ["192.0.2.10", "bulk.example"]),
        ({"verify_sender": False}, ["news@list.example"]),
        ({"pattern_type": "DOMAIN"}, ["corp.example", "bulk.example"]),
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
        f"{BASE}/block_senders", json={**CREATE["block_senders"], "pattern_type": "UNKNOWN"}, headers=TOKEN
    )
    assert response.status_code == 400
    assert "pattern_type: must be one of EMAIL, DOMAIN, IP" in response.json()["errors"][0]["message"]
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
        es.block_senders.create(pattern=pattern, pattern_type=pattern_type, is_regex=False)
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
        es.trusted_domains.create(pattern=pattern, is_recent=recent, is_regex=False, is_similarity=similar)
    assert [entry.pattern for entry in es.trusted_domains.list(**filters)] == patterns


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"provenance": "A1S_INTERNAL"}, ["Chief Executive", "Finance Lead"]),
        ({"provenance": "SNOOPY-OFFICE_365"}, ["Directory Person"]),
        ({"search": "finance"}, ["Finance Lead"]),
        ({"order": "email"}, ["Chief Executive", "Directory Person", "Finance Lead"]),
        ({"order": "name", "direction": "desc"}, ["Finance Lead", "Directory Person", "Chief Executive"]),
    ],
)
def test_display_name_filters(filters: dict[str, Any], names: list[str]) -> None:
    directory_entry = {
        "id": 1,
        "name": "Directory Person",
        "email": "dp@example.com",
        "is_email_regex": False,
        "created_at": "2026-01-02T00:00:00Z",
        "last_modified": "2026-01-02T00:00:00Z",
        "provenance": "SNOOPY-OFFICE_365",
        "directory_id": 7,
        "directory_node_id": 8,
    }
    fake = FakeEmailSecurity(seed={"impersonation_registry": [directory_entry]}, clock=StepClock())
    captured = Captured(fake)
    with captured.client() as es:
        es.impersonation_registry.create(
            name="Chief Executive", email="ceo@example.com", is_email_regex=False
        )
        es.impersonation_registry.create(name="Finance Lead", email="fin@example.com", is_email_regex=False)
        assert [entry.name for entry in es.impersonation_registry.list(**filters)] == names
    assert_conforms(captured.sync.exchanges)


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"allowed_delivery_mode": "BCC"}, [2]),
        ({"allowed_delivery_mode": "API"}, [1]),
        ({"active_delivery_mode": "DIRECT"}, [3]),
        ({"domain": ["example.com", "mail.example.net"]}, [1, 3]),
        ({"domain": ["example.org"]}, [2]),
        ({"integration_id": UUID("3f1e1c0a-8d4b-4c61-9b7e-2a5d6f7e8c90")}, [2]),
        ({"search": "mx.mail"}, [3]),
        ({"order": "domain", "direction": "desc"}, [3, 2, 1]),
    ],
)
def test_domain_filters(es: EmailSecurity, filters: dict[str, Any], ids: list[int]) -> None:
    assert [entry.id for entry in es.domains.list(**filters)] == ids


@pytest.mark.parametrize(("total", "per_page"), [(0, 10), (1, 10), (10, 10), (11, 10), (45, 10)])
def test_pages_agree_with_result_info(
    es: EmailSecurity, fake: FakeEmailSecurity, total: int, per_page: int
) -> None:
    es.block_senders.batch(
        posts=[
            {"pattern": f"s{n:03}@bad.example", "pattern_type": "EMAIL", "is_regex": False}
            for n in range(total)
        ]
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
    es.allow_policies.create(**ALLOW)
    body = raw.get(f"{BASE}/allow_policies?page=3&per_page=5", headers=TOKEN).json()
    assert body["result"] == []
    assert body["result_info"] == {"count": 0, "page": 3, "per_page": 5, "total_count": 1}


def test_default_page_size_is_the_apis(raw: httpx.Client, es: EmailSecurity) -> None:
    es.block_senders.batch(
        posts=[
            {"pattern": f"s{n}@bad.example", "pattern_type": "EMAIL", "is_regex": False} for n in range(25)
        ]
    )
    body = raw.get(f"{BASE}/block_senders", headers=TOKEN).json()
    assert (len(body["result"]), body["result_info"]["per_page"]) == (20, 20)


# --- batches -------------------------------------------------------------------------------------


def test_batch_applies_deletes_patches_puts_posts_in_order(
    es: EmailSecurity, fake: FakeEmailSecurity
) -> None:
    keep, replace, drop = (
        es.allow_policies.create(**{**ALLOW, "pattern": p})
        for p in ("a@x.example", "b@x.example", "c@x.example")
    )
    result = es.allow_policies.batch(
        deletes=[drop.id],
        patches=[{"id": keep.id, "comments": "patched"}],
        puts=[{**ALLOW, "id": replace.id, "pattern": "b2@x.example"}],
        posts=[{**ALLOW, "pattern": "c@x.example"}],  # the deleted pattern, added back as a new entry
    )  # fmt: skip
    assert [ref.id for ref in result.deletes] == [drop.id]
    assert result.patches[0].comments == "patched"
    assert result.puts[0].pattern == "b2@x.example" and result.puts[0].created_at == replace.created_at
    assert result.posts[0].id == 4
    assert [entry["pattern"] for entry in fake.entries("allow_policies")] == [
        "a@x.example",
        "b2@x.example",
        "c@x.example",
    ]


@pytest.mark.parametrize("name", ["allow_policies", "block_senders", "trusted_domains"])
def test_failing_entry_leaves_state_unchanged(es: EmailSecurity, fake: FakeEmailSecurity, name: str) -> None:
    api = resource(es, name)
    existing = api.create(**CREATE[name])
    before = fake.entries(name)
    with pytest.raises(NotFoundError):
        api.batch(
            deletes=[existing.id],
            posts=[CREATE[name]],
            patches=[{"id": 404, "comments": "no such entry"}],  # fails after the delete was applied
        )
    assert fake.entries(name) == before
    assert api.create(**CREATE[name]).id == existing.id + 1, "the failed batch used up no ids"


def test_entry_deleted_twice_fails_the_whole_batch(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    with pytest.raises(NotFoundError):
        es.sending_domain_restrictions.batch(deletes=[1, 2, 1])
    assert [entry["id"] for entry in fake.entries("sending_domain_restrictions")] == [1, 2, 3]
    assert [ref.id for ref in es.sending_domain_restrictions.batch(deletes=[1, 3]).deletes] == [1, 3]
    assert [entry["id"] for entry in fake.entries("sending_domain_restrictions")] == [2]


def test_bulk_domain_delete_is_atomic(es: EmailSecurity, fake: FakeEmailSecurity) -> None:
    with pytest.raises(NotFoundError):
        es.domains.bulk_delete(domains=[1, 99])
    assert len(fake.entries("domains")) == 3


def test_batch_over_1000_per_array_is_400(raw: httpx.Client) -> None:
    body = {"deletes": [{"id": n} for n in range(1, 1002)], "patches": [], "puts": [], "posts": []}
    response = raw.post(f"{BASE}/block_senders/batch", json=body, headers=TOKEN)
    assert response.status_code == 400
    assert "at most 1000" in response.json()["errors"][0]["message"]


# --- seed data -----------------------------------------------------------------------------------


def test_seed_supplies_domains_and_restrictions() -> None:
    fake = FakeEmailSecurity(
        seed={
            "domains": [domain(10, "acme.example", regions=["DE"])],
            "sending_domain_restrictions": [{"id": 5}],
        }
    )
    captured = Captured(fake)
    with captured.client() as es:
        assert [(d.id, d.domain, [r.value for r in d.regions]) for d in es.domains.list()] == [
            (10, "acme.example", ["DE"])
        ]
        assert es.sending_domain_restrictions.batch(deletes=[5]).deletes[0].id == 5
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
    with captured.client(RecordedSleeps) as es:
        ids = [es.domains.get(n).id for n in (1, 2, 3, 1, 2, 3, 1)]
    assert ids == [1, 2, 3, 1, 2, 3, 1]
    assert sleeps == [2.5, 2.5], "every fourth request was a 429, waited out as the server asked"
    assert [request.status for request in fake.requests].count(429) == 2
    assert_conforms(captured.sync.exchanges)


def test_rate_limit_without_retries_surfaces_as_rate_limit_error() -> None:
    fake = FakeEmailSecurity(faults=Faults(rate_limit_after=1, retry_after=7))
    with fake.client(max_retries=0) as es:
        es.domains.get(1)
        with pytest.raises(RateLimitError) as raised:
            es.domains.get(1)
    assert raised.value.status_code == 429


def test_server_errors_are_seeded_and_retried(sleeps: list[float]) -> None:
    def statuses(seed: int) -> list[int]:
        fake = FakeEmailSecurity(faults=Faults(error_rate=0.3, seed=seed))
        with Captured(fake).client(RecordedSleeps, max_retries=10) as es:
            assert len(es.domains.list(per_page=1).to_list()) == 3
            for _ in range(10):
                assert es.domains.get(2).id == 2
        return [request.status for request in fake.requests]

    first = statuses(seed=7)
    assert first == statuses(seed=7), "the same seed gives the same faults"
    assert first != statuses(seed=8)
    assert 503 in first and first.count(200) == 13, "every GET got through in the end"


def test_post_is_not_resent_after_a_server_error(sleeps: list[float], fake: FakeEmailSecurity) -> None:
    fake.inject(500, method="POST")
    with Captured(fake).client(RecordedSleeps) as es, pytest.raises(InternalServerError):
        es.allow_policies.create(**ALLOW)
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

    async def five_gets() -> float:
        loop = asyncio.get_running_loop()
        async with captured.async_client() as es:
            started = loop.time()
            await asyncio.gather(*(es.domains.get(n % 3 + 1) for n in range(5)))
            return loop.time() - started

    elapsed = asyncio.run(five_gets())
    assert elapsed >= 0.2, "the latency was added"
    assert elapsed < 5 * 0.2, "and awaited, not slept: the five requests overlapped"
    assert_conforms(captured.asynchronous.exchanges)


# --- async client --------------------------------------------------------------------------------


def test_async_client_against_the_fake(wire: Captured, fake: FakeEmailSecurity) -> None:
    async def session() -> list[str]:
        async with wire.async_client() as es:
            await es.trusted_domains.batch(
                posts=[
                    {
                        "pattern": f"t{n:02}.example",
                        "is_recent": False,
                        "is_regex": False,
                        "is_similarity": False,
                    }
                    for n in range(25)
                ]
            )
            created = await es.trusted_domains.create(**CREATE["trusted_domains"])
            await es.trusted_domains.update(created.id, comments="async")
            return [entry.pattern async for entry in es.trusted_domains.list(per_page=4)]

    patterns = asyncio.run(session())
    assert patterns == [*(f"t{n:02}.example" for n in range(25)), "partner.example"]
    assert fake.entries("trusted_domains")[-1]["comments"] == "async"


def test_trusted_domain_create_takes_an_array_as_upstream_does(fake: FakeEmailSecurity) -> None:
    """The client sends one object (batch is for many), but other tools may post the array form,
    which upstream allows and this project's spec leaves out on purpose (see README)."""
    capture = CapturingTransport(fake.transport())
    body = [{**CREATE["trusted_domains"], "pattern": f"p{n}.example"} for n in range(2)]
    with httpx.Client(transport=capture) as raw:
        response = raw.post(f"{BASE}/trusted_domains", json=body, headers=TOKEN)
        assert response.status_code == 201
        assert [entry["id"] for entry in response.json()["result"]] == [1, 2]
        bad = raw.post(f"{BASE}/trusted_domains", json=[body[0], {"pattern": "x"}], headers=TOKEN)
    assert bad.status_code == 400 and "[1].is_recent" in bad.json()["errors"][0]["message"]
    assert len(fake.entries("trusted_domains")) == 2
    created = capture.exchanges[0]
    assert errors(created, upstream()) == []
    assert errors(created, ours()), "the intentional difference: this spec's create takes one object"


def test_fault_after_the_request_took_effect(sleeps: list[float], fake: FakeEmailSecurity) -> None:
    """The case that makes re-sending a POST unsafe: the server acted, the answer was lost."""
    fake.inject(502, method="POST", applied=True)
    with Captured(fake).client(RecordedSleeps) as es, pytest.raises(APIStatusError) as raised:
        es.block_senders.create(**CREATE["block_senders"])
    assert raised.value.status_code == 502
    assert [entry["pattern"] for entry in fake.entries("block_senders")] == ["spam@bad.example"]
    assert len(fake.requests) == 1, "not re-sent"


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
    raw.post(f"{BASE}/block_senders", json=CREATE["block_senders"], headers=TOKEN)
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
    response = raw.post(url, json=CREATE["block_senders"], headers=TOKEN)
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
        ("OPTIONS", f"{route}/1", "DELETE, GET, PATCH"),
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
