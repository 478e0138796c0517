"""Create an entry in impersonation registry: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.create_display_name import CreateDisplayName
from ...models.display_name import DisplayName
from ...models.display_name_response import DisplayNameResponse
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    email: str,
    is_email_regex: bool,
    name: str,
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
    body = CreateDisplayName(
        email=email,
        is_email_regex=is_email_regex,
        name=name,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry",
        json=json,
    )


def parse(data: Any) -> DisplayName:
    """The envelope's `result`, typed."""
    return DisplayNameResponse.from_dict(data, "", "response").result
