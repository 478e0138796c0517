"""Update a content policy: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/content_policies/{policy_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...errors import ValidationError
from ...models.content_policy import ContentPolicy
from ...models.content_policy_response import ContentPolicyResponse
from ...models.content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue
from ...models.update_content_policy import UpdateContentPolicy
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    policy_id: str,
    *,
    enabled: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    notes: str | Unset | None = UNSET,
    pattern: str | Unset = UNSET,
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset = UNSET,
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
    check(policy_id, "", "policy_id", str, required=True, format="uuid")
    body = UpdateContentPolicy(
        enabled=enabled,
        name=name,
        notes=notes,
        pattern=pattern,
        targets=targets,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies/{path_value(policy_id)}",
        json=json,
    )


def parse(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    return ContentPolicyResponse.from_dict(data, "", "response").result
