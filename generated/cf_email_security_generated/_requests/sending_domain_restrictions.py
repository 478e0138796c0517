"""The sending_domain_restrictions operations: what each sends and how its answer is read.

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

    from ..models.domain_order import DomainOrder, DomainOrderValue
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.sending_domain_restriction import SendingDomainRestriction
    from ..models.sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from ..models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..types import Unset


def build_batch(account_id: str, *, deletes: Sequence[EntryRef | EntryRefDict | str]) -> RequestSpec:
    """Batch sending domain restriction operations: the request, its arguments checked against the spec."""
    from ..models.entry_ref import EntryRef
    from ..models.sending_domain_restriction_batch import SendingDomainRestrictionBatch

    _check_account(account_id)
    _body = SendingDomainRestrictionBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/sending_domain_restrictions/batch",
        json=_json,
    )


def parse_batch(data: Any) -> SendingDomainRestrictionBatchResult:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_batch_response import SendingDomainRestrictionBatchResponse

    return SendingDomainRestrictionBatchResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str, *, domain: str, exclude: list[str], comments: str | Unset | None
) -> RequestSpec:
    """Create a sending domain restriction: the request, its arguments checked against the spec."""
    from ..models.create_sending_domain_restriction import CreateSendingDomainRestriction

    _check_account(account_id)
    _body = CreateSendingDomainRestriction(
        domain=domain,
        exclude=exclude,
        comments=comments,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/sending_domain_restrictions",
        json=_json,
    )


def parse_create(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_response import SendingDomainRestrictionResponse

    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, sending_domain_restriction_id: str) -> RequestSpec:
    """Delete a sending domain restriction: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(
        sending_domain_restriction_id, "", "sending_domain_restriction_id", str, required=True, format="uuid"
    )
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/sending_domain_restrictions/{_path_value(sending_domain_restriction_id)}",
        gone={"id": sending_domain_restriction_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, sending_domain_restriction_id: str) -> RequestSpec:
    """Get a sending domain restriction: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(
        sending_domain_restriction_id, "", "sending_domain_restriction_id", str, required=True, format="uuid"
    )
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/sending_domain_restrictions/{_path_value(sending_domain_restriction_id)}",
    )


def parse_get(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_response import SendingDomainRestrictionResponse

    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    search: str | Unset,
    order: DomainOrder | DomainOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
) -> RequestSpec:
    """List sending domain restrictions: the request, its arguments checked against the spec."""
    from ..models.domain_order import DomainOrder
    from ..models.sorting_direction import SortingDirection

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(search, "", "search", str)
    _check(order, "", "order", DomainOrder)
    _check(direction, "", "direction", SortingDirection)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/sending_domain_restrictions",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
            ]
        ),
    )


def parse_list(data: Any) -> SendingDomainRestrictionListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse

    return SendingDomainRestrictionListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str,
    *,
    sending_domain_restriction_id: str,
    comments: str | Unset | None,
    domain: str | Unset,
    exclude: list[str] | Unset,
) -> RequestSpec:
    """Update a sending domain restriction: the request, its arguments checked against the spec."""
    from ..models.update_sending_domain_restriction import UpdateSendingDomainRestriction

    _check_account(account_id)
    _check(
        sending_domain_restriction_id, "", "sending_domain_restriction_id", str, required=True, format="uuid"
    )
    _body = UpdateSendingDomainRestriction(
        comments=comments,
        domain=domain,
        exclude=exclude,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/sending_domain_restrictions/{_path_value(sending_domain_restriction_id)}",
        json=_json,
    )


def parse_update(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_response import SendingDomainRestrictionResponse

    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result
