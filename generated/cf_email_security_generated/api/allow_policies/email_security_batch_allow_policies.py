"""Batch allow policy operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/allow_policies/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.allow_policy_batch import AllowPolicyBatch
from ...models.allow_policy_batch_response import AllowPolicyBatchResponse
from ...models.allow_policy_batch_result import AllowPolicyBatchResult
from ...models.allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
from ...models.allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
from ...models.create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
from ...models.entry_ref import EntryRef, EntryRefDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
    patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
    puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
    posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
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
    body = AllowPolicyBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
        patches=coerce_models(AllowPolicyPatch, patches, "patches"),
        puts=coerce_models(AllowPolicyPut, puts, "puts"),
        posts=coerce_models(CreateAllowPolicy, posts, "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies/batch",
        json=json,
    )


def parse(data: Any) -> AllowPolicyBatchResult:
    """The envelope's `result`, typed."""
    return AllowPolicyBatchResponse.from_dict(data, "", "response").result
