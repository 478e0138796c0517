"""Bad input raises ValidationError before anything is sent; odd responses parse or fail by field name."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import cf_email_security_generated.models as models
from cf_email_security import EmailSecurity, ResponseValidationError, ValidationError
from cf_email_security.models import AllowPolicy, PatternType
from cf_email_security_generated import runtime
from cf_email_security_generated._model import ReadModel
from cf_email_security_generated._parsing import (
    MISSING,
    as_str,
    maybe,
    optional,
    optional_nullable,
    required,
    required_nullable,
)
from cf_email_security_generated.types import UNSET
from support import Factory, IdMaker, Recorder, arguments, assert_matches_wire, client, lookup, ok, page, spec
from support.factory import id_schema_names
from support.spec import python_name

# What the server answers (an allow policy whose last_modified has a fraction of a second, which
# Cloudflare sends and Python 3.10's fromisoformat would refuse), and a valid create body.
POLICY: dict[str, Any] = Factory().entity(
    "allow_policies", comments=None, last_modified="2024-05-02T11:30:00.5Z"
)
NEW_POLICY: dict[str, Any] = Factory().create("allow_policies")


def answering(result: Any = None) -> Recorder:
    """Answers every request with one success envelope (the policy by default)."""
    return Recorder(ok(POLICY if result is None else result), repeat=True)


def mock(recorder: Recorder, account_id: str = "acc123") -> EmailSecurity:
    return client(recorder, account_id=account_id)


BAD_CALLS: list[tuple[Any, ...]] = [  # name, call, field, rule[, mark]
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
        spec.one_of("PatternType"),  # not UNKNOWN: only a server sends it
    ),
    (
        "wrong type",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "is_regex": "yes"}),
        "is_regex",
        "a boolean",
    ),
    (
        "lookback_hops 0",
        lambda es: es.domains.update(IdMaker()(), ip_restrictions=[], lookback_hops=0),
        "lookback_hops",
        ">= 1",
    ),
    (
        "lookback_hops 21",
        lambda es: es.domains.update(IdMaker()(), ip_restrictions=[], lookback_hops=21),
        "lookback_hops",
        "<= 20",
    ),
    ("page 0", lambda es: es.allow_policies.list(page=0), "page", ">= 1"),
    ("per_page 0", lambda es: es.trusted_domains.list(per_page=0), "per_page", ">= 1"),
    (
        "bad filter enum",
        lambda es: es.domains.list(allowed_delivery_mode="FAX"),
        "allowed_delivery_mode",
        "one of",
    ),
    (
        "empty account",
        lambda es: es.allow_policies.get(IdMaker()(), account_id=""),
        "account_id",
        "must not be empty",
    ),
    (
        "slash in account",
        lambda es: es.allow_policies.get(IdMaker()(), account_id="a/b"),
        "account_id",
        "must match",
    ),
    (
        "batch entry missing a field",
        lambda es: es.allow_policies.batch(posts=[{"pattern": "a@b.c"}]),
        "posts[0].is_acceptable_sender",
        "is required",
    ),
    (
        "batch entry with an unknown field",
        lambda es: es.block_senders.batch(deletes=[{"id": IdMaker()(), "idd": 2}]),
        "deletes[0].idd",
        "not a field",
    ),
    (
        "batch of 1001",
        lambda es: es.sending_domain_restrictions.batch(deletes=IdMaker().many(1001)),
        "deletes",
        "at most 1000",
    ),
    (
        "bulk delete of nothing",
        lambda es: es.domains.bulk_delete(domains=[]),
        "domains",
        "at least 1",
        pytest.mark.filterwarnings("ignore::DeprecationWarning"),  # deprecated: its warning is tested apart
    ),
    (
        "missing required update field",
        lambda es: es.domains.update(IdMaker()(), ip_restrictions=None),
        "ip_restrictions",
        "None",
    ),  # type: ignore[arg-type]
    # The form of a pattern by its pattern_type, unless it is a regular expression (the spec's
    # x-sdk-forms), and the IP rules (x-sdk-ip-rules), IPv4-mapped IPv6 forms included.
    (
        "EMAIL pattern that is no address",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "pattern": "ceo", "pattern_type": "EMAIL"}),
        "pattern",
        "must be an email address such as user@example.com (pattern_type EMAIL, is_regex false)",
    ),
    (
        "DOMAIN pattern that is an address",
        lambda es: es.block_senders.create(pattern="a@example.com", pattern_type="DOMAIN", is_regex=False),
        "pattern",
        "must be a domain name such as example.com (pattern_type DOMAIN, is_regex false)",
    ),
    (
        "IP pattern that is no address",
        lambda es: es.block_senders.create(pattern="example.com", pattern_type="IP", is_regex=False),
        "pattern",
        "must be an IPv4 or IPv6 address or CIDR block",
    ),
    (
        "private IP pattern",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "pattern": "10.1.2.3", "pattern_type": "IP"}),
        "pattern",
        "private addresses, and blocks holding one, are refused",
    ),
    (
        "IP block holding a private range",
        lambda es: es.allow_policies.create(**{**NEW_POLICY, "pattern": "8.0.0.0/6", "pattern_type": "IP"}),
        "pattern",
        "private addresses",
    ),
    (
        "IPv4-mapped loopback",
        lambda es: es.block_senders.create(pattern="::ffff:127.0.0.1", pattern_type="IP", is_regex=False),
        "pattern",
        "loopback addresses",
    ),
    (
        "unique-local IPv6",
        lambda es: es.block_senders.create(pattern="fd12:3456::/48", pattern_type="IP", is_regex=False),
        "pattern",
        "unique-local addresses",
    ),
    (
        "unspecified",
        lambda es: es.block_senders.create(pattern="::", pattern_type="IP", is_regex=False),
        "pattern",
        "unspecified",
    ),
    (
        "broadcast",
        lambda es: es.block_senders.create(pattern="255.255.255.255", pattern_type="IP", is_regex=False),
        "pattern",
        "broadcast",
    ),
    (
        "link-local in a batch put",
        lambda es: es.block_senders.batch(
            puts=[{"id": IdMaker()(), "pattern": "169.254.0.9", "pattern_type": "IP", "is_regex": False}]
        ),
        "puts[0].pattern",
        "link-local",
    ),
    (
        "update naming all three",
        lambda es: es.allow_policies.update(
            IdMaker()(), pattern="192.168.0.1", pattern_type="IP", is_regex=False
        ),
        "pattern",
        "private",
    ),
    (
        "blocked-sender batch put that is no full replacement",
        lambda es: es.block_senders.batch(puts=[{"id": IdMaker()(), "comments": "only this"}]),
        "puts[0].is_regex",
        "is required",
    ),
]


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [pytest.param(*case[1:4], marks=case[4:], id=case[0]) for case in BAD_CALLS],
)
def test_bad_input_raises_naming_field_and_rule_and_sends_nothing(
    call: Callable[[EmailSecurity], object], field: str, rule: str
) -> None:
    recorder = answering()
    with pytest.raises(ValidationError) as caught:
        call(mock(recorder))
    assert caught.value.field == field  # the field itself: "id" is also a part of "invalid"
    assert rule in caught.value.rule
    assert isinstance(caught.value, ValueError)
    assert recorder.requests == []


def test_the_same_calls_with_good_input_are_sent() -> None:
    """The control for the table above: valid neighbours of those calls do reach the transport."""
    recorder = answering()
    es = mock(recorder)
    ident = IdMaker()()
    es.allow_policies.create(
        **{**NEW_POLICY, "pattern": "x" * 1024, "pattern_type": PatternType.IP, "is_regex": True}
    )
    es.allow_policies.get(ident)
    es.allow_policies.update(ident, comments="c" * 1024, pattern_type="DOMAIN")
    # The form is checked where the call says all three: a regular expression, or a change that leaves
    # is_regex (or the pattern_type) as stored, is for the server to judge.
    es.allow_policies.update(ident, pattern="^ceo@.*$", pattern_type="EMAIL")
    es.allow_policies.update(ident, pattern="10.0.0.1")
    es.block_senders.create(pattern="::ffff:8.8.8.8", pattern_type="IP", is_regex=False)  # mapped, public
    es.block_senders.create(pattern="2001:db8::/32", pattern_type="IP", is_regex=False)
    es.trusted_domains.create(pattern="partner", is_recent=False, is_regex=False, is_similarity=False)
    methods = [request.method for request in recorder.requests]
    assert methods == ["POST", "GET", "PATCH", "PATCH", "PATCH", "POST", "POST", "POST"]


def _id_cases() -> Iterator[Any]:
    """Every argument that names an entry, with every id the spec's rule for it refuses: the path id of
    each operation, and the first array of ids in each body (a batch's deletes)."""
    doc = spec.load()
    for op in spec.operations():
        if op.path_ids:
            parameter = op.path_ids[0]
            for label, value, rule in IdMaker(schema=parameter["schema"]).refused():
                yield pytest.param(op, "path", value, parameter["name"], rule, id=f"{op.id} {label}")
        properties = spec.merged_object(doc, op.body).get("properties", {}) if op.body else {}
        for name, prop in properties.items():
            items = spec.merged_object(doc, spec.merged_object(doc, prop).get("items", {}))
            ident = items.get("properties", {}).get("id")
            if ident is None or spec.ref_name(ident) not in id_schema_names(doc):
                continue
            for label, value, rule in IdMaker(schema=ident).refused():
                yield pytest.param(op, name, value, f"{name}[0].id", rule, id=f"{op.id} {name} {label}")
            break


@pytest.mark.parametrize(("op", "where", "value", "field", "rule"), list(_id_cases()))
def test_ids_the_spec_refuses_are_refused_naming_the_argument(
    op: spec.Operation, where: str, value: Any, field: str, rule: str
) -> None:
    """The rest of the call is valid (the factory's): only the id is wrong, and nothing is sent."""
    call = arguments(op, Factory(), filters=False, full=False)
    args = list(call.args)
    if where == "path":
        args[0] = value
    else:
        call.kwargs[python_name(where)] = [{"id": value}]
    recorder = answering()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # a deprecated operation warns first
        with pytest.raises(ValidationError) as caught:
            lookup(mock(recorder), op.id)(*args, **call.kwargs)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert recorder.requests == []


def test_the_ids_at_the_edges_of_the_rule_are_sent() -> None:
    """The control for the rows above: the extreme ids the spec allows reach the transport as written."""
    op = next(op for op in spec.operations() if op.path_ids and op.http == "GET")
    edges = IdMaker(schema=op.path_ids[0]["schema"]).edges()
    recorder = answering()
    for ident in edges:
        lookup(mock(recorder), op.id)(ident)
    sent = [request.url.path.rsplit("/", 1)[-1] for request in recorder.requests]
    assert sent == [str(ident) for ident in edges]


def test_1000_entries_per_batch_array_are_allowed() -> None:
    ids = IdMaker().many(1000)
    recorder = answering({"deletes": [{"id": ident} for ident in ids]})
    result = mock(recorder).sending_domain_restrictions.batch(deletes=ids)
    assert len(result.deletes) == 1000
    assert len(recorder.requests) == 1


def test_list_validates_at_call_time_not_first_iteration() -> None:
    recorder = answering()
    with pytest.raises(ValidationError):
        mock(recorder).allow_policies.list(order="name")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_path_values_are_quoted() -> None:
    recorder = answering()
    mock(recorder, account_id="acc x%;").allow_policies.get(IdMaker()())
    assert recorder.requests[0].url.raw_path.startswith(b"/client/v4/accounts/acc%20x%25%3B/")


@pytest.mark.parametrize("account_id", [".", "..", "a/b", "a?b", "a#b"])
def test_account_ids_that_would_leave_the_account_path_are_refused(account_id: str) -> None:
    """httpx normalises `/accounts/../email-security` to `/email-security`: such an id must never be sent."""
    recorder = answering()
    with pytest.raises(ValidationError) as caught:
        mock(recorder, account_id=account_id).allow_policies.get(IdMaker()())
    assert caught.value.field == "account_id"
    assert recorder.requests == []


def test_unknown_fields_are_kept_and_unknown_enum_values_stay_strings() -> None:
    wire = {**POLICY, "pattern_type": "PHONE_NUMBER", "risk_score": 0.7}
    policy = mock(answering(wire)).allow_policies.get(POLICY["id"])
    assert_matches_wire(policy, wire)  # an unknown enum value stays a str, an unknown field is kept
    assert policy.pattern_type == "PHONE_NUMBER"
    assert not isinstance(policy.pattern_type, PatternType)
    assert policy.additional_properties == {"risk_score": 0.7}
    assert policy.to_dict()["risk_score"] == 0.7


def test_known_values_are_typed() -> None:
    policy = mock(answering()).allow_policies.get(POLICY["id"])
    assert isinstance(policy, AllowPolicy)
    assert_matches_wire(policy, POLICY)
    assert policy.last_modified.microsecond == 500000


def test_nulls_where_the_spec_allows_them() -> None:
    domain = Factory().entity(
        "domains",
        allowed_delivery_modes=["API", "SMTP_NEW"],  # a delivery mode the spec does not know yet
        created_at="2024-05-01T10:00:00+00:00",
        last_modified="2024-05-01T10:00:00.123456789Z",  # nanoseconds: kept to the microsecond
        emails_processed=None,
        integration_id=None,
        o365_tenant_id=None,
        require_tls_inbound=None,
        folder=None,
    )
    parsed = mock(answering(domain)).domains.get(domain["id"])
    assert_matches_wire(parsed, domain)
    assert parsed.allowed_delivery_modes[1] == "SMTP_NEW"
    assert parsed.last_modified.microsecond == 123456


@pytest.mark.parametrize(
    ("result", "field", "problem"),
    [
        ({k: v for k, v in POLICY.items() if k != "created_at"}, "response.result.created_at", "missing"),
        ({**POLICY, "id": []}, "response.result.id", "got list"),  # no id format takes a list
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
        mock(answering(result)).allow_policies.get(POLICY["id"])
    assert caught.value.field == field
    assert problem in caught.value.problem


def test_a_bad_item_in_a_list_is_named_by_index() -> None:
    es = mock(Recorder(httpx.Response(200, json=page([POLICY, {**POLICY, "id": []}]))))
    with pytest.raises(ResponseValidationError) as caught:
        list(es.allow_policies.list())
    assert caught.value.field == "response.result[1].id"


def test_every_read_model_lists_its_fields_in_its_constructors_order() -> None:
    """A model module's `_KEYS` names its fields in the order of the attrs fields, as its comment says."""
    classes = [getattr(models, name) for name in models.__all__]
    read_models = [cls for cls in classes if isinstance(cls, type) and issubclass(cls, ReadModel)]
    assert len(read_models) > 10
    for cls in read_models:
        keys = vars(sys.modules[cls.__module__])["_KEYS"]
        assert list(keys) == [key for key, _ in runtime.wire_names(cls)], cls


@pytest.mark.parametrize(
    ("rule", "absent", "null"),
    [(maybe, None, None), (optional, UNSET, UNSET), (optional_nullable, UNSET, None)],
)
def test_absent_and_null_read_as_each_rule_says(rule: Any, absent: Any, null: Any) -> None:
    assert rule(MISSING, "response", "x", as_str) is absent
    assert rule(None, "response", "x", as_str) is null
    assert rule("v", "response", "x", as_str) == "v"


@pytest.mark.parametrize(
    ("rule", "null_error"), [(required, "is required but null"), (required_nullable, None)]
)
def test_a_required_field_must_be_there(rule: Any, null_error: str | None) -> None:
    """Absent is an error under both rules; null is one only where the spec does not allow it."""
    with pytest.raises(ResponseValidationError, match="is required but missing") as caught:
        rule(MISSING, "response", "x", as_str)
    assert caught.value.field == "response.x"
    if null_error is None:
        assert rule(None, "response", "x", as_str) is None
    else:
        with pytest.raises(ResponseValidationError, match=null_error):
            rule(None, "response", "x", as_str)
