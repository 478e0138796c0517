"""Create a sending domain restriction: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/sending_domain_restrictions
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.create_sending_domain_restriction import CreateSendingDomainRestriction
from ...models.sending_domain_restriction import SendingDomainRestriction
from ...models.sending_domain_restriction_response import SendingDomainRestrictionResponse
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    domain: str,
    exclude: list[str],
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
    body = CreateSendingDomainRestriction(
        domain=domain,
        exclude=exclude,
        comments=comments,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions",
        json=json,
    )


def parse(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result
