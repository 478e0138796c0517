"""Bad input raises ValidationError before anything is sent; odd responses parse or fail by field name."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cf_email_security import EmailSecurity, ResponseValidationError, ValidationError
from cf_email_security.models import AllowPolicy, Domain, PatternType
from fakes import allow_policy_wire

UTC = datetime.timezone.utc
POLICY: dict[str, Any] = allow_policy_wire(
    7, pattern="ceo@example.com", comments=None, last_modified="2024-05-02T11:30:00.5Z"
)
NEW_POLICY = {k: v for k, v in POLICY.items() if k not in ("id", "created_at", "last_modified")}


class Recorder:
    """A MockTransport handler that records requests and answers with one fixed envelope."""

    def __init__(self, result: Any = None, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.result = POLICY if result is None else result
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        envelope = {"success": True, "errors": [], "messages": [], "result": self.result}
        return httpx.Response(self.status, json=envelope)


def client(recorder: Recorder, account_id: str = "acc123") -> EmailSecurity:
    return EmailSecurity(api_token="t", account_id=account_id, transport=httpx.MockTransport(recorder))


BAD_CALLS: list[tuple[str, Callable[[EmailSecurity], object], str, str]] = [
    (
        "empty pattern",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "pattern": ""}),
        "pattern",
        "must not be empty",
    ),
    (
        "pattern too long",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "pattern": "x" * 1025}),
        "pattern",
        "at most 1024",
    ),
    (
        "comments too long",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "comments": "c" * 1025}),
        "comments",
        "at most 1024",
    ),
    (
        "unknown enum value",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "pattern_type": "PHONE"}),
        "pattern_type",
        "one of EMAIL, DOMAIN, IP, UNKNOWN",
    ),
    (
        "wrong type",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "is_regex": "yes"}),
        "is_regex",
        "a boolean",
    ),
    (
        "lookback_hops 0",
        lambda es: es.domains.update(1, ip_restrictions=[], lookback_hops=0),
        "lookback_hops",
        ">= 1",
    ),
    (
        "lookback_hops 21",
        lambda es: es.domains.update(1, ip_restrictions=[], lookback_hops=21),
        "lookback_hops",
        "<= 20",
    ),
    ("id 0", lambda es: es.allow_policies.get(0), "policy_id", ">= 1"),
    ("negative id", lambda es: es.trusted_domains.delete(-3), "trusted_domain_id", ">= 1"),
    ("id as string", lambda es: es.block_senders.get("5"), "pattern_id", "an integer"),  # type: ignore[arg-type]
    ("id as bool", lambda es: es.domains.get(True), "domain_id", "an integer"),
    ("page 0", lambda es: es.allow_policies.list(page=0), "page", ">= 1"),
    ("per_page 0", lambda es: es.trusted_domains.list(per_page=0), "per_page", ">= 1"),
    (
        "bad filter enum",
        lambda es: es.domains.list(allowed_delivery_mode="FAX"),
        "allowed_delivery_mode",
        "one of",
    ),
    ("empty account", lambda es: es.allow_policies.get(1, account_id=""), "account_id", "must not be empty"),
    ("slash in account", lambda es: es.allow_policies.get(1, account_id="a/b"), "account_id", "must match"),
    (
        "batch entry missing a field",
        lambda es: es.allow_policies.batch(posts=[{"pattern": "a@b.c"}]),
        "posts[0].",
        "is required",
    ),
    (
        "batch entry with an unknown field",
        lambda es: es.block_senders.batch(deletes=[{"id": 1, "idd": 2}]),
        "deletes[0].idd",
        "not a field",
    ),
    ("batch entry invalid", lambda es: es.trusted_domains.batch(deletes=[0]), "deletes[0].id", ">= 1"),
    (
        "batch of 1001",
        lambda es: es.sending_domain_restrictions.batch(deletes=list(range(1, 1002))),
        "deletes",
        "at most 1000",
    ),
    ("bulk delete of nothing", lambda es: es.domains.bulk_delete(domains=[]), "domains", "at least 1"),
    (
        "missing required update field",
        lambda es: es.domains.update(1, ip_restrictions=None),
        "ip_restrictions",
        "None",
    ),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(
    ("call", "field", "rule"), [case[1:] for case in BAD_CALLS], ids=[c[0] for c in BAD_CALLS]
)
def test_bad_input_raises_naming_field_and_rule_and_sends_nothing(
    call: Callable[[EmailSecurity], object], field: str, rule: str
) -> None:
    recorder = Recorder()
    with pytest.raises(ValidationError) as caught:
        call(client(recorder))
    assert field in caught.value.field
    assert rule in caught.value.rule
    assert isinstance(caught.value, ValueError)
    assert recorder.requests == []


def test_the_same_calls_with_good_input_are_sent() -> None:
    """The control for the table above: valid neighbours of those calls do reach the transport."""
    recorder = Recorder()
    es = client(recorder)
    es.allow_policies.create(**{**NEW_POLICY, "pattern": "x" * 1024, "pattern_type": PatternType.IP})
    es.allow_policies.get(1)
    es.allow_policies.update(1, comments="c" * 1024, pattern_type=None)
    assert [request.method for request in recorder.requests] == ["POST", "GET", "PATCH"]


def test_1000_entries_per_batch_array_are_allowed() -> None:
    recorder = Recorder(result={"deletes": [{"id": i} for i in range(1, 1001)]})
    result = client(recorder).sending_domain_restrictions.batch(deletes=list(range(1, 1001)))
    assert len(result.deletes) == 1000
    assert len(recorder.requests) == 1


def test_list_validates_at_call_time_not_first_iteration() -> None:
    recorder = Recorder()
    with pytest.raises(ValidationError):
        client(recorder).allow_policies.list(order="name")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_path_values_are_quoted() -> None:
    recorder = Recorder()
    client(recorder, account_id="acc x%;").allow_policies.get(7)
    assert recorder.requests[0].url.raw_path.startswith(b"/client/v4/accounts/acc%20x%25%3B/")


@pytest.mark.parametrize("account_id", [".", "..", "a/b", "a?b", "a#b"])
def test_account_ids_that_would_leave_the_account_path_are_refused(account_id: str) -> None:
    """httpx normalises `/accounts/../email-security` to `/email-security`: such an id must never be sent."""
    recorder = Recorder()
    with pytest.raises(ValidationError) as caught:
        client(recorder, account_id=account_id).allow_policies.get(7)
    assert caught.value.field == "account_id"
    assert recorder.requests == []


def test_unknown_fields_are_kept_and_unknown_enum_values_stay_strings() -> None:
    recorder = Recorder(result={**POLICY, "pattern_type": "PHONE_NUMBER", "risk_score": 0.7})
    policy = client(recorder).allow_policies.get(7)
    assert policy.pattern_type == "PHONE_NUMBER"
    assert not isinstance(policy.pattern_type, PatternType)
    assert policy.additional_properties == {"risk_score": 0.7}
    assert policy.to_dict()["risk_score"] == 0.7


def test_known_values_are_typed() -> None:
    policy = client(Recorder()).allow_policies.get(7)
    assert isinstance(policy, AllowPolicy)
    assert policy.pattern_type is PatternType.EMAIL
    assert policy.created_at == datetime.datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert policy.last_modified == datetime.datetime(2024, 5, 2, 11, 30, 0, 500000, tzinfo=UTC)
    assert policy.comments is None


def test_nulls_where_the_spec_allows_them() -> None:
    domain: dict[str, Any] = {
        "id": 3,
        "domain": "example.com",
        "allowed_delivery_modes": ["API", "SMTP_NEW"],
        "drop_dispositions": ["SPAM"],
        "ip_restrictions": [],
        "lookback_hops": 2,
        "regions": ["GLOBAL"],
        "transport": "example.mail.protection.outlook.com",
        "created_at": "2024-05-01T10:00:00+00:00",
        "last_modified": "2024-05-01T10:00:00.123456789Z",
        "emails_processed": None,
        "integration_id": None,
        "o365_tenant_id": None,
        "require_tls_inbound": None,
        "folder": None,
    }
    parsed = client(Recorder(result=domain)).domains.get(3)
    assert isinstance(parsed, Domain)
    assert parsed.emails_processed is None and parsed.integration_id is None
    assert parsed.allowed_delivery_modes == ["API", "SMTP_NEW"]
    assert parsed.last_modified.microsecond == 123456


@pytest.mark.parametrize(
    ("result", "field", "problem"),
    [
        ({k: v for k, v in POLICY.items() if k != "pattern"}, "response.result.pattern", "missing"),
        ({**POLICY, "id": "seven"}, "response.result.id", "an integer"),
        ({**POLICY, "id": None}, "response.result.id", "null"),
        ({**POLICY, "created_at": "yesterday"}, "response.result.created_at", "date-time"),
        ({**POLICY, "is_regex": 1}, "response.result.is_regex", "a boolean"),
        ({**POLICY, "is_sender": "yes"}, "response.result.is_sender", "a boolean"),
        ({**POLICY, "comments": 7}, "response.result.comments", "a string"),
        ({**POLICY, "pattern_type": ["EMAIL"]}, "response.result.pattern_type", "PatternType"),
        ("not an object", "response.result", "an object"),
    ],
)
def test_responses_that_break_the_spec_name_the_field(result: Any, field: str, problem: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        client(Recorder(result=result)).allow_policies.get(7)
    assert caught.value.field == field
    assert problem in caught.value.problem


def test_a_bad_item_in_a_list_is_named_by_index() -> None:
    page = [POLICY, {**POLICY, "id": "x"}]
    envelope = {
        "success": True,
        "errors": [],
        "messages": [],
        "result": page,
        "result_info": {"count": 2, "page": 1, "per_page": 100, "total_count": 2},
    }
    es = EmailSecurity(
        api_token="t",
        account_id="a",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json=envelope)),
    )
    with pytest.raises(ResponseValidationError) as caught:
        list(es.allow_policies.list())
    assert caught.value.field == "response.result[1].id"
