"""Create a blocked email sender: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/block_senders
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.blocked_sender import BlockedSender
from ...models.blocked_sender_response import BlockedSenderResponse
from ...models.create_blocked_sender import CreateBlockedSender
from ...models.pattern_type import PatternType, PatternTypeWritable
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    is_regex: bool,
    pattern: str,
    pattern_type: PatternType | PatternTypeWritable,
    comments: str | Unset | None = UNSET,
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
    body = CreateBlockedSender(
        is_regex=is_regex,
        pattern=pattern,
        pattern_type=pattern_type,
        comments=comments,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders",
        json=json,
    )


def parse(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    return BlockedSenderResponse.from_dict(data, "", "response").result
