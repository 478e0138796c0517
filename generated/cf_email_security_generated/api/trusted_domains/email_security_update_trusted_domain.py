"""Update a trusted email domain: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/trusted_domains/{trusted_domain_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...errors import ValidationError
from ...models.trusted_domain import TrustedDomain
from ...models.trusted_domain_response import TrustedDomainResponse
from ...models.update_trusted_domain import UpdateTrustedDomain
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    trusted_domain_id: str,
    *,
    comments: str | Unset | None = UNSET,
    is_recent: bool | Unset = UNSET,
    is_regex: bool | Unset = UNSET,
    is_similarity: bool | Unset = UNSET,
    pattern: str | Unset = UNSET,
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
    check(trusted_domain_id, "", "trusted_domain_id", str, required=True, format="uuid")
    body = UpdateTrustedDomain(
        comments=comments,
        is_recent=is_recent,
        is_regex=is_regex,
        is_similarity=is_similarity,
        pattern=pattern,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains/{path_value(trusted_domain_id)}",
        json=json,
    )


def parse(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    return TrustedDomainResponse.from_dict(data, "", "response").result
