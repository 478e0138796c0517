"""The block_senders operations: what each sends and how its answer is read.

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
    from ..models.blocked_sender import BlockedSender
    from ..models.blocked_sender_batch_result import BlockedSenderBatchResult
    from ..models.blocked_sender_list_response import BlockedSenderListResponse
    from ..models.entry_ref import EntryRef


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch blocked sender operations: the request, its arguments checked against the spec."""
    from ..models.blocked_sender_batch import BlockedSenderBatch
    from ..models.blocked_sender_patch import BlockedSenderPatch
    from ..models.blocked_sender_put import BlockedSenderPut
    from ..models.create_blocked_sender import CreateBlockedSender
    from ..models.entry_ref import EntryRef

    check_account(account_id)
    body = BlockedSenderBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
        patches=coerce_models(BlockedSenderPatch, a["patches"], "patches"),
        puts=coerce_models(BlockedSenderPut, a["puts"], "puts"),
        posts=coerce_models(CreateBlockedSender, a["posts"], "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/batch",
        json=json,
    )


def parse_batch(data: Any) -> BlockedSenderBatchResult:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_batch_response import BlockedSenderBatchResponse

    return BlockedSenderBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create a blocked email sender: the request, its arguments checked against the spec."""
    from ..models.create_blocked_sender import CreateBlockedSender

    check_account(account_id)
    body = CreateBlockedSender(
        is_regex=a["is_regex"],
        pattern=a["pattern"],
        pattern_type=a["pattern_type"],
        comments=a["comments"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders",
        json=json,
    )


def parse_create(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_response import BlockedSenderResponse

    return BlockedSenderResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete a blocked email sender: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["pattern_id"], "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/{path_value(a['pattern_id'])}",
        gone={"id": a["pattern_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get a blocked email sender: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["pattern_id"], "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/{path_value(a['pattern_id'])}",
    )


def parse_get(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_response import BlockedSenderResponse

    return BlockedSenderResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List blocked email senders: the request, its arguments checked against the spec."""
    from ..models.pattern_order import PatternOrder
    from ..models.pattern_type import PatternType
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", PatternOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["pattern_type"], "", "pattern_type", PatternType)
    check(a["pattern"], "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("pattern_type", a["pattern_type"]),
                ("pattern", a["pattern"]),
            ]
        ),
    )


def parse_list(data: Any) -> BlockedSenderListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.blocked_sender_list_response import BlockedSenderListResponse

    return BlockedSenderListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update a blocked email sender: the request, its arguments checked against the spec."""
    from ..models.update_blocked_sender import UpdateBlockedSender

    check_account(account_id)
    check(a["pattern_id"], "", "pattern_id", str, required=True, format="uuid")
    body = UpdateBlockedSender(
        comments=a["comments"],
        is_regex=a["is_regex"],
        pattern=a["pattern"],
        pattern_type=a["pattern_type"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/{path_value(a['pattern_id'])}",
        json=json,
    )


def parse_update(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_response import BlockedSenderResponse

    return BlockedSenderResponse.from_dict(data, "", "response").result
