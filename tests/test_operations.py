"""Every operation of the client, sync and async, against a recording fake of the API.

One table lists the 29 operations: how each is called, the exact request it must send (method, path,
query, JSON body) and the exact typed value it must return. The same table drives the sync client, the
async client and the per-call `account_id` override, so an operation cannot be covered by one and
forgotten by another.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import KW_ONLY, dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
from functools import reduce
from typing import Any
from uuid import UUID

import attrs
import httpx
import pytest

from cf_email_security import AsyncEmailSecurity, AsyncPager, EmailSecurity, SyncPager
from cf_email_security.models import (
    AllowPolicy,
    AllowPolicyBatchResult,
    AllowPolicyPatch,
    AllowPolicyPut,
    BlockedSender,
    BlockedSenderBatchResult,
    CreateAllowPolicy,
    DeliveryMode,
    DisplayName,
    DisplayNameOrder,
    DispositionLabel,
    DmarcStatus,
    Domain,
    DomainAuthorization,
    DomainOrder,
    EmailsProcessed,
    EntryRef,
    InboxProvider,
    PatternOrder,
    PatternType,
    Provenance,
    Region,
    ScannableFolder,
    SendingDomainRestrictionBatchResult,
    SortingDirection,
    SpfStatus,
    TrustedDomain,
    TrustedDomainBatchResult,
    TrustedDomainPatch,
)
from fakes import ALLOW_POLICY_FIELDS, snapshot

TOKEN = "test-token"
ACCOUNT = "acc123"
HOST = "api.cloudflare.com"
MODES = ["sync", "async"]

# Two different instants, so that a parser swapping created_at and last_modified is caught; the second
# has a fraction of a second, which Cloudflare sends and Python 3.10's fromisoformat would refuse.
CREATED_AT = "2024-05-01T10:00:00Z"
MODIFIED_AT = "2024-05-02T08:15:30.5Z"
CREATED = datetime(2024, 5, 1, 10, tzinfo=timezone.utc)
MODIFIED = datetime(2024, 5, 2, 8, 15, 30, 500000, tzinfo=timezone.utc)
INTEGRATION = "6f1d7a2e-3b4c-4d5e-8f90-a1b2c3d4e5f6"


# ---- what the server sends (wire JSON) and what the caller must get (typed), written separately ----


def policy_wire(id: int, pattern: str, comments: str | None = None) -> dict[str, Any]:
    """An allow policy as the API sends it."""
    return {
        "id": id,
        "created_at": CREATED_AT,
        "last_modified": MODIFIED_AT,
        **ALLOW_POLICY_FIELDS,
        "pattern": pattern,
        "comments": comments,
    }


def policy(id: int, pattern: str, comments: str | None = None) -> AllowPolicy:
    """The AllowPolicy the client must make of `policy_wire(id, pattern, comments)`."""
    return AllowPolicy(
        id=id,
        created_at=CREATED,
        last_modified=MODIFIED,
        pattern=pattern,
        pattern_type=PatternType.EMAIL,
        is_regex=False,
        is_trusted_sender=True,
        is_acceptable_sender=False,
        is_exempt_recipient=False,
        verify_sender=True,
        comments=comments,
    )


def blocked_wire(id: int, pattern: str) -> dict[str, Any]:
    """A blocked sender as the API sends it."""
    return {
        "id": id,
        "created_at": CREATED_AT,
        "last_modified": MODIFIED_AT,
        "pattern": pattern,
        "pattern_type": "DOMAIN",
        "is_regex": False,
        "comments": "spam run",
    }


def blocked(id: int, pattern: str) -> BlockedSender:
    """The BlockedSender the client must make of `blocked_wire(id, pattern)`."""
    return BlockedSender(
        id=id,
        created_at=CREATED,
        last_modified=MODIFIED,
        pattern=pattern,
        pattern_type=PatternType.DOMAIN,
        is_regex=False,
        comments="spam run",
    )


def domain_wire(id: int, name: str) -> dict[str, Any]:
    """A protected domain as the API sends it, with nested objects, enums, a UUID and nulls."""
    return {
        "id": id,
        "created_at": CREATED_AT,
        "last_modified": MODIFIED_AT,
        "domain": name,
        "allowed_delivery_modes": ["API", "BCC"],
        "drop_dispositions": ["MALICIOUS-BEC", "SPAM"],
        "ip_restrictions": ["192.0.2.0/24"],
        "lookback_hops": 2,
        "regions": ["US"],
        "transport": "smtp.example.com",
        "folder": "Inbox",
        "integration_id": INTEGRATION,
        "inbox_provider": "Microsoft",
        "dmarc_status": "good",
        "spf_status": "neutral",
        "require_tls_inbound": True,
        "require_tls_outbound": None,
        "o365_tenant_id": None,
        "authorization": {"authorized": True, "timestamp": CREATED_AT, "status_message": None},
        "emails_processed": {
            "timestamp": MODIFIED_AT,
            "total_emails_processed": 1500,
            "total_emails_processed_previous": 1200,
        },
    }


def domain(id: int, name: str) -> Domain:
    """The Domain the client must make of `domain_wire(id, name)`."""
    return Domain(
        id=id,
        created_at=CREATED,
        last_modified=MODIFIED,
        domain=name,
        allowed_delivery_modes=[DeliveryMode.API, DeliveryMode.BCC],
        drop_dispositions=[DispositionLabel.MALICIOUS_BEC, DispositionLabel.SPAM],
        ip_restrictions=["192.0.2.0/24"],
        lookback_hops=2,
        regions=[Region.US],
        transport="smtp.example.com",
        folder=ScannableFolder.INBOX,
        integration_id=UUID(INTEGRATION),
        inbox_provider=InboxProvider.MICROSOFT,
        dmarc_status=DmarcStatus.GOOD,
        spf_status=SpfStatus.NEUTRAL,
        require_tls_inbound=True,
        require_tls_outbound=None,
        o365_tenant_id=None,
        authorization=DomainAuthorization(authorized=True, timestamp=CREATED, status_message=None),
        emails_processed=EmailsProcessed(
            timestamp=MODIFIED, total_emails_processed=1500, total_emails_processed_previous=1200
        ),
    )


def display_wire(id: int, name: str) -> dict[str, Any]:
    """An impersonation registry entry as the API sends it."""
    return {
        "id": id,
        "created_at": CREATED_AT,
        "last_modified": MODIFIED_AT,
        "email": "jane@example.com",
        "is_email_regex": False,
        "name": name,
        "comments": None,
        "directory_id": 12,
        "directory_node_id": None,
        "provenance": "A1S_INTERNAL",
    }


def display(id: int, name: str) -> DisplayName:
    """The DisplayName the client must make of `display_wire(id, name)`."""
    return DisplayName(
        id=id,
        created_at=CREATED,
        last_modified=MODIFIED,
        email="jane@example.com",
        is_email_regex=False,
        name=name,
        comments=None,
        directory_id=12,
        directory_node_id=None,
        provenance="A1S_INTERNAL",
    )


def trusted_wire(id: int, pattern: str) -> dict[str, Any]:
    """A trusted domain as the API sends it."""
    return {
        "id": id,
        "created_at": CREATED_AT,
        "last_modified": MODIFIED_AT,
        "pattern": pattern,
        "is_recent": True,
        "is_regex": False,
        "is_similarity": False,
        "comments": "partner",
    }


def trusted(id: int, pattern: str) -> TrustedDomain:
    """The TrustedDomain the client must make of `trusted_wire(id, pattern)`."""
    return TrustedDomain(
        id=id,
        created_at=CREATED,
        last_modified=MODIFIED,
        pattern=pattern,
        is_recent=True,
        is_regex=False,
        is_similarity=False,
        comments="partner",
    )


# Request bodies used both as call arguments and as the JSON they must become.
NEW_POLICY = {
    "pattern": "new@example.com",
    "pattern_type": "EMAIL",
    "is_regex": False,
    "is_trusted_sender": True,
    "is_acceptable_sender": False,
    "is_exempt_recipient": False,
    "verify_sender": True,
}
WORSE_SENDER = {"id": 13, "pattern": "worse.example", "pattern_type": "DOMAIN", "is_regex": False}
NEW_TRUSTED = {
    "pattern": "partner.example",
    "is_recent": True,
    "is_regex": False,
    "is_similarity": False,
    "comments": "partner",
}


# ---- the table ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One operation: the call, the request it must send, the answer it gets and the value it must return.

    For `list`, the call passes per_page=2 and `payload` holds three items: the fake serves them as a
    full first page and a short second one, and `query` is what every page request carries besides `page`.
    """

    resource: str
    method: str
    http_method: str
    path: str  # below /accounts/{account_id}/email-security/settings/
    _: KW_ONLY
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    body: Any = None  # the JSON body, or None when nothing may be sent
    payload: Any  # the envelope's `result` (for list: every item of both pages)
    expected: Any  # the typed value the call must return (for list: every item)
    status: int = 200
    marks: tuple[Any, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}"


CASES = [
    # ---- allow_policies
    Case(
        "allow_policies",
        "list",
        "GET",
        "allow_policies",
        kwargs={
            "per_page": 2,
            "pattern_type": PatternType.EMAIL,
            "is_trusted_sender": True,
            "verify_sender": False,
            "is_sender": True,
            "order": PatternOrder.CREATED_AT,
            "direction": "desc",
            "search": "example.com",
        },
        query=[
            ("per_page", "2"),
            ("pattern_type", "EMAIL"),
            ("is_trusted_sender", "true"),
            ("verify_sender", "false"),
            ("is_sender", "true"),
            ("order", "created_at"),
            ("direction", "desc"),
            ("search", "example.com"),
        ],
        payload=[
            policy_wire(1, "a@example.com"),
            policy_wire(2, "b@example.com"),
            policy_wire(3, "c@example.com"),
        ],
        expected=[policy(1, "a@example.com"), policy(2, "b@example.com"), policy(3, "c@example.com")],
    ),
    Case(
        "allow_policies",
        "create",
        "POST",
        "allow_policies",
        kwargs={
            **NEW_POLICY,
            "pattern": "ceo@example.com",
            "pattern_type": PatternType.EMAIL,
            "comments": "VIP",
        },
        body={**NEW_POLICY, "pattern": "ceo@example.com", "comments": "VIP"},
        payload=policy_wire(7, "ceo@example.com", "VIP"),
        expected=policy(7, "ceo@example.com", "VIP"),
        status=201,
    ),
    Case(
        "allow_policies",
        "batch",
        "POST",
        "allow_policies/batch",
        kwargs={"posts": [NEW_POLICY]},
        body={"deletes": [], "patches": [], "posts": [NEW_POLICY], "puts": []},
        payload={"deletes": [], "patches": [], "posts": [policy_wire(9, "new@example.com")], "puts": []},
        expected=AllowPolicyBatchResult(
            deletes=[], patches=[], posts=[policy(9, "new@example.com")], puts=[]
        ),
    ),
    Case(
        "allow_policies",
        "get",
        "GET",
        "allow_policies/7",
        args=(7,),
        payload=policy_wire(7, "ceo@example.com", "VIP"),
        expected=policy(7, "ceo@example.com", "VIP"),
    ),
    Case(
        "allow_policies",
        "update",
        "PATCH",
        "allow_policies/7",
        args=(7,),
        kwargs={"comments": None, "pattern_type": PatternType.EMAIL, "is_regex": False},
        body={"comments": None, "pattern_type": "EMAIL", "is_regex": False},
        payload=policy_wire(7, "ceo@example.com"),
        expected=policy(7, "ceo@example.com"),
    ),
    Case(
        "allow_policies",
        "delete",
        "DELETE",
        "allow_policies/7",
        args=(7,),
        payload={"id": 7},
        expected=EntryRef(id=7),
    ),
    # ---- block_senders
    Case(
        "block_senders",
        "list",
        "GET",
        "block_senders",
        kwargs={
            "per_page": 2,
            "pattern_type": "DOMAIN",
            "order": PatternOrder.PATTERN,
            "direction": SortingDirection.ASC,
            "pattern": "bad.example",
        },
        query=[
            ("per_page", "2"),
            ("pattern_type", "DOMAIN"),
            ("order", "pattern"),
            ("direction", "asc"),
            ("pattern", "bad.example"),
        ],
        payload=[blocked_wire(1, "a.example"), blocked_wire(2, "b.example"), blocked_wire(3, "c.example")],
        expected=[blocked(1, "a.example"), blocked(2, "b.example"), blocked(3, "c.example")],
    ),
    Case(
        "block_senders",
        "create",
        "POST",
        "block_senders",
        kwargs={
            "pattern": "bad.example",
            "pattern_type": PatternType.DOMAIN,
            "is_regex": False,
            "comments": "spam run",
        },
        body={"pattern": "bad.example", "pattern_type": "DOMAIN", "is_regex": False, "comments": "spam run"},
        payload=blocked_wire(11, "bad.example"),
        expected=blocked(11, "bad.example"),
        status=201,
    ),
    Case(
        "block_senders",
        "batch",
        "POST",
        "block_senders/batch",
        kwargs={"deletes": [EntryRef(id=12)], "puts": [WORSE_SENDER]},
        body={"deletes": [{"id": 12}], "patches": [], "posts": [], "puts": [WORSE_SENDER]},
        payload={
            "deletes": [{"id": 12}],
            "patches": [],
            "posts": [],
            "puts": [blocked_wire(13, "worse.example")],
        },
        expected=BlockedSenderBatchResult(
            deletes=[EntryRef(id=12)], patches=[], posts=[], puts=[blocked(13, "worse.example")]
        ),
    ),
    Case(
        "block_senders",
        "get",
        "GET",
        "block_senders/11",
        args=(11,),
        payload=blocked_wire(11, "bad.example"),
        expected=blocked(11, "bad.example"),
    ),
    Case(
        "block_senders",
        "update",
        "PATCH",
        "block_senders/11",
        args=(11,),
        kwargs={"pattern_type": PatternType.DOMAIN, "comments": "spam run"},
        body={"pattern_type": "DOMAIN", "comments": "spam run"},
        payload=blocked_wire(11, "bad.example"),
        expected=blocked(11, "bad.example"),
    ),
    Case(
        "block_senders",
        "delete",
        "DELETE",
        "block_senders/11",
        args=(11,),
        payload={"id": 11},
        expected=EntryRef(id=11),
    ),
    # ---- domains
    Case(
        "domains",
        "list",
        "GET",
        "domains",
        kwargs={
            "per_page": 2,
            "domain": ["a.example", "b.example"],
            "allowed_delivery_mode": DeliveryMode.BCC,
            "active_delivery_mode": "DIRECT",
            "integration_id": UUID(INTEGRATION),
            "order": DomainOrder.DOMAIN,
            "direction": "asc",
            "search": "example",
        },
        query=[
            ("per_page", "2"),
            ("domain", "a.example"),
            ("domain", "b.example"),
            ("allowed_delivery_mode", "BCC"),
            ("active_delivery_mode", "DIRECT"),
            ("integration_id", INTEGRATION),
            ("order", "domain"),
            ("direction", "asc"),
            ("search", "example"),
        ],
        payload=[domain_wire(1, "a.example"), domain_wire(2, "b.example"), domain_wire(3, "c.example")],
        expected=[domain(1, "a.example"), domain(2, "b.example"), domain(3, "c.example")],
    ),
    Case(
        "domains",
        "bulk_delete",
        "DELETE",
        "domains",
        kwargs={"domains": [21, {"id": 22}, EntryRef(id=23)]},
        body=[{"id": 21}, {"id": 22}, {"id": 23}],
        payload=[{"id": 21}, {"id": 22}, {"id": 23}],
        expected=[EntryRef(id=21), EntryRef(id=22), EntryRef(id=23)],
    ),
    Case(
        "domains",
        "get",
        "GET",
        "domains/21",
        args=(21,),
        payload=domain_wire(21, "example.com"),
        expected=domain(21, "example.com"),
    ),
    Case(
        "domains",
        "update",
        "PATCH",
        "domains/21",
        args=(21,),
        kwargs={
            "ip_restrictions": ["192.0.2.0/24"],
            "allowed_delivery_modes": [DeliveryMode.API, "BCC"],
            "drop_dispositions": [DispositionLabel.MALICIOUS_BEC, "SPAM"],
            "regions": [Region.US],
            "folder": ScannableFolder.INBOX,
            "integration_id": UUID(INTEGRATION),
            "lookback_hops": 2,
            "require_tls_inbound": True,
            "transport": "smtp.example.com",
        },
        body={
            "ip_restrictions": ["192.0.2.0/24"],
            "allowed_delivery_modes": ["API", "BCC"],
            "drop_dispositions": ["MALICIOUS-BEC", "SPAM"],
            "regions": ["US"],
            "folder": "Inbox",
            "integration_id": INTEGRATION,
            "lookback_hops": 2,
            "require_tls_inbound": True,
            "transport": "smtp.example.com",
        },
        payload=domain_wire(21, "example.com"),
        expected=domain(21, "example.com"),
    ),
    Case(
        "domains",
        "delete",
        "DELETE",
        "domains/21",
        args=(21,),
        payload={"id": 21},
        expected=EntryRef(id=21),
    ),
    # ---- impersonation_registry
    Case(
        "impersonation_registry",
        "list",
        "GET",
        "impersonation_registry",
        kwargs={
            "per_page": 2,
            "order": DisplayNameOrder.NAME,
            "direction": "desc",
            "provenance": Provenance.SNOOPY_OFFICE_365,
            "search": "jane",
        },
        query=[
            ("per_page", "2"),
            ("order", "name"),
            ("direction", "desc"),
            ("provenance", "SNOOPY-OFFICE_365"),
            ("search", "jane"),
        ],
        payload=[display_wire(1, "Jane A"), display_wire(2, "Jane B"), display_wire(3, "Jane C")],
        expected=[display(1, "Jane A"), display(2, "Jane B"), display(3, "Jane C")],
    ),
    Case(
        "impersonation_registry",
        "create",
        "POST",
        "impersonation_registry",
        kwargs={"email": "jane@example.com", "is_email_regex": False, "name": "Jane Doe"},
        body={"email": "jane@example.com", "is_email_regex": False, "name": "Jane Doe"},
        payload=display_wire(31, "Jane Doe"),
        expected=display(31, "Jane Doe"),
        status=201,
    ),
    Case(
        "impersonation_registry",
        "get",
        "GET",
        "impersonation_registry/31",
        args=(31,),
        payload=display_wire(31, "Jane Doe"),
        expected=display(31, "Jane Doe"),
    ),
    Case(
        "impersonation_registry",
        "update",
        "PATCH",
        "impersonation_registry/31",
        args=(31,),
        kwargs={"name": "Jane Q. Doe", "is_email_regex": False},
        body={"name": "Jane Q. Doe", "is_email_regex": False},
        payload=display_wire(31, "Jane Q. Doe"),
        expected=display(31, "Jane Q. Doe"),
    ),
    Case(
        "impersonation_registry",
        "delete",
        "DELETE",
        "impersonation_registry/31",
        args=(31,),
        payload={"id": 31},
        expected=EntryRef(id=31),
    ),
    # ---- sending_domain_restrictions
    Case(
        "sending_domain_restrictions",
        "batch",
        "POST",
        "sending_domain_restrictions/batch",
        kwargs={"deletes": [41, {"id": 42}]},
        body={"deletes": [{"id": 41}, {"id": 42}]},
        payload={"deletes": [{"id": 41}, {"id": 42}]},
        expected=SendingDomainRestrictionBatchResult(deletes=[EntryRef(id=41), EntryRef(id=42)]),
    ),
    # ---- trusted_domains
    Case(
        "trusted_domains",
        "list",
        "GET",
        "trusted_domains",
        kwargs={
            "per_page": 2,
            "is_recent": True,
            "is_similarity": False,
            "pattern": "partner",
            "order": "pattern",
            "direction": SortingDirection.ASC,
        },
        query=[
            ("per_page", "2"),
            ("is_recent", "true"),
            ("is_similarity", "false"),
            ("pattern", "partner"),
            ("order", "pattern"),
            ("direction", "asc"),
        ],
        payload=[trusted_wire(1, "a.example"), trusted_wire(2, "b.example"), trusted_wire(3, "c.example")],
        expected=[trusted(1, "a.example"), trusted(2, "b.example"), trusted(3, "c.example")],
    ),
    Case(
        "trusted_domains",
        "create",
        "POST",
        "trusted_domains",
        kwargs=NEW_TRUSTED,
        body=NEW_TRUSTED,
        payload=trusted_wire(51, "partner.example"),
        expected=trusted(51, "partner.example"),
        status=201,
    ),
    Case(
        "trusted_domains",
        "batch",
        "POST",
        "trusted_domains/batch",
        kwargs={"deletes": [52], "patches": [TrustedDomainPatch(id=51, is_similarity=False)]},
        body={
            "deletes": [{"id": 52}],
            "patches": [{"id": 51, "is_similarity": False}],
            "posts": [],
            "puts": [],
        },
        payload={
            "deletes": [{"id": 52}],
            "patches": [trusted_wire(51, "partner.example")],
            "posts": [],
            "puts": [],
        },
        expected=TrustedDomainBatchResult(
            deletes=[EntryRef(id=52)], patches=[trusted(51, "partner.example")], posts=[], puts=[]
        ),
    ),
    Case(
        "trusted_domains",
        "get",
        "GET",
        "trusted_domains/51",
        args=(51,),
        payload=trusted_wire(51, "partner.example"),
        expected=trusted(51, "partner.example"),
    ),
    Case(
        "trusted_domains",
        "update",
        "PATCH",
        "trusted_domains/51",
        args=(51,),
        kwargs={"comments": "partner", "is_recent": True},
        body={"comments": "partner", "is_recent": True},
        payload=trusted_wire(51, "partner.example"),
        expected=trusted(51, "partner.example"),
    ),
    Case(
        "trusted_domains",
        "delete",
        "DELETE",
        "trusted_domains/51",
        args=(51,),
        payload={"id": 51},
        expected=EntryRef(id=51),
    ),
]

PARAMS = [pytest.param(case, id=case.id, marks=case.marks) for case in CASES]


# ---- the fake API ------------------------------------------------------------------------------------


def reply(
    result: Any,
    *,
    status: int = 200,
    result_info: dict[str, int] | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """A Cloudflare envelope around `result`: the only shape the client accepts."""
    body: dict[str, Any] = {"success": True, "errors": [], "messages": [], "result": result}
    if result_info is not None:
        body["result_info"] = result_info
    return httpx.Response(status, json=body, headers=headers)


def page_reply(items: list[Any], *, page: int, per_page: int, total_count: int) -> httpx.Response:
    """One page of a list operation, with the `result_info` the pager reads to decide whether to go on."""
    info = {"count": len(items), "page": page, "per_page": per_page, "total_count": total_count}
    return reply(items, result_info=info)


class Recorder:
    """The MockTransport handler: answers with the queued responses, in order, and keeps every request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.requests: list[httpx.Request] = []
        self._responses = list(responses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(snapshot(request))
        assert self._responses, f"unexpected extra request: {request.method} {request.url}"
        return self._responses.pop(0)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def recorder_for(case: Case) -> Recorder:
    """A fake that answers `case`: one envelope, or for list a full page 1 and a short page 2."""
    if case.method != "list":
        return Recorder(reply(case.payload, status=case.status))
    assert case.kwargs["per_page"] == 2 and len(case.payload) == 3, "list cases serve 2 + 1 items"
    return Recorder(
        page_reply(case.payload[:2], page=1, per_page=2, total_count=3),
        page_reply(case.payload[2:], page=2, per_page=2, total_count=3),
    )


def lookup(client: object, target: str) -> Any:
    """The bound method a dotted name such as "allow_policies.with_raw_response.get" stands for."""
    return reduce(getattr, target.split("."), client)


def invoke(mode: str, transport: httpx.MockTransport, target: str, /, *args: Any, **kwargs: Any) -> Any:
    """Call `target` (e.g. "domains.get") on a fresh sync or async client; a pager is walked to the end.

    The first three parameters are positional-only: domains.update has a `transport=` keyword of its own.
    """
    if mode == "sync":
        with EmailSecurity(api_token=TOKEN, account_id=ACCOUNT, transport=transport) as es:
            outcome = lookup(es, target)(*args, **kwargs)
            return list(outcome) if isinstance(outcome, SyncPager) else outcome
    return asyncio.run(invoke_async(transport, target, *args, **kwargs))


async def invoke_async(transport: httpx.MockTransport, target: str, /, *args: Any, **kwargs: Any) -> Any:
    """The async half of `invoke`: the client is closed on the way out, as `async with` promises."""
    async with AsyncEmailSecurity(api_token=TOKEN, account_id=ACCOUNT, transport=transport) as aes:
        outcome = lookup(aes, target)(*args, **kwargs)
        if isinstance(outcome, AsyncPager):
            return [item async for item in outcome]
        return await outcome


# ---- assertions --------------------------------------------------------------------------------------


def assert_request(
    request: httpx.Request,
    *,
    method: str,
    path: str,
    query: list[tuple[str, str]],
    body: Any,
    account: str = ACCOUNT,
) -> None:
    """The request is exactly this one: method, URL, query as a multiset, credentials and JSON body."""
    assert request.method == method
    assert (request.url.scheme, request.url.host) == ("https", HOST)
    assert request.url.path == f"/client/v4/accounts/{account}/email-security/settings/{path}"
    assert Counter(request.url.params.multi_items()) == Counter(query)
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert_json_equal(json.loads(request.content), body)


def assert_json_equal(actual: Any, expected: Any) -> None:
    """Equal as JSON, types included: plain == would let `1` pass for `true` (True == 1 in Python)."""
    assert actual == expected
    assert json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


def assert_same(actual: Any, expected: Any, where: str = "result") -> None:
    """Deep equality with exact types, so that a str where an enum belongs or a naive datetime fails.

    Models are compared field by field (`additional_properties` too: a known field that lands there was
    not parsed); enum members by identity; everything else by type and value.
    """
    if isinstance(expected, Enum):
        assert actual is expected, f"{where}: {actual!r} is not {expected!r}"
    elif attrs.has(type(expected)):
        assert_type(actual, expected, where)
        for attribute in attrs.fields(type(expected)):
            name = attribute.name
            assert_same(getattr(actual, name), getattr(expected, name), f"{where}.{name}")
    elif isinstance(expected, (list, dict)):
        assert_type(actual, expected, where)
        assert len(actual) == len(expected), f"{where}: {len(actual)} entries, not {len(expected)}"
        keys = expected.keys() if isinstance(expected, dict) else range(len(expected))
        for key in keys:
            assert_same(actual[key], expected[key], f"{where}[{key!r}]")
    else:
        assert_type(actual, expected, where)
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"
        if isinstance(expected, datetime):
            assert actual.utcoffset() == expected.utcoffset(), f"{where}: offset {actual.utcoffset()}"


def assert_type(actual: Any, expected: Any, where: str) -> None:
    """Exactly the expected type: a subclass (bool for int, a str Enum for str) is a different answer."""
    assert type(actual) is type(expected), f"{where}: {actual!r} is not a {type(expected).__name__}"


def assert_case_requests(requests: list[httpx.Request], case: Case, account: str = ACCOUNT) -> None:
    """One request per call, or for list exactly pages 1 and 2, each carrying the case's filters."""
    spec = {"method": case.http_method, "path": case.path, "body": case.body, "account": account}
    if case.method == "list":
        assert len(requests) == 2
        for number, request in enumerate(requests, start=1):
            assert_request(request, query=[*case.query, ("page", str(number))], **spec)
    else:
        assert len(requests) == 1
        assert_request(requests[0], query=case.query, **spec)


# ---- tests -------------------------------------------------------------------------------------------


def test_the_table_covers_every_operation_once() -> None:
    """29 distinct operations: a case dropped or duplicated in the table would go unnoticed otherwise."""
    ids = [case.id for case in CASES]
    assert len(ids) == 29
    assert len(set(ids)) == 29


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", PARAMS)
def test_operation(case: Case, mode: str) -> None:
    """Each operation sends exactly its request and returns the envelope's result, typed."""
    recorder = recorder_for(case)
    result = invoke(mode, recorder.transport, f"{case.resource}.{case.method}", *case.args, **case.kwargs)
    assert_case_requests(recorder.requests, case)
    assert_same(result, case.expected)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", PARAMS)
def test_account_id_per_call_overrides_the_clients(case: Case, mode: str) -> None:
    """`account_id=` on a call addresses that account, for every operation, instead of the client's."""
    recorder = recorder_for(case)
    target = f"{case.resource}.{case.method}"
    result = invoke(mode, recorder.transport, target, *case.args, **case.kwargs, account_id="other")
    assert_case_requests(recorder.requests, case, account="other")
    assert_same(result, case.expected)


@pytest.mark.parametrize("mode", MODES)
def test_raw_response_carries_status_headers_and_parsed_result(mode: str) -> None:
    """with_raw_response gives what the typed call hides: status, headers and cf-ray, next to the result."""
    recorder = Recorder(reply(policy_wire(7, "ceo@example.com"), headers={"cf-ray": "8a1b2c3d4e5f6789-SJC"}))
    raw = invoke(mode, recorder.transport, "allow_policies.with_raw_response.get", 7)
    assert raw.status_code == 200
    assert raw.headers["cf-ray"] == "8a1b2c3d4e5f6789-SJC"
    assert raw.cf_ray == "8a1b2c3d4e5f6789-SJC"
    assert_same(raw.parsed, policy(7, "ceo@example.com"))
    assert len(recorder.requests) == 1
    assert_request(recorder.requests[0], method="GET", path="allow_policies/7", query=[], body=None)


@pytest.mark.parametrize("mode", MODES)
def test_raw_response_of_create_reports_201(mode: str) -> None:
    """The raw status is the server's, not a constant: create answers 201."""
    recorder = Recorder(reply(trusted_wire(51, "partner.example"), status=201))
    raw = invoke(
        mode,
        recorder.transport,
        "trusted_domains.with_raw_response.create",
        pattern="partner.example",
        is_recent=True,
        is_regex=False,
        is_similarity=False,
    )
    assert raw.status_code == 201
    assert raw.cf_ray is None
    assert_same(raw.parsed, trusted(51, "partner.example"))


@pytest.mark.parametrize("mode", MODES)
def test_batch_accepts_models_dicts_and_bare_ids_and_sends_all_four_arrays(mode: str) -> None:
    """Each batch array takes model instances and plain dicts (deletes also bare ids), serialised alike."""
    put = AllowPolicyPut(
        id=8,
        pattern="put@example.com",
        pattern_type=PatternType.EMAIL,
        is_regex=False,
        is_trusted_sender=False,
        is_acceptable_sender=True,
        is_exempt_recipient=False,
        verify_sender=False,
    )
    put_wire = {
        "id": 8,
        "pattern": "put@example.com",
        "pattern_type": "EMAIL",
        "is_regex": False,
        "is_trusted_sender": False,
        "is_acceptable_sender": True,
        "is_exempt_recipient": False,
        "verify_sender": False,
    }
    created = CreateAllowPolicy(
        pattern="model@example.com",
        pattern_type="EMAIL",
        is_regex=True,
        is_trusted_sender=False,
        is_acceptable_sender=False,
        is_exempt_recipient=True,
        verify_sender=False,
        comments=None,
    )
    answer = {
        "deletes": [{"id": 1}, {"id": 2}, {"id": 3}],
        "patches": [policy_wire(4, "p4@example.com"), policy_wire(5, "p5@example.com")],
        "posts": [policy_wire(10, "model@example.com"), policy_wire(11, "new@example.com")],
        "puts": [policy_wire(8, "put@example.com"), policy_wire(12, "dict@example.com")],
    }
    recorder = Recorder(reply(answer))
    result = invoke(
        mode,
        recorder.transport,
        "allow_policies.batch",
        deletes=[1, {"id": 2}, EntryRef(id=3)],
        patches=[AllowPolicyPatch(id=4, comments=None), {"id": 5, "verify_sender": True}],
        posts=[created, NEW_POLICY],
        puts=[put, {**put_wire, "id": 12, "pattern": "dict@example.com"}],
    )
    assert len(recorder.requests) == 1
    assert_request(
        recorder.requests[0],
        method="POST",
        path="allow_policies/batch",
        query=[],
        body={
            "deletes": [{"id": 1}, {"id": 2}, {"id": 3}],
            "patches": [{"id": 4, "comments": None}, {"id": 5, "verify_sender": True}],
            "posts": [
                {
                    "pattern": "model@example.com",
                    "pattern_type": "EMAIL",
                    "is_regex": True,
                    "is_trusted_sender": False,
                    "is_acceptable_sender": False,
                    "is_exempt_recipient": True,
                    "verify_sender": False,
                    "comments": None,
                },
                NEW_POLICY,
            ],
            "puts": [put_wire, {**put_wire, "id": 12, "pattern": "dict@example.com"}],
        },
    )
    assert_same(
        result,
        AllowPolicyBatchResult(
            deletes=[EntryRef(id=1), EntryRef(id=2), EntryRef(id=3)],
            patches=[policy(4, "p4@example.com"), policy(5, "p5@example.com")],
            posts=[policy(10, "model@example.com"), policy(11, "new@example.com")],
            puts=[policy(8, "put@example.com"), policy(12, "dict@example.com")],
        ),
    )


@pytest.mark.parametrize("mode", MODES)
def test_batch_with_no_arguments_sends_four_empty_arrays(mode: str) -> None:
    """The batch arrays are required by the API: left out, each is still sent, as []."""
    recorder = Recorder(reply({"deletes": [], "patches": [], "posts": [], "puts": []}))
    result = invoke(mode, recorder.transport, "block_senders.batch")
    assert len(recorder.requests) == 1
    assert_request(
        recorder.requests[0],
        method="POST",
        path="block_senders/batch",
        query=[],
        body={"deletes": [], "patches": [], "posts": [], "puts": []},
    )
    assert_same(result, BlockedSenderBatchResult(deletes=[], patches=[], posts=[], puts=[]))


@pytest.mark.parametrize("mode", MODES)
def test_list_asks_for_100_per_page_by_default(mode: str) -> None:
    """The default page size is 100 (not the API's 20); one short page ends the walk after one request."""
    recorder = Recorder(page_reply([trusted_wire(1, "a.example")], page=1, per_page=100, total_count=1))
    items = invoke(mode, recorder.transport, "trusted_domains.list")
    assert len(recorder.requests) == 1
    assert_request(
        recorder.requests[0],
        method="GET",
        path="trusted_domains",
        query=[("page", "1"), ("per_page", "100")],
        body=None,
    )
    assert_same(items, [trusted(1, "a.example")])


@pytest.mark.parametrize("mode", MODES)
def test_list_stops_at_total_count_without_asking_for_an_empty_page(mode: str) -> None:
    """Two full pages holding total_count items end the walk: no third request for an empty page."""
    first = [blocked_wire(1, "a.example"), blocked_wire(2, "b.example")]
    second = [blocked_wire(3, "c.example"), blocked_wire(4, "d.example")]
    recorder = Recorder(
        page_reply(first, page=1, per_page=2, total_count=4),
        page_reply(second, page=2, per_page=2, total_count=4),
    )
    items = invoke(mode, recorder.transport, "block_senders.list", per_page=2)
    assert len(recorder.requests) == 2
    for number, request in enumerate(recorder.requests, start=1):
        query = [("page", str(number)), ("per_page", "2")]
        assert_request(request, method="GET", path="block_senders", query=query, body=None)
    assert_same(
        items,
        [blocked(1, "a.example"), blocked(2, "b.example"), blocked(3, "c.example"), blocked(4, "d.example")],
    )


# ---- per-call options: timeout=, extra_headers=, extra_query= ---------------------------------------

OPTIONS: dict[str, Any] = {"timeout": 3, "extra_headers": {"X-Trace": "t-1"}, "extra_query": {"debug": True}}
THREE_SECONDS = {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def assert_options_sent(requests: list[httpx.Request]) -> None:
    """Every request carries the call's header and its timeout (the query is checked with the case's)."""
    assert requests
    for request in requests:
        assert request.headers["x-trace"] == "t-1"
        assert request.extensions["timeout"] == THREE_SECONDS


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", PARAMS)
def test_per_call_options_reach_every_request_of_every_operation(case: Case, mode: str) -> None:
    """Each operation takes timeout=, extra_headers= and extra_query= and sends them besides its own
    request, unchanged otherwise; a list sends them with every page."""
    recorder = recorder_for(case)
    target = f"{case.resource}.{case.method}"
    result = invoke(mode, recorder.transport, target, *case.args, **case.kwargs, **OPTIONS)
    assert_case_requests(recorder.requests, replace(case, query=[*case.query, ("debug", "true")]))
    assert_options_sent(recorder.requests)
    assert_same(result, case.expected)


@pytest.mark.parametrize("mode", MODES)
def test_per_call_options_reach_raw_responses(mode: str) -> None:
    """with_raw_response variants take the same options; a raw list is one page, fetched with them."""
    info = {"count": 1, "page": 1, "per_page": 100, "total_count": 1}
    recorder = Recorder(reply(policy_wire(7, "ceo@example.com")), reply([], result_info=info))
    raw = invoke(mode, recorder.transport, "allow_policies.with_raw_response.get", 7, **OPTIONS)
    assert_same(raw.parsed, policy(7, "ceo@example.com"))
    invoke(mode, recorder.transport, "allow_policies.with_raw_response.list", order="pattern", **OPTIONS)
    assert_options_sent(recorder.requests)
    assert_request(
        recorder.requests[0], method="GET", path="allow_policies/7", query=[("debug", "true")], body=None
    )
    query = [("page", "1"), ("per_page", "100"), ("order", "pattern"), ("debug", "true")]
    assert_request(recorder.requests[1], method="GET", path="allow_policies", query=query, body=None)


@pytest.mark.parametrize("mode", MODES)
def test_per_call_options_do_not_stay_with_the_client(mode: str) -> None:
    """An httpx.Timeout is used as given, extra headers cannot replace the credentials, and the next
    call, without options, sends the client's settings only."""
    sent: list[tuple[dict[str, str], Any]] = []  # headers as sent: the client blanks credentials after

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((dict(request.headers), request.extensions["timeout"]))
        return reply({"id": 7})

    transport = httpx.MockTransport(handler)
    timeout = httpx.Timeout(9.0, connect=1.0)
    headers = {"X-Trace": "t-2", "Authorization": "Bearer not-the-clients"}
    invoke(mode, transport, "allow_policies.delete", 7, timeout=timeout, extra_headers=headers)
    invoke(mode, transport, "allow_policies.delete", 7)
    (first, first_timeout), (second, second_timeout) = sent
    assert first["x-trace"] == "t-2"
    assert first["authorization"] == f"Bearer {TOKEN}"
    assert first_timeout == {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0}
    assert "x-trace" not in second
    assert second_timeout == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
