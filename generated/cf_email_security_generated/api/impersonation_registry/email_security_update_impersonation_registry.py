"""Update an entry in impersonation registry: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry/{impersonation_registry_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check, deprecated
from ...errors import ValidationError
from ...models.impersonation_registry_entry import ImpersonationRegistryEntry
from ...models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse
from ...models.provenance import Provenance, ProvenanceValue
from ...models.update_impersonation_registry_entry import UpdateImpersonationRegistryEntry
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    impersonation_registry_id: str,
    *,
    comments: str | Unset | None = UNSET,
    directory_id: int | Unset | None = UNSET,
    directory_node_id: int | Unset | None = UNSET,
    email: str | Unset = UNSET,
    external_directory_node_id: str | Unset | None = UNSET,
    is_email_regex: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    provenance: Provenance | ProvenanceValue | Unset = UNSET,
) -> RequestSpec:
    """Check the arguments against the spec and prepare the request."""
    if external_directory_node_id is not UNSET:
        deprecated("external_directory_node_id is deprecated")
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
    body = UpdateImpersonationRegistryEntry(
        comments=comments,
        directory_id=directory_id,
        directory_node_id=directory_node_id,
        email=email,
        external_directory_node_id=external_directory_node_id,
        is_email_regex=is_email_regex,
        name=name,
        provenance=provenance,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(impersonation_registry_id)}",
        json=json,
    )


def parse(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result
