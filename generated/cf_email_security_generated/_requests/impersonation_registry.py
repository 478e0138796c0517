"""The impersonation_registry operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.entry_ref import EntryRef
    from ..models.impersonation_registry_entry import ImpersonationRegistryEntry
    from ..models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create an entry in impersonation registry: the request, its arguments checked against the spec."""
    from ..models.create_impersonation_registry_entry import CreateImpersonationRegistryEntry

    check_account(account_id)
    body = CreateImpersonationRegistryEntry(
        email=a["email"],
        is_email_regex=a["is_email_regex"],
        name=a["name"],
        comments=a["comments"],
        directory_id=a["directory_id"],
        directory_node_id=a["directory_node_id"],
        external_directory_node_id=a["external_directory_node_id"],
        provenance=a["provenance"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry",
        json=json,
    )


def parse_create(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    from ..models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse

    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete an entry from impersonation registry: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["impersonation_registry_id"], "", "impersonation_registry_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(a['impersonation_registry_id'])}",
        gone={"id": a["impersonation_registry_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get an entry in impersonation registry: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["impersonation_registry_id"], "", "impersonation_registry_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(a['impersonation_registry_id'])}",
    )


def parse_get(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    from ..models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse

    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List entries in impersonation registry: the request, its arguments checked against the spec."""
    from ..models.display_name_order import DisplayNameOrder
    from ..models.provenance import Provenance
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", DisplayNameOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["provenance"], "", "provenance", Provenance)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("provenance", a["provenance"]),
            ]
        ),
    )


def parse_list(data: Any) -> ImpersonationRegistryEntryListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse

    return ImpersonationRegistryEntryListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update an entry in impersonation registry: the request, its arguments checked against the spec."""
    from ..models.update_impersonation_registry_entry import UpdateImpersonationRegistryEntry

    check_account(account_id)
    check(a["impersonation_registry_id"], "", "impersonation_registry_id", str, required=True, format="uuid")
    body = UpdateImpersonationRegistryEntry(
        comments=a["comments"],
        directory_id=a["directory_id"],
        directory_node_id=a["directory_node_id"],
        email=a["email"],
        external_directory_node_id=a["external_directory_node_id"],
        is_email_regex=a["is_email_regex"],
        name=a["name"],
        provenance=a["provenance"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry/{path_value(a['impersonation_registry_id'])}",
        json=json,
    )


def parse_update(data: Any) -> ImpersonationRegistryEntry:
    """The envelope's `result`, typed."""
    from ..models.impersonation_registry_entry_response import ImpersonationRegistryEntryResponse

    return ImpersonationRegistryEntryResponse.from_dict(data, "", "response").result
