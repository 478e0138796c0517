"""The domains operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments, by name and annotated
as the method annotates them, checks them against the spec (the caller may not be type-checked), so
that bad input raises before any I/O, and returns the request (see `_resource.py`). Each function
imports the models it uses when it first runs, so that a call loads only those. What the functions
call is imported under a name starting with `_`, which no argument's name does: no argument hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._serialization import dump as _dump
from .._serialization import path_value as _path_value
from .._serialization import query as _query
from .._validation import check as _check
from .._validation import coerce_models as _coerce_models
from .._validation import deprecated as _deprecated
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..models.create_domain import CreateDomain, CreateDomainDict
    from ..models.delivery_mode import DeliveryMode, DeliveryModeValue
    from ..models.disposition_label import DispositionLabel, DispositionLabelValue
    from ..models.domain import Domain
    from ..models.domain_batch_result import DomainBatchResult
    from ..models.domain_list_response import DomainListResponse
    from ..models.domain_order import DomainOrder, DomainOrderValue
    from ..models.domain_patch import DomainPatch, DomainPatchDict
    from ..models.domain_put import DomainPut, DomainPutDict
    from ..models.domain_status import DomainStatus, DomainStatusValue
    from ..models.domain_verification_info import DomainVerificationInfo
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.region import Region, RegionValue
    from ..models.scannable_folder import ScannableFolder, ScannableFolderValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..types import Unset


def build_batch(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str],
    patches: Sequence[DomainPatch | DomainPatchDict],
    puts: Sequence[DomainPut | DomainPutDict],
    posts: Sequence[CreateDomain | CreateDomainDict],
) -> RequestSpec:
    """Batch domain operations: the request, its arguments checked against the spec."""
    from ..models.create_domain import CreateDomain
    from ..models.domain_batch import DomainBatch
    from ..models.domain_patch import DomainPatch
    from ..models.domain_put import DomainPut
    from ..models.entry_ref import EntryRef

    _check_account(account_id)
    _body = DomainBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
        patches=_coerce_models(DomainPatch, patches, "patches"),
        puts=_coerce_models(DomainPut, puts, "puts"),
        posts=_coerce_models(CreateDomain, posts, "posts"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains/batch",
        json=_json,
    )


def parse_batch(data: Any) -> DomainBatchResult:
    """The envelope's `result`, typed."""
    from ..models.domain_batch_response import DomainBatchResponse

    return DomainBatchResponse.from_dict(data, "", "response").result


def build_bulk_delete(account_id: str, *, domains: Sequence[EntryRef | EntryRefDict | str]) -> RequestSpec:
    """Unprotect multiple email domains: the request, its arguments checked against the spec."""
    from ..models.entry_ref import EntryRef

    _deprecated("domains.bulk_delete() is deprecated; use domains.batch() instead")
    _check_account(account_id)
    _items = _coerce_models(EntryRef, domains, "domains")
    _check(_items, "", "domains", list, items=EntryRef, required=True, min_items=1)
    _json = _dump(_items)
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains",
        json=_json,
        gone=_json,
    )


def parse_bulk_delete(data: Any) -> list[EntryRef]:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_list_response import DeletedIdListResponse

    return DeletedIdListResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str,
    *,
    domain: str,
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue],
    ip_restrictions: list[str],
    drop_dispositions: list[DispositionLabel | DispositionLabelValue],
    regions: list[Region | RegionValue],
    folder: ScannableFolder | ScannableFolderValue | Unset | None,
    integration_id: str | Unset | None,
    lookback_hops: int | Unset | None,
    require_tls_inbound: bool | Unset | None,
    require_tls_outbound: bool | Unset | None,
    transport: str | Unset | None,
) -> RequestSpec:
    """Protect a new email domain: the request, its arguments checked against the spec."""
    from ..models.create_domain import CreateDomain

    _check_account(account_id)
    _body = CreateDomain(
        domain=domain,
        allowed_delivery_modes=allowed_delivery_modes,
        ip_restrictions=ip_restrictions,
        drop_dispositions=drop_dispositions,
        regions=regions,
        folder=folder,
        integration_id=integration_id,
        lookback_hops=lookback_hops,
        require_tls_inbound=require_tls_inbound,
        require_tls_outbound=require_tls_outbound,
        transport=transport,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains",
        json=_json,
    )


def parse_create(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, domain_id: str) -> RequestSpec:
    """Unprotect an email domain: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(domain_id, "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains/{_path_value(domain_id)}",
        gone={"id": domain_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, domain_id: str) -> RequestSpec:
    """Get an email domain: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(domain_id, "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains/{_path_value(domain_id)}",
    )


def parse_get(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result


def build_get_verification(account_id: str, *, domain_id: str) -> RequestSpec:
    """Get domain verification details: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(domain_id, "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains/{_path_value(domain_id)}/verification",
    )


def parse_get_verification(data: Any) -> DomainVerificationInfo | None:
    """The envelope's `result`, typed; None when the server answers 204 No Content."""
    from ..models.domain_verification_response import DomainVerificationResponse

    if data is None:
        return None
    return DomainVerificationResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: DomainOrder | DomainOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset,
    domain: list[str] | Unset,
    active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset,
    integration_id: str | Unset,
    status: DomainStatus | DomainStatusValue | Unset | None,
) -> RequestSpec:
    """List protected email domains: the request, its arguments checked against the spec."""
    from ..models.delivery_mode import DeliveryMode
    from ..models.domain_order import DomainOrder
    from ..models.domain_status import DomainStatus
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", DomainOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(allowed_delivery_mode, "", "allowed_delivery_mode", DeliveryMode)
    _check(domain, "", "domain", list, items=str)
    _check(active_delivery_mode, "", "active_delivery_mode", DeliveryMode)
    _check(integration_id, "", "integration_id", str, format="uuid")
    _check(status, "", "status", DomainStatus, nullable=True)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("allowed_delivery_mode", allowed_delivery_mode),
                ("domain", domain),
                ("active_delivery_mode", active_delivery_mode),
                ("integration_id", integration_id),
                ("status", status),
            ]
        ),
    )


def parse_list(data: Any) -> DomainListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.domain_list_response import DomainListResponse

    return DomainListResponse.from_dict(data, "", "response")


def build_replace(
    account_id: str,
    *,
    domain_id: str,
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue],
    ip_restrictions: list[str],
    drop_dispositions: list[DispositionLabel | DispositionLabelValue],
    regions: list[Region | RegionValue],
    lookback_hops: int | Unset | None,
    folder: ScannableFolder | ScannableFolderValue | Unset | None,
    integration_id: str | Unset | None,
    require_tls_inbound: bool | Unset | None,
    require_tls_outbound: bool | Unset | None,
    transport: str | Unset | None,
) -> RequestSpec:
    """Replace an email domain: the request, its arguments checked against the spec."""
    from ..models.replace_domain import ReplaceDomain

    _check_account(account_id)
    _check(domain_id, "", "domain_id", str, required=True, format="uuid")
    _body = ReplaceDomain(
        allowed_delivery_modes=allowed_delivery_modes,
        ip_restrictions=ip_restrictions,
        drop_dispositions=drop_dispositions,
        regions=regions,
        lookback_hops=lookback_hops,
        folder=folder,
        integration_id=integration_id,
        require_tls_inbound=require_tls_inbound,
        require_tls_outbound=require_tls_outbound,
        transport=transport,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "PUT",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains/{_path_value(domain_id)}",
        json=_json,
    )


def parse_replace(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result


def build_update(
    account_id: str,
    *,
    domain_id: str,
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue] | Unset,
    drop_dispositions: list[DispositionLabel | DispositionLabelValue] | Unset,
    folder: ScannableFolder | ScannableFolderValue | Unset | None,
    integration_id: str | Unset | None,
    ip_restrictions: list[str] | Unset,
    lookback_hops: int | Unset,
    regions: list[Region | RegionValue] | Unset,
    require_tls_inbound: bool | Unset,
    require_tls_outbound: bool | Unset,
    transport: str | Unset,
) -> RequestSpec:
    """Update an email domain: the request, its arguments checked against the spec."""
    from ..models.update_domain import UpdateDomain

    _check_account(account_id)
    _check(domain_id, "", "domain_id", str, required=True, format="uuid")
    _body = UpdateDomain(
        allowed_delivery_modes=allowed_delivery_modes,
        drop_dispositions=drop_dispositions,
        folder=folder,
        integration_id=integration_id,
        ip_restrictions=ip_restrictions,
        lookback_hops=lookback_hops,
        regions=regions,
        require_tls_inbound=require_tls_inbound,
        require_tls_outbound=require_tls_outbound,
        transport=transport,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/domains/{_path_value(domain_id)}",
        json=_json,
    )


def parse_update(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result
