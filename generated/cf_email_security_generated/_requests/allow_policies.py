"""The allow_policies operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check, coerce_models
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.allow_policy import AllowPolicy
    from ..models.allow_policy_batch_result import AllowPolicyBatchResult
    from ..models.allow_policy_list_response import AllowPolicyListResponse
    from ..models.entry_ref import EntryRef


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch allow policy operations: the request, its arguments checked against the spec."""
    from ..models.allow_policy_batch import AllowPolicyBatch
    from ..models.allow_policy_patch import AllowPolicyPatch
    from ..models.allow_policy_put import AllowPolicyPut
    from ..models.create_allow_policy import CreateAllowPolicy
    from ..models.entry_ref import EntryRef

    check_account(account_id)
    body = AllowPolicyBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
        patches=coerce_models(AllowPolicyPatch, a["patches"], "patches"),
        puts=coerce_models(AllowPolicyPut, a["puts"], "puts"),
        posts=coerce_models(CreateAllowPolicy, a["posts"], "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/batch",
        json=json,
    )


def parse_batch(data: Any) -> AllowPolicyBatchResult:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_batch_response import AllowPolicyBatchResponse

    return AllowPolicyBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create an email allow policy: the request, its arguments checked against the spec."""
    from ..models.create_allow_policy import CreateAllowPolicy

    check_account(account_id)
    body = CreateAllowPolicy(
        is_acceptable_sender=a["is_acceptable_sender"],
        is_exempt_recipient=a["is_exempt_recipient"],
        is_regex=a["is_regex"],
        is_trusted_sender=a["is_trusted_sender"],
        pattern=a["pattern"],
        pattern_type=a["pattern_type"],
        verify_sender=a["verify_sender"],
        comments=a["comments"],
        is_recipient=a["is_recipient"],
        is_sender=a["is_sender"],
        is_spoof=a["is_spoof"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies",
        json=json,
    )


def parse_create(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_response import AllowPolicyResponse

    return AllowPolicyResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete an email allow policy: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["policy_id"], "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/{path_value(a['policy_id'])}",
        gone={"id": a["policy_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get an email allow policy: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["policy_id"], "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/{path_value(a['policy_id'])}",
    )


def parse_get(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_response import AllowPolicyResponse

    return AllowPolicyResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List email allow policies: the request, its arguments checked against the spec."""
    from ..models.pattern_order import PatternOrder
    from ..models.pattern_type import PatternType
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", PatternOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["is_exempt_recipient"], "", "is_exempt_recipient", bool)
    check(a["is_trusted_sender"], "", "is_trusted_sender", bool)
    check(a["is_acceptable_sender"], "", "is_acceptable_sender", bool)
    check(a["verify_sender"], "", "verify_sender", bool)
    check(a["pattern_type"], "", "pattern_type", PatternType)
    check(a["pattern"], "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("is_exempt_recipient", a["is_exempt_recipient"]),
                ("is_trusted_sender", a["is_trusted_sender"]),
                ("is_acceptable_sender", a["is_acceptable_sender"]),
                ("verify_sender", a["verify_sender"]),
                ("pattern_type", a["pattern_type"]),
                ("pattern", a["pattern"]),
            ]
        ),
    )


def parse_list(data: Any) -> AllowPolicyListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.allow_policy_list_response import AllowPolicyListResponse

    return AllowPolicyListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update an email allow policy: the request, its arguments checked against the spec."""
    from ..models.update_allow_policy import UpdateAllowPolicy

    check_account(account_id)
    check(a["policy_id"], "", "policy_id", str, required=True, format="uuid")
    body = UpdateAllowPolicy(
        comments=a["comments"],
        is_acceptable_sender=a["is_acceptable_sender"],
        is_exempt_recipient=a["is_exempt_recipient"],
        is_regex=a["is_regex"],
        is_trusted_sender=a["is_trusted_sender"],
        pattern=a["pattern"],
        pattern_type=a["pattern_type"],
        verify_sender=a["verify_sender"],
        is_recipient=a["is_recipient"],
        is_sender=a["is_sender"],
        is_spoof=a["is_spoof"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/{path_value(a['policy_id'])}",
        json=json,
    )


def parse_update(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_response import AllowPolicyResponse

    return AllowPolicyResponse.from_dict(data, "", "response").result
