"""The trusted_domains operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check, coerce_models
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.entry_ref import EntryRef
    from ..models.trusted_domain import TrustedDomain
    from ..models.trusted_domain_batch_result import TrustedDomainBatchResult
    from ..models.trusted_domain_list_response import TrustedDomainListResponse


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch trusted domain operations: the request, its arguments checked against the spec."""
    from ..models.create_trusted_domain import CreateTrustedDomain
    from ..models.entry_ref import EntryRef
    from ..models.trusted_domain_batch import TrustedDomainBatch
    from ..models.trusted_domain_patch import TrustedDomainPatch
    from ..models.trusted_domain_put import TrustedDomainPut

    check_account(account_id)
    body = TrustedDomainBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
        patches=coerce_models(TrustedDomainPatch, a["patches"], "patches"),
        puts=coerce_models(TrustedDomainPut, a["puts"], "puts"),
        posts=coerce_models(CreateTrustedDomain, a["posts"], "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains/batch",
        json=json,
    )


def parse_batch(data: Any) -> TrustedDomainBatchResult:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_batch_response import TrustedDomainBatchResponse

    return TrustedDomainBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create a trusted email domain: the request, its arguments checked against the spec."""
    from ..models.create_trusted_domain import CreateTrustedDomain

    check_account(account_id)
    body = CreateTrustedDomain(
        is_recent=a["is_recent"],
        is_regex=a["is_regex"],
        is_similarity=a["is_similarity"],
        pattern=a["pattern"],
        comments=a["comments"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains",
        json=json,
    )


def parse_create(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_response import TrustedDomainResponse

    return TrustedDomainResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete a trusted email domain: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["trusted_domain_id"], "", "trusted_domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains/{path_value(a['trusted_domain_id'])}",
        gone={"id": a["trusted_domain_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get a trusted email domain: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["trusted_domain_id"], "", "trusted_domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains/{path_value(a['trusted_domain_id'])}",
    )


def parse_get(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_response import TrustedDomainResponse

    return TrustedDomainResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List trusted email domains: the request, its arguments checked against the spec."""
    from ..models.pattern_order import PatternOrder
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", PatternOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["is_recent"], "", "is_recent", bool)
    check(a["is_similarity"], "", "is_similarity", bool)
    check(a["pattern"], "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("is_recent", a["is_recent"]),
                ("is_similarity", a["is_similarity"]),
                ("pattern", a["pattern"]),
            ]
        ),
    )


def parse_list(data: Any) -> TrustedDomainListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.trusted_domain_list_response import TrustedDomainListResponse

    return TrustedDomainListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update a trusted email domain: the request, its arguments checked against the spec."""
    from ..models.update_trusted_domain import UpdateTrustedDomain

    check_account(account_id)
    check(a["trusted_domain_id"], "", "trusted_domain_id", str, required=True, format="uuid")
    body = UpdateTrustedDomain(
        comments=a["comments"],
        is_recent=a["is_recent"],
        is_regex=a["is_regex"],
        is_similarity=a["is_similarity"],
        pattern=a["pattern"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains/{path_value(a['trusted_domain_id'])}",
        json=json,
    )


def parse_update(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_response import TrustedDomainResponse

    return TrustedDomainResponse.from_dict(data, "", "response").result
