"""The sending_domain_restrictions operations: what each sends and how its answer is read.

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
    from ..models.sending_domain_restriction import SendingDomainRestriction
    from ..models.sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from ..models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch sending domain restriction operations: the request, its arguments checked against the spec."""
    from ..models.entry_ref import EntryRef
    from ..models.sending_domain_restriction_batch import SendingDomainRestrictionBatch

    check_account(account_id)
    body = SendingDomainRestrictionBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions/batch",
        json=json,
    )


def parse_batch(data: Any) -> SendingDomainRestrictionBatchResult:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_batch_response import SendingDomainRestrictionBatchResponse

    return SendingDomainRestrictionBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create a sending domain restriction: the request, its arguments checked against the spec."""
    from ..models.create_sending_domain_restriction import CreateSendingDomainRestriction

    check_account(account_id)
    body = CreateSendingDomainRestriction(
        domain=a["domain"],
        exclude=a["exclude"],
        comments=a["comments"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions",
        json=json,
    )


def parse_create(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_response import SendingDomainRestrictionResponse

    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete a sending domain restriction: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["sending_domain_restriction_id"],
        "",
        "sending_domain_restriction_id",
        str,
        required=True,
        format="uuid",
    )
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions/{path_value(a['sending_domain_restriction_id'])}",
        gone={"id": a["sending_domain_restriction_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get a sending domain restriction: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["sending_domain_restriction_id"],
        "",
        "sending_domain_restriction_id",
        str,
        required=True,
        format="uuid",
    )
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions/{path_value(a['sending_domain_restriction_id'])}",
    )


def parse_get(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_response import SendingDomainRestrictionResponse

    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List sending domain restrictions: the request, its arguments checked against the spec."""
    from ..models.domain_order import DomainOrder
    from ..models.sorting_direction import SortingDirection

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["search"], "", "search", str)
    check(a["order"], "", "order", DomainOrder)
    check(a["direction"], "", "direction", SortingDirection)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("search", a["search"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
            ]
        ),
    )


def parse_list(data: Any) -> SendingDomainRestrictionListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse

    return SendingDomainRestrictionListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update a sending domain restriction: the request, its arguments checked against the spec."""
    from ..models.update_sending_domain_restriction import UpdateSendingDomainRestriction

    check_account(account_id)
    check(
        a["sending_domain_restriction_id"],
        "",
        "sending_domain_restriction_id",
        str,
        required=True,
        format="uuid",
    )
    body = UpdateSendingDomainRestriction(
        comments=a["comments"],
        domain=a["domain"],
        exclude=a["exclude"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions/{path_value(a['sending_domain_restriction_id'])}",
        json=json,
    )


def parse_update(data: Any) -> SendingDomainRestriction:
    """The envelope's `result`, typed."""
    from ..models.sending_domain_restriction_response import SendingDomainRestrictionResponse

    return SendingDomainRestrictionResponse.from_dict(data, "", "response").result
