"""Update a blocked email sender: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.blocked_sender import BlockedSender
from ...models.blocked_sender_response import BlockedSenderResponse
from ...models.pattern_type import PatternType, PatternTypeWritable
from ...models.update_blocked_sender import UpdateBlockedSender
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    pattern_id: int,
    *,
    comments: str | Unset | None = UNSET,
    is_regex: bool | Unset | None = UNSET,
    pattern: str | Unset | None = UNSET,
    pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET,
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
    check(pattern_id, "", "pattern_id", int, required=True, minimum=1, maximum=2147483647)
    body = UpdateBlockedSender(
        comments=comments,
        is_regex=is_regex,
        pattern=pattern,
        pattern_type=pattern_type,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/{path_value(pattern_id)}",
        json=json,
    )


def parse(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    return BlockedSenderResponse.from_dict(data, "", "response").result
