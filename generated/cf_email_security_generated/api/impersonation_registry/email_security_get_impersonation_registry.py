"""Get an entry in impersonation registry: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry/{impersonation_registry_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.impersonation_registry_entry import ImpersonationRegistryEntry
from ...models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse
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
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(impersonation_registry_id)}",
    )


def parse(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result
