"""The recorded flows: one per resource, written once and run through both the sync and async clients.

A flow is a coroutine taking a client. `call()` awaits what the async client returns and passes on
what the sync one returns, so the two suites cannot drift apart. Between them the flows use all 29
operations (a test in test_cassette_checks.py reads the cassettes to prove it).

Assertions compare values *and* types (`differences`), since `PatternType.EMAIL == "EMAIL"` and a
str where a datetime belongs would pass a plain `==`. Ids and timestamps are only checked for type and
consistency, so the pattern flows also hold against a real account when re-recording.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar
from uuid import UUID

import attrs
import pytest

from cf_email_security import AsyncEmailSecurity, AsyncPager, EmailSecurity, NotFoundError
from cf_email_security.models import (
    AllowPolicy,
    AllowPolicyBatchResult,
    BlockedSender,
    BlockedSenderBatchResult,
    DeliveryMode,
    DisplayName,
    DispositionLabel,
    DmarcStatus,
    Domain,
    DomainAuthorization,
    EmailsProcessed,
    EntryRef,
    InboxProvider,
    PatternType,
    Region,
    ScannableFolder,
    SendingDomainRestrictionBatchResult,
    SpfStatus,
    TrustedDomain,
    TrustedDomainBatchResult,
)

T = TypeVar("T")
Client = EmailSecurity | AsyncEmailSecurity
Flow = Callable[[Client, bool], Awaitable[None]]
MODES = ("sync", "async")
SEARCH = "vcr.example"  # every entry a flow creates matches it, so a real account's own entries do not


async def call(value: Awaitable[T] | T) -> T:
    """The result of a client call, sync or async."""
    return await value if inspect.isawaitable(value) else value


async def pages(pager: Any) -> list[Any]:
    """Every page of a list call, walking a SyncPager or an AsyncPager."""
    if isinstance(pager, AsyncPager):
        return [page async for page in pager.pages()]
    return list(pager.pages())


async def items(pager: Any) -> list[Any]:
    return [item for page in await pages(pager) for item in page.result]


def chunks(values: Sequence[T], size: int) -> list[list[T]]:
    return [list(values[start : start + size]) for start in range(0, len(values), size)]


def differences(actual: Any, expected: Any, path: str = "") -> list[str]:
    """Where `actual` differs from `expected` in value or in type, recursing into models and lists."""
    if type(actual) is not type(expected):
        kinds = f"{type(actual).__name__} {actual!r}, expected {type(expected).__name__} {expected!r}"
        return [f"{path or 'value'}: {kinds}"]
    if attrs.has(type(expected)):
        return [
            line
            for field in attrs.fields(type(expected))
            for line in differences(
                getattr(actual, field.name), getattr(expected, field.name), f"{path}.{field.name}"
            )
        ]
    if isinstance(expected, (list, tuple)) and len(actual) == len(expected):
        return [
            line
            for i, pair in enumerate(zip(actual, expected, strict=True))
            for line in differences(*pair, f"{path}[{i}]")
        ]
    if isinstance(expected, dict) and actual.keys() == expected.keys():
        return [
            line for key in expected for line in differences(actual[key], expected[key], f"{path}[{key!r}]")
        ]
    return [] if actual == expected else [f"{path or 'value'}: {actual!r}, expected {expected!r}"]


def assert_same(actual: Any, expected: Any) -> None:
    found = differences(actual, expected)
    assert not found, "\n".join(found)


def check_entry(entry: Any, model: type[Any], fields: Mapping[str, Any]) -> None:
    """An entry of `model` with these field values (typed), a valid id and UTC timestamps in order."""
    assert type(entry) is model, type(entry)
    assert type(entry.id) is int and entry.id >= 1
    for stamp in (entry.created_at, entry.last_modified):
        assert type(stamp) is datetime and stamp.utcoffset() == timedelta(0), (
            f"{stamp!r} is a {type(stamp).__name__}, not a UTC datetime"
        )
    assert entry.last_modified >= entry.created_at
    assert_same({name: getattr(entry, name) for name in fields}, dict(fields))


def check_not_found(error: NotFoundError, method: str) -> None:
    assert (error.status_code, error.method) == (404, method)
    assert error.errors and type(error.errors[0]["code"]) is int and type(error.errors[0]["message"]) is str
    assert type(error.cf_ray) is str and error.cf_ray


# ---- allow policies, blocked senders and trusted domains: one flow for the three ------------------


@dataclass(frozen=True)
class PatternKind:
    """A resource of patterns. `fields(n)` are the create arguments of entry n, typed as the parsed
    entry must hold them; `filters` keep entries 1-5 and leave out entry 0."""

    resource: str
    model: type[Any]
    batch_model: type[Any]
    fields: Callable[[int], dict[str, Any]]
    filters: Mapping[str, Any]
    direction: str
    update: Mapping[str, Any]


ALLOW_POLICIES = PatternKind(
    "allow_policies",
    AllowPolicy,
    AllowPolicyBatchResult,
    lambda n: {
        "pattern": f"user{n}@{SEARCH}",
        "pattern_type": PatternType.EMAIL,
        "is_regex": False,
        "is_trusted_sender": n != 0,
        "is_acceptable_sender": False,
        "is_exempt_recipient": n == 0,
        "verify_sender": True,
        "comments": None if n == 0 else f"trusted sender {n}",
    },
    {"pattern_type": PatternType.EMAIL, "is_trusted_sender": True},
    "desc",
    {"comments": "VIP", "verify_sender": False},
)
BLOCK_SENDERS = PatternKind(
    "block_senders",
    BlockedSender,
    BlockedSenderBatchResult,
    lambda n: {
        "pattern": f"spam{n}.{SEARCH}" if n else "203.0.113.7",
        "pattern_type": PatternType.DOMAIN if n else PatternType.IP,
        "is_regex": False,
        "comments": f"spam run {n}",
    },
    {"pattern_type": "DOMAIN"},
    "asc",
    {"comments": "phishing wave", "is_regex": True},
)
TRUSTED_DOMAINS = PatternKind(
    "trusted_domains",
    TrustedDomain,
    TrustedDomainBatchResult,
    lambda n: {
        "pattern": f"partner{n}.{SEARCH}",
        "is_recent": n != 0,
        "is_regex": False,
        "is_similarity": False,
        "comments": f"partner {n}",
    },
    {"is_recent": True, "is_similarity": False},
    "desc",
    {"comments": "renewed", "is_similarity": True},
)


async def pattern_flow(client: Client, concurrent: bool, kind: PatternKind) -> None:
    """Create six, get, list filtered over several pages, update, batch, delete, two 404s, clean up."""
    resource = getattr(client, kind.resource)
    created = [await call(resource.create(**kind.fields(n))) for n in range(6)]
    for n, entry in enumerate(created):
        check_entry(entry, kind.model, kind.fields(n))
    ids = [entry.id for entry in created]
    assert len(set(ids)) == 6
    assert_same(await call(resource.get(ids[1])), created[1])

    # Five entries match: pages of 2, 2 and 1. The async walk fetches the pages after the first at
    # once, and the order they are recorded in would vary: 3 per page keeps it to one such page.
    per_page = 3 if concurrent else 2
    listing = resource.list(
        per_page=per_page, search=SEARCH, order="pattern", direction=kind.direction, **kind.filters
    )
    walked = await pages(listing)
    wanted = sorted(range(1, 6), key=lambda n: kind.fields(n)["pattern"], reverse=kind.direction == "desc")
    assert [[entry.id for entry in page.result] for page in walked] == chunks(
        [ids[n] for n in wanted], per_page
    )
    for number, page in enumerate(walked, 1):
        info = page.result_info
        assert_same(
            [info.page, info.per_page, info.count, info.total_count], [number, per_page, len(page.result), 5]
        )
        for entry in page.result:
            assert_same(entry, created[ids.index(entry.id)])

    updated = await call(resource.update(ids[1], **kind.update))
    check_entry(updated, kind.model, {**kind.fields(1), **kind.update})
    assert updated.created_at == created[1].created_at and updated.last_modified >= created[1].last_modified

    result = await call(
        resource.batch(
            deletes=[ids[0]],
            patches=[{"id": ids[2], "comments": "patched in a batch"}],
            puts=[{"id": ids[3], **kind.fields(7)}],
            posts=[kind.fields(8)],
        )
    )
    assert type(result) is kind.batch_model
    assert_same(result.deletes, [EntryRef(id=ids[0])])
    check_entry(
        result.patches[0], kind.model, {**kind.fields(2), "id": ids[2], "comments": "patched in a batch"}
    )
    check_entry(result.puts[0], kind.model, {**kind.fields(7), "id": ids[3]})
    check_entry(result.posts[0], kind.model, kind.fields(8))
    assert result.posts[0].id not in ids

    assert_same(await call(resource.delete(ids[4])), EntryRef(id=ids[4]))
    with pytest.raises(NotFoundError) as missing:
        await call(resource.get(ids[4]))
    check_not_found(missing.value, "GET")
    with pytest.raises(NotFoundError) as in_batch:  # one unknown id fails the whole batch
        await call(resource.batch(deletes=[ids[5], ids[4]]))
    check_not_found(in_batch.value, "POST")
    assert_same(await call(resource.get(ids[5])), created[5])

    remaining = [ids[1], ids[2], ids[3], ids[5], result.posts[0].id]
    cleared = await call(resource.batch(deletes=remaining))
    assert_same(cleared.deletes, [EntryRef(id=entry_id) for entry_id in remaining])
    assert await items(resource.list(search=SEARCH)) == []


# ---- the impersonation registry ---------------------------------------------------------------


async def impersonation_flow(client: Client, concurrent: bool) -> None:
    """Create three display names, get, list filtered and sorted over two pages, update, delete, 404."""
    registry = client.impersonation_registry
    people = [
        ("Alex Chief", "alex.chief"),
        ("Blair Finance", "blair.finance"),
        ("Casey Payroll", "casey.payroll"),
    ]
    created = []
    for name, local in people:
        fields: dict[str, Any] = {"name": name, "email": f"{local}@{SEARCH}", "is_email_regex": False}
        entry = await call(registry.create(**fields))
        check_entry(entry, DisplayName, {**fields, "provenance": "A1S_INTERNAL"})
        created.append(entry)
    ids = [entry.id for entry in created]
    assert_same(await call(registry.get(ids[0])), created[0])

    # Two pages whatever the client: the async walk then has a single page in flight.
    listing = registry.list(
        provenance="A1S_INTERNAL", search=SEARCH, order="name", direction="desc", per_page=2
    )
    walked = await pages(listing)
    assert_same([page.result for page in walked], [[created[2], created[1]], [created[0]]])
    assert_same([page.result_info.total_count for page in walked], [3, 3])

    renamed = await call(registry.update(ids[0], name="Alex Chief (CEO)"))
    check_entry(renamed, DisplayName, {"name": "Alex Chief (CEO)", "email": created[0].email, "id": ids[0]})

    assert_same(await call(registry.delete(ids[1])), EntryRef(id=ids[1]))
    with pytest.raises(NotFoundError) as missing:
        await call(registry.update(ids[1], name="gone"))
    check_not_found(missing.value, "PATCH")
    for entry_id in (ids[0], ids[2]):
        await call(registry.delete(entry_id))
    assert await items(registry.list(search=SEARCH)) == []


# ---- domains and sending-domain restrictions: the fake's seeded entries --------------------------

SEEDED = datetime(2025, 12, 1, 9, tzinfo=timezone.utc)


def seeded_domain_2() -> Domain:
    """Domain 2 of the fake's seed, typed as the client must parse it."""
    return Domain(
        id=2,
        created_at=SEEDED,
        last_modified=SEEDED,
        domain="example.org",
        allowed_delivery_modes=[DeliveryMode.BCC, DeliveryMode.JOURNAL],
        drop_dispositions=[DispositionLabel.MALICIOUS, DispositionLabel.SPOOF],
        ip_restrictions=[],
        lookback_hops=2,
        regions=[Region.GLOBAL],
        transport="mx.example.org",
        folder=ScannableFolder.INBOX,
        inbox_provider=InboxProvider.GOOGLE,
        integration_id=UUID("3f1e1c0a-8d4b-4c61-9b7e-2a5d6f7e8c90"),
        o365_tenant_id=None,
        require_tls_inbound=False,
        require_tls_outbound=False,
        dmarc_status=DmarcStatus.GOOD,
        spf_status=SpfStatus.GOOD,
        authorization=DomainAuthorization(authorized=True, timestamp=SEEDED, status_message=None),
        emails_processed=EmailsProcessed(
            timestamp=SEEDED, total_emails_processed=12840, total_emails_processed_previous=11975
        ),
    )


async def domains_flow(client: Client, concurrent: bool) -> None:
    """List (pages, every filter), get with the raw response, update, delete, bulk delete, 404s."""
    domains = client.domains
    per_page = 2 if concurrent else 1  # three domains: 2 + 1 pages async, 1 + 1 + 1 sync
    walked = await pages(domains.list(per_page=per_page, order="domain", direction="asc"))
    names = ["example.com", "example.org", "mail.example.net"]
    assert [[domain.domain for domain in page.result] for page in walked] == chunks(names, per_page)
    assert walked[-1].result[-1].emails_processed is None  # onboarded recently: nothing counted yet
    filtered: dict[str, tuple[Any, list[int]]] = {
        "allowed_delivery_mode": (DeliveryMode.BCC, [2]),
        "active_delivery_mode": ("DIRECT", [3]),
        "domain": (["example.com", "mail.example.net"], [1, 3]),
        "integration_id": (UUID("3f1e1c0a-8d4b-4c61-9b7e-2a5d6f7e8c90"), [2]),
        "search": ("mail.", [3]),
    }
    for name, (value, wanted) in filtered.items():
        assert [domain.id for domain in await items(domains.list(**{name: value}))] == wanted, name

    raw = await call(domains.with_raw_response.get(2))
    assert raw.status_code == 200 and type(raw.cf_ray) is str
    assert_same(raw.parsed, seeded_domain_2())

    changes: dict[str, Any] = {
        "ip_restrictions": ["192.0.2.0/24"],
        "lookback_hops": 3,
        "regions": [Region.US, Region.DE],
        "drop_dispositions": [DispositionLabel.MALICIOUS, DispositionLabel.SPAM, DispositionLabel.BULK],
        "folder": ScannableFolder.ALLITEMS,
        "require_tls_inbound": True,
    }
    updated = await call(domains.update(1, **changes))
    check_entry(updated, Domain, {**changes, "id": 1, "domain": "example.com", "created_at": SEEDED})
    assert updated.last_modified > SEEDED

    assert_same(await call(domains.delete(3)), EntryRef(id=3))
    with pytest.raises(NotFoundError) as missing:
        await call(domains.get(3))
    check_not_found(missing.value, "GET")
    assert_same(await call(domains.bulk_delete(domains=[1, {"id": 2}])), [EntryRef(id=1), EntryRef(id=2)])
    with pytest.raises(NotFoundError) as gone:
        await call(domains.bulk_delete(domains=[2]))
    check_not_found(gone.value, "DELETE")
    assert await items(domains.list()) == []


async def restrictions_flow(client: Client, concurrent: bool) -> None:
    """Batch deletes of the seeded restrictions; a batch naming a deleted one fails as a whole."""
    restrictions = client.sending_domain_restrictions
    result = await call(restrictions.batch(deletes=[1, 3]))
    assert_same(result, SendingDomainRestrictionBatchResult(deletes=[EntryRef(id=1), EntryRef(id=3)]))
    with pytest.raises(NotFoundError) as missing:
        await call(restrictions.batch(deletes=[2, 3]))
    check_not_found(missing.value, "POST")
    result = await call(restrictions.batch(deletes=[EntryRef(id=2)]))
    assert_same(result, SendingDomainRestrictionBatchResult(deletes=[EntryRef(id=2)]))


def _pattern(kind: PatternKind) -> Flow:
    async def flow(client: Client, concurrent: bool) -> None:
        await pattern_flow(client, concurrent, kind)

    return flow


FLOWS: dict[str, Flow] = {
    "allow_policies": _pattern(ALLOW_POLICIES),
    "block_senders": _pattern(BLOCK_SENDERS),
    "domains": domains_flow,
    "impersonation_registry": impersonation_flow,
    "sending_domain_restrictions": restrictions_flow,
    "trusted_domains": _pattern(TRUSTED_DOMAINS),
}
SEEDED_FLOWS = frozenset({"domains", "sending_domain_restrictions"})


def run(flow: Flow, mode: str, options: Mapping[str, Any]) -> None:
    """Run one flow through EmailSecurity ("sync") or AsyncEmailSecurity ("async")."""

    async def main() -> None:
        if mode == "sync":
            with EmailSecurity(**options) as es:
                await flow(es, False)
        else:
            async with AsyncEmailSecurity(**options) as aes:
                await flow(aes, True)

    asyncio.run(main())
