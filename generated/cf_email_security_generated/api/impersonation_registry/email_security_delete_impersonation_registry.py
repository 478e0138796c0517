"""Delete an entry from impersonation registry: what `DELETE` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry/{impersonation_registry_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.deleted_id_response import DeletedIdResponse
from ...models.entry_ref import EntryRef
from ...types import RequestSpec


def build_request(
    account_id: str,
    impersonation_registry_id: str,
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
    check(impersonation_registry_id, "", "impersonation_registry_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(impersonation_registry_id)}",
        gone={"id": impersonation_registry_id},
    )


def parse(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    return DeletedIdResponse.from_dict(data, "", "response").result
