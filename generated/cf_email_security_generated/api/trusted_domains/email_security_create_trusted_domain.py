"""Create a trusted email domain: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/trusted_domains
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.create_trusted_domain import CreateTrustedDomain
from ...models.trusted_domain import TrustedDomain
from ...models.trusted_domain_response import TrustedDomainResponse
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    is_recent: bool,
    is_regex: bool,
    is_similarity: bool,
    pattern: str,
    comments: str | Unset | None = UNSET,
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
    body = CreateTrustedDomain(
        is_recent=is_recent,
        is_regex=is_regex,
        is_similarity=is_similarity,
        pattern=pattern,
        comments=comments,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains",
        json=json,
    )


def parse(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    return TrustedDomainResponse.from_dict(data, "", "response").result
