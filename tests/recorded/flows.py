"""The recorded flows: one per resource, written once and run through both the sync and async clients.

A flow is a coroutine taking a client. `call()` awaits what the async client returns and passes on
what the sync one returns, so the two suites cannot drift apart. Between them the flows use all 29
operations (a test in test_cassette_checks.py reads the cassettes to prove it).

Assertions compare values *and* types (support's `assert_same`), since `PatternType.EMAIL == "EMAIL"`
and a str where a datetime belongs would pass a plain `==`; the types are the ones the generated models
declare (`assert_typed`), not written here. Ids and timestamps are only checked for type and
consistency, and the seeded entries' ids are read from the listing (or the fake's seed), so the flows
hold whatever the spec's id format.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

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
    Domain,
    EntryRef,
    Message,
    PatternType,
    Region,
    ScannableFolder,
    SendingDomainRestrictionBatchResult,
    TrustedDomain,
    TrustedDomainBatchResult,
)
from cf_email_security.testing import default_seed
from support import IdMaker, argument, assert_matches_wire, assert_same, assert_typed, field_type

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


def check_entry(entry: Any, model: type[Any], fields: Mapping[str, Any]) -> None:
    """An entry of `model` with these field values, every field typed as the model declares (ids,
    UTC timestamps), and timestamps in order."""
    assert type(entry) is model, type(entry)
    assert_typed(entry)
    assert entry.last_modified >= entry.created_at
    assert_same({name: getattr(entry, name) for name in fields}, dict(fields))


def check_not_found(error: NotFoundError, method: str) -> None:
    assert (error.status_code, error.method) == (404, method)
    assert error.errors
    for name in ("code", "message"):  # as the envelope's Message declares them
        assert_typed(error.errors[0][name], field_type(Message, name), f"errors[0].{name}")
    assert isinstance(error.cf_ray, str) and error.cf_ray


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


def seeded(resource: str) -> list[dict[str, Any]]:
    """The fake's default seed of a resource with ids in the spec's format (1, 2, 3 for integers, as
    the fake would hand them out): what the recordings start from (tests/recorded/conftest.py)."""
    ids = IdMaker()
    return [{"id": ids(), **entry} for entry in default_seed()[resource]]


def seed() -> dict[str, list[dict[str, Any]]]:
    return {resource: seeded(resource) for resource in default_seed()}


async def domains_flow(client: Client, concurrent: bool) -> None:
    """List (pages, every filter), get with the raw response, update, delete, bulk delete, 404s."""
    domains = client.domains
    per_page = 2 if concurrent else 1  # three domains: 2 + 1 pages async, 1 + 1 + 1 sync
    walked = await pages(domains.list(per_page=per_page, order="domain", direction="asc"))
    listed = [domain for page in walked for domain in page.result]
    seed = sorted(seeded("domains"), key=lambda entry: entry["domain"])
    assert [[domain.domain for domain in page.result] for page in walked] == chunks(
        [entry["domain"] for entry in seed], per_page
    )
    ids = [domain.id for domain in listed]  # in the seed's order of names
    assert listed[-1].emails_processed is None  # onboarded recently: nothing counted yet
    filtered: dict[str, tuple[Any, list[Any]]] = {
        "allowed_delivery_mode": (DeliveryMode.BCC, [ids[1]]),
        "active_delivery_mode": ("DIRECT", [ids[2]]),
        "domain": ([seed[0]["domain"], seed[2]["domain"]], [ids[0], ids[2]]),
        "integration_id": (
            argument("domains", "list", "integration_id", seed[1]["integration_id"]),
            [ids[1]],
        ),
        "search": ("mail.", [ids[2]]),
    }
    for name, (value, wanted) in filtered.items():
        assert [domain.id for domain in await items(domains.list(**{name: value}))] == wanted, name

    raw = await call(domains.with_raw_response.get(ids[1]))
    assert raw.status_code == 200 and isinstance(raw.cf_ray, str)
    sent = raw.http_response.json()["result"]
    assert_matches_wire(raw.parsed, sent)  # parsed as the models declare
    shown = [name for name in seed[1] if name in sent]  # the fake adds the id, keeps some fields back
    assert {name: sent[name] for name in shown} == {name: seed[1][name] for name in shown}, "as seeded"
    assert_same(raw.parsed, listed[1])

    changes: dict[str, Any] = {
        "ip_restrictions": ["192.0.2.0/24"],
        "lookback_hops": 3,
        "regions": [Region.US, Region.DE],
        "drop_dispositions": [DispositionLabel.MALICIOUS, DispositionLabel.SPAM, DispositionLabel.BULK],
        "folder": ScannableFolder.ALLITEMS,
        "require_tls_inbound": True,
    }
    updated = await call(domains.update(ids[0], **changes))
    unchanged = {"id": ids[0], "domain": listed[0].domain, "created_at": listed[0].created_at}
    check_entry(updated, Domain, {**changes, **unchanged})
    assert updated.last_modified > listed[0].last_modified

    assert_same(await call(domains.delete(ids[2])), EntryRef(id=ids[2]))
    with pytest.raises(NotFoundError) as missing:
        await call(domains.get(ids[2]))
    check_not_found(missing.value, "GET")
    deleted = await call(domains.bulk_delete(domains=[ids[0], {"id": ids[1]}]))
    assert_same(deleted, [EntryRef(id=ids[0]), EntryRef(id=ids[1])])
    with pytest.raises(NotFoundError) as gone:
        await call(domains.bulk_delete(domains=[ids[1]]))
    check_not_found(gone.value, "DELETE")
    assert await items(domains.list()) == []


async def restrictions_flow(client: Client, concurrent: bool) -> None:
    """Batch deletes of the seeded restrictions; a batch naming a deleted one fails as a whole."""
    restrictions = client.sending_domain_restrictions
    first, second, third = (entry["id"] for entry in seeded("sending_domain_restrictions"))
    result = await call(restrictions.batch(deletes=[first, third]))
    assert_same(result, SendingDomainRestrictionBatchResult(deletes=[EntryRef(id=first), EntryRef(id=third)]))
    with pytest.raises(NotFoundError) as missing:
        await call(restrictions.batch(deletes=[second, third]))
    check_not_found(missing.value, "POST")
    result = await call(restrictions.batch(deletes=[EntryRef(id=second)]))
    assert_same(result, SendingDomainRestrictionBatchResult(deletes=[EntryRef(id=second)]))


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
