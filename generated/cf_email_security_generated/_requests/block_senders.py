"""The block_senders operations: what each sends and how its answer is read.

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

    from ..models.blocked_sender import BlockedSender
    from ..models.blocked_sender_batch_result import BlockedSenderBatchResult
    from ..models.blocked_sender_list_response import BlockedSenderListResponse
    from ..models.blocked_sender_patch import BlockedSenderPatch, BlockedSenderPatchDict
    from ..models.blocked_sender_put import BlockedSenderPut, BlockedSenderPutDict
    from ..models.create_blocked_sender import CreateBlockedSender, CreateBlockedSenderDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.pattern_order import PatternOrder, PatternOrderValue
    from ..models.pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..types import Unset


def build_batch(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str],
    patches: Sequence[BlockedSenderPatch | BlockedSenderPatchDict],
    puts: Sequence[BlockedSenderPut | BlockedSenderPutDict],
    posts: Sequence[CreateBlockedSender | CreateBlockedSenderDict],
) -> RequestSpec:
    """Batch blocked sender operations: the request, its arguments checked against the spec."""
    from ..models.blocked_sender_batch import BlockedSenderBatch
    from ..models.blocked_sender_patch import BlockedSenderPatch
    from ..models.blocked_sender_put import BlockedSenderPut
    from ..models.create_blocked_sender import CreateBlockedSender
    from ..models.entry_ref import EntryRef

    _check_account(account_id)
    _body = BlockedSenderBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
        patches=_coerce_models(BlockedSenderPatch, patches, "patches"),
        puts=_coerce_models(BlockedSenderPut, puts, "puts"),
        posts=_coerce_models(CreateBlockedSender, posts, "posts"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/block_senders/batch",
        json=_json,
    )


def parse_batch(data: Any) -> BlockedSenderBatchResult:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_batch_response import BlockedSenderBatchResponse

    return BlockedSenderBatchResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str,
    *,
    is_regex: bool,
    pattern: str,
    pattern_type: PatternType | PatternTypeWritable,
    comments: str | Unset | None,
) -> RequestSpec:
    """Create a blocked email sender: the request, its arguments checked against the spec."""
    from ..models.create_blocked_sender import CreateBlockedSender

    _check_account(account_id)
    _body = CreateBlockedSender(
        is_regex=is_regex,
        pattern=pattern,
        pattern_type=pattern_type,
        comments=comments,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/block_senders",
        json=_json,
    )


def parse_create(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_response import BlockedSenderResponse

    return BlockedSenderResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, pattern_id: str) -> RequestSpec:
    """Delete a blocked email sender: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/block_senders/{_path_value(pattern_id)}",
        gone={"id": pattern_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, pattern_id: str) -> RequestSpec:
    """Get a blocked email sender: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/block_senders/{_path_value(pattern_id)}",
    )


def parse_get(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_response import BlockedSenderResponse

    return BlockedSenderResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: PatternOrder | PatternOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    pattern_type: PatternType | PatternTypeValue | Unset,
    pattern: str | Unset,
) -> RequestSpec:
    """List blocked email senders: the request, its arguments checked against the spec."""
    from ..models.pattern_order import PatternOrder
    from ..models.pattern_type import PatternType
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", PatternOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(pattern_type, "", "pattern_type", PatternType)
    _check(pattern, "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/block_senders",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("pattern_type", pattern_type),
                ("pattern", pattern),
            ]
        ),
    )


def parse_list(data: Any) -> BlockedSenderListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.blocked_sender_list_response import BlockedSenderListResponse

    return BlockedSenderListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str,
    *,
    pattern_id: str,
    comments: str | Unset | None,
    is_regex: bool | Unset,
    pattern: str | Unset,
    pattern_type: PatternType | PatternTypeWritable | Unset,
) -> RequestSpec:
    """Update a blocked email sender: the request, its arguments checked against the spec."""
    from ..models.update_blocked_sender import UpdateBlockedSender

    _check_account(account_id)
    _check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    _body = UpdateBlockedSender(
        comments=comments,
        is_regex=is_regex,
        pattern=pattern,
        pattern_type=pattern_type,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/block_senders/{_path_value(pattern_id)}",
        json=_json,
    )


def parse_update(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    from ..models.blocked_sender_response import BlockedSenderResponse

    return BlockedSenderResponse.from_dict(data, "", "response").result
