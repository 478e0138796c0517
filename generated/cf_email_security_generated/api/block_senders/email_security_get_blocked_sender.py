"""Get a blocked email sender: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.blocked_sender import BlockedSender
from ...models.blocked_sender_response import BlockedSenderResponse
from ...types import RequestSpec


def build_request(
    account_id: str,
    pattern_id: str,
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
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/block_senders/{path_value(pattern_id)}",
    )


def parse(data: Any) -> BlockedSender:
    """The envelope's `result`, typed."""
    return BlockedSenderResponse.from_dict(data, "", "response").result
