"""Batch blocked sender operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/block_senders/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.blocked_sender_batch import BlockedSenderBatch
from ...models.blocked_sender_batch_response import BlockedSenderBatchResponse
from ...models.blocked_sender_batch_result import BlockedSenderBatchResult
from ...models.blocked_sender_patch import BlockedSenderPatch, BlockedSenderPatchDict
from ...models.blocked_sender_put import BlockedSenderPut, BlockedSenderPutDict
from ...models.create_blocked_sender import CreateBlockedSender, CreateBlockedSenderDict
from ...models.entry_ref import EntryRef, EntryRefDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
    patches: Sequence[BlockedSenderPatch | BlockedSenderPatchDict] = (),
    puts: Sequence[BlockedSenderPut | BlockedSenderPutDict] = (),
    posts: Sequence[CreateBlockedSender | CreateBlockedSenderDict] = (),
) -> RequestSpec:
    """Check the arguments against the spec and prepare the request."""
    check(
        account_id,
        "",
        "account_id",
        str,
        required=True,
        min_length=1,
        max_length=32,
        pattern="^(?!\\.\\.?$)[^/?#]+$",
    )
    body = BlockedSenderBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
        patches=coerce_models(BlockedSenderPatch, patches, "patches"),
        puts=coerce_models(BlockedSenderPut, puts, "puts"),
        posts=coerce_models(CreateBlockedSender, posts, "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/batch",
        json=json,
    )


def parse(data: Any) -> BlockedSenderBatchResult:
    """The envelope's `result`, typed."""
    return BlockedSenderBatchResponse.from_dict(data, "", "response").result
