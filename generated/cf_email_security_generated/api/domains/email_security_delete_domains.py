"""Unprotect multiple email domains: what `DELETE` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/domains
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._serialization import dump, path_value
from ..._validation import check, coerce_models, deprecated
from ...models.deleted_id_list_response import DeletedIdListResponse
from ...models.entry_ref import EntryRef, EntryRefDict
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    domains: Sequence[EntryRef | EntryRefDict | str],
) -> RequestSpec:
    """Check the arguments against the spec and prepare the request."""
    deprecated("domains.bulk_delete() is deprecated; use email_security_batch_domains instead")
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
    items = coerce_models(EntryRef, domains, "domains")
    check(items, "", "domains", list, items=EntryRef, required=True, min_items=1)
    json = dump(items)
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains",
        json=json,
        gone=json,
    )


def parse(data: Any) -> list[EntryRef]:
    """The envelope's `result`, typed."""
    return DeletedIdListResponse.from_dict(data, "", "response").result
