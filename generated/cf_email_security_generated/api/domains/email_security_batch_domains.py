"""Batch domain operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/domains/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.create_domain import CreateDomain, CreateDomainDict
from ...models.domain_batch import DomainBatch
from ...models.domain_batch_response import DomainBatchResponse
from ...models.domain_batch_result import DomainBatchResult
from ...models.domain_patch import DomainPatch, DomainPatchDict
from ...models.domain_put import DomainPut, DomainPutDict
from ...models.entry_ref import EntryRef, EntryRefDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
    patches: Sequence[DomainPatch | DomainPatchDict] = (),
    puts: Sequence[DomainPut | DomainPutDict] = (),
    posts: Sequence[CreateDomain | CreateDomainDict] = (),
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
    body = DomainBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
        patches=coerce_models(DomainPatch, patches, "patches"),
        puts=coerce_models(DomainPut, puts, "puts"),
        posts=coerce_models(CreateDomain, posts, "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/batch",
        json=json,
    )


def parse(data: Any) -> DomainBatchResult:
    """The envelope's `result`, typed."""
    return DomainBatchResponse.from_dict(data, "", "response").result
