"""Get an entry in impersonation registry: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry/{display_name_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.display_name import DisplayName
from ...models.display_name_response import DisplayNameResponse
from ...types import RequestSpec


def build_request(
    account_id: str,
    display_name_id: int,
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
    check(display_name_id, "", "display_name_id", int, required=True, minimum=1, maximum=2147483647)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(display_name_id)}",
    )


def parse(data: Any) -> DisplayName:
    """The envelope's `result`, typed."""
    return DisplayNameResponse.from_dict(data, "", "response").result
