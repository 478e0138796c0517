"""Update an email allow policy: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/allow_policies/{policy_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.allow_policy import AllowPolicy
from ...models.allow_policy_response import AllowPolicyResponse
from ...models.pattern_type import PatternType, PatternTypeWritable
from ...models.update_allow_policy import UpdateAllowPolicy
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    policy_id: int,
    *,
    comments: str | Unset | None = UNSET,
    is_acceptable_sender: bool | Unset | None = UNSET,
    is_exempt_recipient: bool | Unset | None = UNSET,
    is_regex: bool | Unset | None = UNSET,
    is_trusted_sender: bool | Unset | None = UNSET,
    pattern: str | Unset | None = UNSET,
    pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET,
    verify_sender: bool | Unset | None = UNSET,
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
    check(policy_id, "", "policy_id", int, required=True, minimum=1, maximum=2147483647)
    body = UpdateAllowPolicy(
        comments=comments,
        is_acceptable_sender=is_acceptable_sender,
        is_exempt_recipient=is_exempt_recipient,
        is_regex=is_regex,
        is_trusted_sender=is_trusted_sender,
        pattern=pattern,
        pattern_type=pattern_type,
        verify_sender=verify_sender,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/{path_value(policy_id)}",
        json=json,
    )


def parse(data: Any) -> AllowPolicy:
    """The envelope's `result`, typed."""
    return AllowPolicyResponse.from_dict(data, "", "response").result
