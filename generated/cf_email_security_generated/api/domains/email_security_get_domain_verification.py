"""Get domain verification details: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/domains/{domain_id}/verification
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.domain_verification_info import DomainVerificationInfo
from ...models.domain_verification_response import DomainVerificationResponse
from ...types import RequestSpec


def build_request(
    account_id: str,
    domain_id: str,
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
    check(domain_id, "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(domain_id)}/verification",
    )


def parse(data: Any) -> DomainVerificationInfo | None:
    """The envelope's `result`, typed; None when the server answers 204 No Content."""
    if data is None:
        return None
    return DomainVerificationResponse.from_dict(data, "", "response").result
