"""Create a content policy: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/content_policies
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.content_policy import ContentPolicy
from ...models.content_policy_response import ContentPolicyResponse
from ...models.content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue
from ...models.create_content_policy import CreateContentPolicy
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    enabled: bool,
    name: str,
    pattern: str,
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue],
    notes: str | Unset | None = UNSET,
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
    body = CreateContentPolicy(
        enabled=enabled,
        name=name,
        pattern=pattern,
        targets=targets,
        notes=notes,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies",
        json=json,
    )


def parse(data: Any) -> ContentPolicy:
    """The envelope's `result`, typed."""
    return ContentPolicyResponse.from_dict(data, "", "response").result
