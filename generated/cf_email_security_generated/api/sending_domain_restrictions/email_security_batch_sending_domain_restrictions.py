"""Batch sending domain restriction operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/sending_domain_restrictions/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.entry_ref import EntryRef, EntryRefDict
from ...models.sending_domain_restriction_batch import SendingDomainRestrictionBatch
from ...models.sending_domain_restriction_batch_response import SendingDomainRestrictionBatchResponse
from ...models.sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
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
    body = SendingDomainRestrictionBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions/batch",
        json=json,
    )


def parse(data: Any) -> SendingDomainRestrictionBatchResult:
    """The envelope's `result`, typed."""
    return SendingDomainRestrictionBatchResponse.from_dict(data, "", "response").result
