"""Batch trusted domain operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/trusted_domains/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
from ...models.entry_ref import EntryRef, EntryRefDict
from ...models.trusted_domain_batch import TrustedDomainBatch
from ...models.trusted_domain_batch_response import TrustedDomainBatchResponse
from ...models.trusted_domain_batch_result import TrustedDomainBatchResult
from ...models.trusted_domain_patch import TrustedDomainPatch, TrustedDomainPatchDict
from ...models.trusted_domain_put import TrustedDomainPut, TrustedDomainPutDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
    patches: Sequence[TrustedDomainPatch | TrustedDomainPatchDict] = (),
    puts: Sequence[TrustedDomainPut | TrustedDomainPutDict] = (),
    posts: Sequence[CreateTrustedDomain | CreateTrustedDomainDict] = (),
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
    body = TrustedDomainBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
        patches=coerce_models(TrustedDomainPatch, patches, "patches"),
        puts=coerce_models(TrustedDomainPut, puts, "puts"),
        posts=coerce_models(CreateTrustedDomain, posts, "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains/batch",
        json=json,
    )


def parse(data: Any) -> TrustedDomainBatchResult:
    """The envelope's `result`, typed."""
    return TrustedDomainBatchResponse.from_dict(data, "", "response").result
