"""Update a blocked email sender: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...errors import ValidationError
from ...models.blocked_sender import BlockedSender
from ...models.blocked_sender_response import BlockedSenderResponse
from ...models.pattern_type import PatternType, PatternTypeWritable
from ...models.update_blocked_sender import UpdateBlockedSender
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    pattern_id: str,
    *,
    comments: str | Unset | None = UNSET,
    is_regex: bool | Unset = UNSET,
    pattern: str | Unset = UNSET,
    pattern_type: PatternType | PatternTypeWritable | Unset = UNSET,
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
    check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    body = UpdateBlockedSender(
        comments=comments,
        is_regex=is_regex,
        pattern=pattern,
        pattern_type=pattern_type,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/{path_value(pattern_id)}",
        json=json,
    )


def parse(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    return BlockedSenderResponse.from_dict(data, "", "response").result
