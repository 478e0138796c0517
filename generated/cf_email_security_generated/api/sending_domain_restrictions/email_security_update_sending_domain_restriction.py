"""Update a sending domain restriction: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...errors import ValidationError
from ...models.sending_domain_restriction import SendingDomainRestriction
from ...models.sending_domain_restriction_response import SendingDomainRestrictionResponse
from ...models.update_sending_domain_restriction import UpdateSendingDomainRestriction
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    sending_domain_restriction_id: str,
    *,
    comments: str | Unset | None = UNSET,
    domain: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
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
    check(
        sending_domain_restriction_id, "", "sending_domain_restriction_id", str, required=True, format="uuid"
    )
    body = UpdateSendingDomainRestriction(
        comments=comments,
        domain=domain,
        exclude=exclude,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions/{path_value(sending_domain_restriction_id)}",
        json=json,
    )


def parse(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result
