"""Batch URL ignore pattern operations: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/url_ignore_patterns/batch
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import path_value
from ..._validation import check, coerce_models
from ...models.create_url_ignore_pattern import CreateUrlIgnorePattern, CreateUrlIgnorePatternDict
from ...models.entry_ref import EntryRef, EntryRefDict
from ...models.url_ignore_pattern_batch import UrlIgnorePatternBatch
from ...models.url_ignore_pattern_batch_response import UrlIgnorePatternBatchResponse
from ...models.url_ignore_pattern_batch_result import UrlIgnorePatternBatchResult
from ...models.url_ignore_pattern_patch import UrlIgnorePatternPatch, UrlIgnorePatternPatchDict
from ...models.url_ignore_pattern_put import UrlIgnorePatternPut, UrlIgnorePatternPutDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str] = (),
    patches: Sequence[UrlIgnorePatternPatch | UrlIgnorePatternPatchDict] = (),
    puts: Sequence[UrlIgnorePatternPut | UrlIgnorePatternPutDict] = (),
    posts: Sequence[CreateUrlIgnorePattern | CreateUrlIgnorePatternDict] = (),
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
    body = UrlIgnorePatternBatch(
        deletes=coerce_models(EntryRef, deletes, "deletes"),
        patches=coerce_models(UrlIgnorePatternPatch, patches, "patches"),
        puts=coerce_models(UrlIgnorePatternPut, puts, "puts"),
        posts=coerce_models(CreateUrlIgnorePattern, posts, "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns/batch",
        json=json,
    )


def parse(data: Any) -> UrlIgnorePatternBatchResult:
    """The envelope's `result`, typed."""
    return UrlIgnorePatternBatchResponse.from_dict(data, "", "response").result
