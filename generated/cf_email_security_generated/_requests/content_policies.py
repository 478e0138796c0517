"""The content_policies operations: what each sends and how its answer is read.

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
    from ..models.content_policy import ContentPolicy
    from ..models.content_policy_batch_result import ContentPolicyBatchResult
    from ..models.content_policy_list_response import ContentPolicyListResponse
    from ..models.entry_ref import EntryRef


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch content policy operations: the request, its arguments checked against the spec."""
    from ..models.content_policy_batch import ContentPolicyBatch
    from ..models.content_policy_patch import ContentPolicyPatch
    from ..models.content_policy_put import ContentPolicyPut
    from ..models.create_content_policy import CreateContentPolicy
    from ..models.entry_ref import EntryRef

    check_account(account_id)
    body = ContentPolicyBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
        patches=coerce_models(ContentPolicyPatch, a["patches"], "patches"),
        puts=coerce_models(ContentPolicyPut, a["puts"], "puts"),
        posts=coerce_models(CreateContentPolicy, a["posts"], "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies/batch",
        json=json,
    )


def parse_batch(data: Any) -> ContentPolicyBatchResult:
    """The envelope's `result`, typed."""
    from ..models.content_policy_batch_response import ContentPolicyBatchResponse

    return ContentPolicyBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create a content policy: the request, its arguments checked against the spec."""
    from ..models.create_content_policy import CreateContentPolicy

    check_account(account_id)
    body = CreateContentPolicy(
        enabled=a["enabled"],
        name=a["name"],
        pattern=a["pattern"],
        targets=a["targets"],
        notes=a["notes"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies",
        json=json,
    )


def parse_create(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    from ..models.content_policy_response import ContentPolicyResponse

    return ContentPolicyResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete a content policy: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["policy_id"], "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies/{path_value(a['policy_id'])}",
        gone={"id": a["policy_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get a content policy: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["policy_id"], "", "policy_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies/{path_value(a['policy_id'])}",
    )


def parse_get(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    from ..models.content_policy_response import ContentPolicyResponse

    return ContentPolicyResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List content policies: the request, its arguments checked against the spec."""
    from ..models.content_policy_order import ContentPolicyOrder
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", ContentPolicyOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["enabled"], "", "enabled", bool)
    check(a["name"], "", "name", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("enabled", a["enabled"]),
                ("name", a["name"]),
            ]
        ),
    )


def parse_list(data: Any) -> ContentPolicyListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.content_policy_list_response import ContentPolicyListResponse

    return ContentPolicyListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update a content policy: the request, its arguments checked against the spec."""
    from ..models.update_content_policy import UpdateContentPolicy

    check_account(account_id)
    check(a["policy_id"], "", "policy_id", str, required=True, format="uuid")
    body = UpdateContentPolicy(
        enabled=a["enabled"],
        name=a["name"],
        notes=a["notes"],
        pattern=a["pattern"],
        targets=a["targets"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies/{path_value(a['policy_id'])}",
        json=json,
    )


def parse_update(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    from ..models.content_policy_response import ContentPolicyResponse

    return ContentPolicyResponse.from_dict(data, "", "response").result
