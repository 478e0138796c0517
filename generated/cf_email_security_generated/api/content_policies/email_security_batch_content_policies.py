"""Batch content policy operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/content_policies/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.content_policy_batch import ContentPolicyBatch
from ...models.content_policy_batch_response import ContentPolicyBatchResponse
from ...models.content_policy_batch_result import ContentPolicyBatchResult
from ...models.content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
from ...models.content_policy_put import ContentPolicyPut, ContentPolicyPutDict
from ...models.create_content_policy import CreateContentPolicy, CreateContentPolicyDict
from ...models.entry_ref import EntryRef, EntryRefDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
    patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict] = (),
    puts: Sequence[ContentPolicyPut | ContentPolicyPutDict] = (),
    posts: Sequence[CreateContentPolicy | CreateContentPolicyDict] = (),
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
    body = ContentPolicyBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
        patches=coerce_models(ContentPolicyPatch, patches, "patches"),
        puts=coerce_models(ContentPolicyPut, puts, "puts"),
        posts=coerce_models(CreateContentPolicy, posts, "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/content_policies/batch",
        json=json,
    )


def parse(data: Any) -> ContentPolicyBatchResult:
    """The envelope's `result`, typed."""
    return ContentPolicyBatchResponse.from_dict(data, "", "response").result
