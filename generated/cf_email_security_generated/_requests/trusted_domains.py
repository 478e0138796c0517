"""The trusted_domains operations: what each sends and how its answer is read.

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
from .._validation import coerce_models as _coerce_models
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..models.create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.pattern_order import PatternOrder, PatternOrderValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..models.trusted_domain import TrustedDomain
    from ..models.trusted_domain_batch_result import TrustedDomainBatchResult
    from ..models.trusted_domain_list_response import TrustedDomainListResponse
    from ..models.trusted_domain_patch import TrustedDomainPatch, TrustedDomainPatchDict
    from ..models.trusted_domain_put import TrustedDomainPut, TrustedDomainPutDict
    from ..types import Unset


def build_batch(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str],
    patches: Sequence[TrustedDomainPatch | TrustedDomainPatchDict],
    puts: Sequence[TrustedDomainPut | TrustedDomainPutDict],
    posts: Sequence[CreateTrustedDomain | CreateTrustedDomainDict],
) -> RequestSpec:
    """Batch trusted domain operations: the request, its arguments checked against the spec."""
    from ..models.create_trusted_domain import CreateTrustedDomain
    from ..models.entry_ref import EntryRef
    from ..models.trusted_domain_batch import TrustedDomainBatch
    from ..models.trusted_domain_patch import TrustedDomainPatch
    from ..models.trusted_domain_put import TrustedDomainPut

    _check_account(account_id)
    _body = TrustedDomainBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
        patches=_coerce_models(TrustedDomainPatch, patches, "patches"),
        puts=_coerce_models(TrustedDomainPut, puts, "puts"),
        posts=_coerce_models(CreateTrustedDomain, posts, "posts"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/trusted_domains/batch",
        json=_json,
    )


def parse_batch(data: Any) -> TrustedDomainBatchResult:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_batch_response import TrustedDomainBatchResponse

    return TrustedDomainBatchResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str,
    *,
    is_recent: bool,
    is_regex: bool,
    is_similarity: bool,
    pattern: str,
    comments: str | Unset | None,
) -> RequestSpec:
    """Create a trusted email domain: the request, its arguments checked against the spec."""
    from ..models.create_trusted_domain import CreateTrustedDomain

    _check_account(account_id)
    _body = CreateTrustedDomain(
        is_recent=is_recent,
        is_regex=is_regex,
        is_similarity=is_similarity,
        pattern=pattern,
        comments=comments,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/trusted_domains",
        json=_json,
    )


def parse_create(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_response import TrustedDomainResponse

    return TrustedDomainResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, trusted_domain_id: str) -> RequestSpec:
    """Delete a trusted email domain: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(trusted_domain_id, "", "trusted_domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/trusted_domains/{_path_value(trusted_domain_id)}",
        gone={"id": trusted_domain_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, trusted_domain_id: str) -> RequestSpec:
    """Get a trusted email domain: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(trusted_domain_id, "", "trusted_domain_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/trusted_domains/{_path_value(trusted_domain_id)}",
    )


def parse_get(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_response import TrustedDomainResponse

    return TrustedDomainResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: PatternOrder | PatternOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    is_recent: bool | Unset,
    is_similarity: bool | Unset,
    pattern: str | Unset,
) -> RequestSpec:
    """List trusted email domains: the request, its arguments checked against the spec."""
    from ..models.pattern_order import PatternOrder
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", PatternOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(is_recent, "", "is_recent", bool)
    _check(is_similarity, "", "is_similarity", bool)
    _check(pattern, "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/trusted_domains",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("is_recent", is_recent),
                ("is_similarity", is_similarity),
                ("pattern", pattern),
            ]
        ),
    )


def parse_list(data: Any) -> TrustedDomainListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.trusted_domain_list_response import TrustedDomainListResponse

    return TrustedDomainListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str,
    *,
    trusted_domain_id: str,
    comments: str | Unset | None,
    is_recent: bool | Unset,
    is_regex: bool | Unset,
    is_similarity: bool | Unset,
    pattern: str | Unset,
) -> RequestSpec:
    """Update a trusted email domain: the request, its arguments checked against the spec."""
    from ..models.update_trusted_domain import UpdateTrustedDomain

    _check_account(account_id)
    _check(trusted_domain_id, "", "trusted_domain_id", str, required=True, format="uuid")
    _body = UpdateTrustedDomain(
        comments=comments,
        is_recent=is_recent,
        is_regex=is_regex,
        is_similarity=is_similarity,
        pattern=pattern,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/trusted_domains/{_path_value(trusted_domain_id)}",
        json=_json,
    )


def parse_update(data: Any) -> TrustedDomain:
    """The envelope's `result`, typed."""
    from ..models.trusted_domain_response import TrustedDomainResponse

    return TrustedDomainResponse.from_dict(data, "", "response").result
