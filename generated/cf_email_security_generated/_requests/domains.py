"""The domains operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import dump, path_value, query
from .._validation import check, coerce_models, deprecated
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.domain_batch_result import DomainBatchResult
    from ..models.domain_list_response import DomainListResponse
    from ..models.domain_verification_info import DomainVerificationInfo
    from ..models.entry_ref import EntryRef


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch domain operations: the request, its arguments checked against the spec."""
    from ..models.create_domain import CreateDomain
    from ..models.domain_batch import DomainBatch
    from ..models.domain_patch import DomainPatch
    from ..models.domain_put import DomainPut
    from ..models.entry_ref import EntryRef

    check_account(account_id)
    body = DomainBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
        patches=coerce_models(DomainPatch, a["patches"], "patches"),
        puts=coerce_models(DomainPut, a["puts"], "puts"),
        posts=coerce_models(CreateDomain, a["posts"], "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/batch",
        json=json,
    )


def parse_batch(data: Any) -> DomainBatchResult:
    """The envelope's `result`, typed."""
    from ..models.domain_batch_response import DomainBatchResponse

    return DomainBatchResponse.from_dict(data, "", "response").result


def build_bulk_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Unprotect multiple email domains: the request, its arguments checked against the spec."""
    from ..models.entry_ref import EntryRef

    deprecated("domains.bulk_delete() is deprecated; use domains.batch() instead")
    check_account(account_id)
    items = coerce_models(EntryRef, a["domains"], "domains")
    check(items, "", "domains", list, items=EntryRef, required=True, min_items=1)
    json = dump(items)
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains",
        json=json,
        gone=json,
    )


def parse_bulk_delete(data: Any) -> list[EntryRef]:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_list_response import DeletedIdListResponse

    return DeletedIdListResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Protect a new email domain: the request, its arguments checked against the spec."""
    from ..models.create_domain import CreateDomain

    check_account(account_id)
    body = CreateDomain(
        domain=a["domain"],
        allowed_delivery_modes=a["allowed_delivery_modes"],
        ip_restrictions=a["ip_restrictions"],
        drop_dispositions=a["drop_dispositions"],
        regions=a["regions"],
        folder=a["folder"],
        integration_id=a["integration_id"],
        lookback_hops=a["lookback_hops"],
        require_tls_inbound=a["require_tls_inbound"],
        require_tls_outbound=a["require_tls_outbound"],
        transport=a["transport"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains",
        json=json,
    )


def parse_create(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Unprotect an email domain: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["domain_id"], "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(a['domain_id'])}",
        gone={"id": a["domain_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get an email domain: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["domain_id"], "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(a['domain_id'])}",
    )


def parse_get(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result


def build_get_verification(account_id: str, a: Arguments) -> RequestSpec:
    """Get domain verification details: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["domain_id"], "", "domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(a['domain_id'])}/verification",
    )


def parse_get_verification(data: Any) -> DomainVerificationInfo | None:
    """The envelope's `result`, typed; None when the server answers 204 No Content."""
    from ..models.domain_verification_response import DomainVerificationResponse

    if data is None:
        return None
    return DomainVerificationResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List protected email domains: the request, its arguments checked against the spec."""
    from ..models.delivery_mode import DeliveryMode
    from ..models.domain_order import DomainOrder
    from ..models.domain_status import DomainStatus
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", DomainOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["allowed_delivery_mode"], "", "allowed_delivery_mode", DeliveryMode)
    check(a["domain"], "", "domain", list, items=str)
    check(a["active_delivery_mode"], "", "active_delivery_mode", DeliveryMode)
    check(a["integration_id"], "", "integration_id", str, format="uuid")
    check(a["status"], "", "status", DomainStatus, nullable=True)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("allowed_delivery_mode", a["allowed_delivery_mode"]),
                ("domain", a["domain"]),
                ("active_delivery_mode", a["active_delivery_mode"]),
                ("integration_id", a["integration_id"]),
                ("status", a["status"]),
            ]
        ),
    )


def parse_list(data: Any) -> DomainListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.domain_list_response import DomainListResponse

    return DomainListResponse.from_dict(data, "", "response")


def build_replace(account_id: str, a: Arguments) -> RequestSpec:
    """Replace an email domain: the request, its arguments checked against the spec."""
    from ..models.replace_domain import ReplaceDomain

    check_account(account_id)
    check(a["domain_id"], "", "domain_id", str, required=True, format="uuid")
    body = ReplaceDomain(
        allowed_delivery_modes=a["allowed_delivery_modes"],
        ip_restrictions=a["ip_restrictions"],
        drop_dispositions=a["drop_dispositions"],
        regions=a["regions"],
        lookback_hops=a["lookback_hops"],
        folder=a["folder"],
        integration_id=a["integration_id"],
        require_tls_inbound=a["require_tls_inbound"],
        require_tls_outbound=a["require_tls_outbound"],
        transport=a["transport"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "PUT",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(a['domain_id'])}",
        json=json,
    )


def parse_replace(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update an email domain: the request, its arguments checked against the spec."""
    from ..models.update_domain import UpdateDomain

    check_account(account_id)
    check(a["domain_id"], "", "domain_id", str, required=True, format="uuid")
    body = UpdateDomain(
        allowed_delivery_modes=a["allowed_delivery_modes"],
        drop_dispositions=a["drop_dispositions"],
        folder=a["folder"],
        integration_id=a["integration_id"],
        ip_restrictions=a["ip_restrictions"],
        lookback_hops=a["lookback_hops"],
        regions=a["regions"],
        require_tls_inbound=a["require_tls_inbound"],
        require_tls_outbound=a["require_tls_outbound"],
        transport=a["transport"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(a['domain_id'])}",
        json=json,
    )


def parse_update(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    from ..models.domain_response import DomainResponse

    return DomainResponse.from_dict(data, "", "response").result
