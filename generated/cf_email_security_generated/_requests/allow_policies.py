"""The allow_policies operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments, by name and annotated
as the method annotates them, checks them against the spec (the caller may not be type-checked), so
that bad input raises before any I/O, and returns the request (see `_resource.py`). Each function
imports the models it uses when it first runs, so that a call loads only those. What the functions
call is imported under a name starting with `_`, which no argument's name does: no argument hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._serialization import path_value as _path_value
from .._serialization import query as _query
from .._validation import check as _check
from .._validation import coerce_models as _coerce_models
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..models.allow_policy import AllowPolicy
    from ..models.allow_policy_batch_result import AllowPolicyBatchResult
    from ..models.allow_policy_list_response import AllowPolicyListResponse
    from ..models.allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
    from ..models.allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
    from ..models.create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.pattern_order import PatternOrder, PatternOrderValue
    from ..models.pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..types import Unset


def build_batch(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str],
    patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict],
    puts: Sequence[AllowPolicyPut | AllowPolicyPutDict],
    posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict],
) -> RequestSpec:
    """Batch allow policy operations: the request, its arguments checked against the spec."""
    from ..models.allow_policy_batch import AllowPolicyBatch
    from ..models.allow_policy_patch import AllowPolicyPatch
    from ..models.allow_policy_put import AllowPolicyPut
    from ..models.create_allow_policy import CreateAllowPolicy
    from ..models.entry_ref import EntryRef

    _check_account(account_id)
    _body = AllowPolicyBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
        patches=_coerce_models(AllowPolicyPatch, patches, "patches"),
        puts=_coerce_models(AllowPolicyPut, puts, "puts"),
        posts=_coerce_models(CreateAllowPolicy, posts, "posts"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/allow_policies/batch",
        json=_json,
    )


def parse_batch(data: Any) -> AllowPolicyBatchResult:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_batch_response import AllowPolicyBatchResponse

    return AllowPolicyBatchResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str,
    *,
    is_acceptable_sender: bool,
    is_exempt_recipient: bool,
    is_regex: bool,
    is_trusted_sender: bool,
    pattern: str,
    pattern_type: PatternType | PatternTypeWritable,
    verify_sender: bool,
    comments: str | Unset | None,
    is_recipient: bool | Unset,
    is_sender: bool | Unset,
    is_spoof: bool | Unset,
) -> RequestSpec:
    """Create an email allow policy: the request, its arguments checked against the spec."""
    from ..models.create_allow_policy import CreateAllowPolicy

    _check_account(account_id)
    _body = CreateAllowPolicy(
        is_acceptable_sender=is_acceptable_sender,
        is_exempt_recipient=is_exempt_recipient,
        is_regex=is_regex,
        is_trusted_sender=is_trusted_sender,
        pattern=pattern,
        pattern_type=pattern_type,
        verify_sender=verify_sender,
        comments=comments,
        is_recipient=is_recipient,
        is_sender=is_sender,
        is_spoof=is_spoof,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/allow_policies",
        json=_json,
    )


def parse_create(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_response import AllowPolicyResponse

    return AllowPolicyResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, policy_id: str) -> RequestSpec:
    """Delete an email allow policy: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(policy_id, "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/allow_policies/{_path_value(policy_id)}",
        gone={"id": policy_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, policy_id: str) -> RequestSpec:
    """Get an email allow policy: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(policy_id, "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/allow_policies/{_path_value(policy_id)}",
    )


def parse_get(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_response import AllowPolicyResponse

    return AllowPolicyResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: PatternOrder | PatternOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    is_exempt_recipient: bool | Unset,
    is_trusted_sender: bool | Unset,
    is_acceptable_sender: bool | Unset,
    verify_sender: bool | Unset,
    pattern_type: PatternType | PatternTypeValue | Unset,
    pattern: str | Unset,
) -> RequestSpec:
    """List email allow policies: the request, its arguments checked against the spec."""
    from ..models.pattern_order import PatternOrder
    from ..models.pattern_type import PatternType
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", PatternOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(is_exempt_recipient, "", "is_exempt_recipient", bool)
    _check(is_trusted_sender, "", "is_trusted_sender", bool)
    _check(is_acceptable_sender, "", "is_acceptable_sender", bool)
    _check(verify_sender, "", "verify_sender", bool)
    _check(pattern_type, "", "pattern_type", PatternType)
    _check(pattern, "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/allow_policies",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("is_exempt_recipient", is_exempt_recipient),
                ("is_trusted_sender", is_trusted_sender),
                ("is_acceptable_sender", is_acceptable_sender),
                ("verify_sender", verify_sender),
                ("pattern_type", pattern_type),
                ("pattern", pattern),
            ]
        ),
    )


def parse_list(data: Any) -> AllowPolicyListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.allow_policy_list_response import AllowPolicyListResponse

    return AllowPolicyListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str,
    *,
    policy_id: str,
    comments: str | Unset | None,
    is_acceptable_sender: bool | Unset,
    is_exempt_recipient: bool | Unset,
    is_regex: bool | Unset,
    is_trusted_sender: bool | Unset,
    pattern: str | Unset,
    pattern_type: PatternType | PatternTypeWritable | Unset,
    verify_sender: bool | Unset,
    is_recipient: bool | Unset,
    is_sender: bool | Unset,
    is_spoof: bool | Unset,
) -> RequestSpec:
    """Update an email allow policy: the request, its arguments checked against the spec."""
    from ..models.update_allow_policy import UpdateAllowPolicy

    _check_account(account_id)
    _check(policy_id, "", "policy_id", str, required=True, format="uuid")
    _body = UpdateAllowPolicy(
        comments=comments,
        is_acceptable_sender=is_acceptable_sender,
        is_exempt_recipient=is_exempt_recipient,
        is_regex=is_regex,
        is_trusted_sender=is_trusted_sender,
        pattern=pattern,
        pattern_type=pattern_type,
        verify_sender=verify_sender,
        is_recipient=is_recipient,
        is_sender=is_sender,
        is_spoof=is_spoof,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/allow_policies/{_path_value(policy_id)}",
        json=_json,
    )


def parse_update(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    from ..models.allow_policy_response import AllowPolicyResponse

    return AllowPolicyResponse.from_dict(data, "", "response").result
