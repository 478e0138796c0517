"""The content_policies operations: what each sends and how its answer is read.

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

    from ..models.content_policy import ContentPolicy
    from ..models.content_policy_batch_result import ContentPolicyBatchResult
    from ..models.content_policy_list_response import ContentPolicyListResponse
    from ..models.content_policy_order import ContentPolicyOrder, ContentPolicyOrderValue
    from ..models.content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
    from ..models.content_policy_put import ContentPolicyPut, ContentPolicyPutDict
    from ..models.content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue
    from ..models.create_content_policy import CreateContentPolicy, CreateContentPolicyDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..types import Unset


def build_batch(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str],
    patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict],
    puts: Sequence[ContentPolicyPut | ContentPolicyPutDict],
    posts: Sequence[CreateContentPolicy | CreateContentPolicyDict],
) -> RequestSpec:
    """Batch content policy operations: the request, its arguments checked against the spec."""
    from ..models.content_policy_batch import ContentPolicyBatch
    from ..models.content_policy_patch import ContentPolicyPatch
    from ..models.content_policy_put import ContentPolicyPut
    from ..models.create_content_policy import CreateContentPolicy
    from ..models.entry_ref import EntryRef

    _check_account(account_id)
    _body = ContentPolicyBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
        patches=_coerce_models(ContentPolicyPatch, patches, "patches"),
        puts=_coerce_models(ContentPolicyPut, puts, "puts"),
        posts=_coerce_models(CreateContentPolicy, posts, "posts"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/content_policies/batch",
        json=_json,
    )


def parse_batch(data: Any) -> ContentPolicyBatchResult:
    """The envelope's `result`, typed."""
    from ..models.content_policy_batch_response import ContentPolicyBatchResponse

    return ContentPolicyBatchResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str,
    *,
    enabled: bool,
    name: str,
    pattern: str,
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue],
    notes: str | Unset | None,
) -> RequestSpec:
    """Create a content policy: the request, its arguments checked against the spec."""
    from ..models.create_content_policy import CreateContentPolicy

    _check_account(account_id)
    _body = CreateContentPolicy(
        enabled=enabled,
        name=name,
        pattern=pattern,
        targets=targets,
        notes=notes,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/content_policies",
        json=_json,
    )


def parse_create(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    from ..models.content_policy_response import ContentPolicyResponse

    return ContentPolicyResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, policy_id: str) -> RequestSpec:
    """Delete a content policy: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(policy_id, "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/content_policies/{_path_value(policy_id)}",
        gone={"id": policy_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, policy_id: str) -> RequestSpec:
    """Get a content policy: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(policy_id, "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/content_policies/{_path_value(policy_id)}",
    )


def parse_get(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    from ..models.content_policy_response import ContentPolicyResponse

    return ContentPolicyResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: ContentPolicyOrder | ContentPolicyOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    enabled: bool | Unset,
    name: str | Unset,
) -> RequestSpec:
    """List content policies: the request, its arguments checked against the spec."""
    from ..models.content_policy_order import ContentPolicyOrder
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", ContentPolicyOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(enabled, "", "enabled", bool)
    _check(name, "", "name", str)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/content_policies",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("enabled", enabled),
                ("name", name),
            ]
        ),
    )


def parse_list(data: Any) -> ContentPolicyListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.content_policy_list_response import ContentPolicyListResponse

    return ContentPolicyListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str,
    *,
    policy_id: str,
    enabled: bool | Unset,
    name: str | Unset,
    notes: str | Unset | None,
    pattern: str | Unset,
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset,
) -> RequestSpec:
    """Update a content policy: the request, its arguments checked against the spec."""
    from ..models.update_content_policy import UpdateContentPolicy

    _check_account(account_id)
    _check(policy_id, "", "policy_id", str, required=True, format="uuid")
    _body = UpdateContentPolicy(
        enabled=enabled,
        name=name,
        notes=notes,
        pattern=pattern,
        targets=targets,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/content_policies/{_path_value(policy_id)}",
        json=_json,
    )


def parse_update(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    from ..models.content_policy_response import ContentPolicyResponse

    return ContentPolicyResponse.from_dict(data, "", "response").result
