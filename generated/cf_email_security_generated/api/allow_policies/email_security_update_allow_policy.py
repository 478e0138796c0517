"""Update an email allow policy: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/allow_policies/{policy_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check, deprecated
from ...errors import ValidationError
from ...models.allow_policy import AllowPolicy
from ...models.allow_policy_response import AllowPolicyResponse
from ...models.pattern_type import PatternType, PatternTypeWritable
from ...models.update_allow_policy import UpdateAllowPolicy
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    policy_id: str,
    *,
    comments: str | Unset | None = UNSET,
    is_acceptable_sender: bool | Unset = UNSET,
    is_exempt_recipient: bool | Unset = UNSET,
    is_regex: bool | Unset = UNSET,
    is_trusted_sender: bool | Unset = UNSET,
    pattern: str | Unset = UNSET,
    pattern_type: PatternType | PatternTypeWritable | Unset = UNSET,
    verify_sender: bool | Unset = UNSET,
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
    check(policy_id, "", "policy_id", str, required=True, format="uuid")
    body = UpdateAllowPolicy(
        comments=comments,
        is_acceptable_sender=is_acceptable_sender,
        is_exempt_recipient=is_exempt_recipient,
        is_regex=is_regex,
        is_trusted_sender=is_trusted_sender,
        pattern=pattern,
        pattern_type=pattern_type,
        verify_sender=verify_sender,
        is_recipient=is_recipient,
        is_sender=is_sender,
        is_spoof=is_spoof,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/{path_value(policy_id)}",
        json=json,
    )


def parse(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    return AllowPolicyResponse.from_dict(data, "", "response").result
