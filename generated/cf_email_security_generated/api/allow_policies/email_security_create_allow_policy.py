"""Create an email allow policy: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/allow_policies
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check, deprecated
from ...models.allow_policy import AllowPolicy
from ...models.allow_policy_response import AllowPolicyResponse
from ...models.create_allow_policy import CreateAllowPolicy
from ...models.pattern_type import PatternType, PatternTypeWritable
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    is_acceptable_sender: bool,
    is_exempt_recipient: bool,
    is_regex: bool,
    is_trusted_sender: bool,
    pattern: str,
    pattern_type: PatternType | PatternTypeWritable,
    verify_sender: bool,
    comments: str | Unset | None = UNSET,
    is_recipient: bool | Unset = UNSET,
    is_sender: bool | Unset = UNSET,
    is_spoof: bool | Unset = UNSET,
) -> RequestSpec:
    """Check the arguments against the spec and prepare the request."""
    if is_recipient is not UNSET:
        deprecated(
            "is_recipient is deprecated since 2025-07-01 (end of life 2026-07-01); use is_exempt_recipient instead"
        )
    if is_sender is not UNSET:
        deprecated(
            "is_sender is deprecated since 2025-07-01 (end of life 2026-07-01); use is_trusted_sender instead"
        )
    if is_spoof is not UNSET:
        deprecated(
            "is_spoof is deprecated since 2025-07-01 (end of life 2026-07-01); use is_acceptable_sender instead"
        )
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
    body = CreateAllowPolicy(
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
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies",
        json=json,
    )


def parse(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    return AllowPolicyResponse.from_dict(data, "", "response").result
