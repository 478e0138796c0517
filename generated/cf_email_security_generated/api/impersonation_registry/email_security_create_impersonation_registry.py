"""Create an entry in impersonation registry: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check, deprecated
from ...models.create_impersonation_registry_entry import CreateImpersonationRegistryEntry
from ...models.impersonation_registry_entry import ImpersonationRegistryEntry
from ...models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse
from ...models.provenance import Provenance, ProvenanceValue
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    email: str,
    is_email_regex: bool,
    name: str,
    comments: str | Unset | None = UNSET,
    directory_id: int | Unset | None = UNSET,
    directory_node_id: int | Unset | None = UNSET,
    external_directory_node_id: str | Unset | None = UNSET,
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
    body = CreateImpersonationRegistryEntry(
        email=email,
        is_email_regex=is_email_regex,
        name=name,
        comments=comments,
        directory_id=directory_id,
        directory_node_id=directory_node_id,
        external_directory_node_id=external_directory_node_id,
        provenance=provenance,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry",
        json=json,
    )


def parse(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result
