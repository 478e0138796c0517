"""The impersonation_registry operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments, by name and annotated
as the method annotates them, checks them against the spec (the caller may not be type-checked), so
that bad input raises before any I/O, and returns the request (see `_resource.py`). Each function
imports the models it uses when it first runs, so that a call loads only those. What the functions
call is imported under a name starting with `_`, which no argument's name does: no argument hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._serialization import path_value as _path_value
from .._serialization import query as _query
from .._validation import check as _check
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    from ..models.display_name_order import DisplayNameOrder, DisplayNameOrderValue
    from ..models.entry_ref import EntryRef
    from ..models.impersonation_registry_entry import ImpersonationRegistryEntry
    from ..models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse
    from ..models.provenance import Provenance, ProvenanceValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..types import Unset


def build_create(
    account_id: str,
    *,
    email: str,
    is_email_regex: bool,
    name: str,
    comments: str | Unset | None,
    directory_id: int | Unset | None,
    directory_node_id: int | Unset | None,
    external_directory_node_id: str | Unset | None,
    provenance: Provenance | ProvenanceValue | Unset | None,
) -> RequestSpec:
    """Create an entry in impersonation registry: the request, its arguments checked against the spec."""
    from ..models.create_impersonation_registry_entry import CreateImpersonationRegistryEntry

    _check_account(account_id)
    _body = CreateImpersonationRegistryEntry(
        email=email,
        is_email_regex=is_email_regex,
        name=name,
        comments=comments,
        directory_id=directory_id,
        directory_node_id=directory_node_id,
        external_directory_node_id=external_directory_node_id,
        provenance=provenance,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/impersonation_registry",
        json=_json,
    )


def parse_create(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    from ..models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse

    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, impersonation_registry_id: str) -> RequestSpec:
    """Delete an entry from impersonation registry: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(impersonation_registry_id, "", "impersonation_registry_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/impersonation_registry/{_path_value(impersonation_registry_id)}",
        gone={"id": impersonation_registry_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, impersonation_registry_id: str) -> RequestSpec:
    """Get an entry in impersonation registry: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(impersonation_registry_id, "", "impersonation_registry_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/impersonation_registry/{_path_value(impersonation_registry_id)}",
    )


def parse_get(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    from ..models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse

    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: DisplayNameOrder | DisplayNameOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    provenance: Provenance | ProvenanceValue | Unset,
) -> RequestSpec:
    """List entries in impersonation registry: the request, its arguments checked against the spec."""
    from ..models.display_name_order import DisplayNameOrder
    from ..models.provenance import Provenance
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", DisplayNameOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(provenance, "", "provenance", Provenance)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/impersonation_registry",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("provenance", provenance),
            ]
        ),
    )


def parse_list(data: Any) -> ImpersonationRegistryEntryListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse

    return ImpersonationRegistryEntryListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str,
    *,
    impersonation_registry_id: str,
    comments: str | Unset | None,
    directory_id: int | Unset | None,
    directory_node_id: int | Unset | None,
    email: str | Unset,
    external_directory_node_id: str | Unset | None,
    is_email_regex: bool | Unset,
    name: str | Unset,
    provenance: Provenance | ProvenanceValue | Unset | None,
) -> RequestSpec:
    """Update an entry in impersonation registry: the request, its arguments checked against the spec."""
    from ..models.update_impersonation_registry_entry import UpdateImpersonationRegistryEntry

    _check_account(account_id)
    _check(impersonation_registry_id, "", "impersonation_registry_id", str, required=True, format="uuid")
    _body = UpdateImpersonationRegistryEntry(
        comments=comments,
        directory_id=directory_id,
        directory_node_id=directory_node_id,
        email=email,
        external_directory_node_id=external_directory_node_id,
        is_email_regex=is_email_regex,
        name=name,
        provenance=provenance,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/impersonation_registry/{_path_value(impersonation_registry_id)}",
        json=_json,
    )


def parse_update(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    from ..models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse

    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result
