"""The submissions operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments, by name and annotated
as the method annotates them, checks them against the spec (the caller may not be type-checked), so
that bad input raises before any I/O, and returns the request (see `_resource.py`). Each function
imports the models it uses when it first runs, so that a call loads only those. What the functions
call is imported under a name starting with `_`, which no argument's name does: no argument hides it.
"""

from __future__ import annotations

import datetime as _datetime
from typing import TYPE_CHECKING, Any

from .._serialization import path_value as _path_value
from .._serialization import query as _query
from .._validation import check as _check
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    import datetime

    from ..models.disposition import Disposition, DispositionValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..models.submission_list_response import SubmissionListResponse
    from ..models.submission_order import SubmissionOrder, SubmissionOrderValue
    from ..models.submitter_filter import SubmitterFilter, SubmitterFilterValue
    from ..types import Unset


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    query: str | Unset,
    order: SubmissionOrder | SubmissionOrderValue | Unset,
    direction: SortingDirection | SortingDirectionValue | Unset,
    start: datetime.datetime | Unset,
    end: datetime.datetime | Unset,
    submission_id: str | Unset,
    type_: SubmitterFilter | SubmitterFilterValue | Unset,
    status: str | Unset,
    escalated_from_user: bool | Unset,
    original_disposition: Disposition | DispositionValue | Unset,
    requested_disposition: Disposition | DispositionValue | Unset,
    outcome_disposition: Disposition | DispositionValue | Unset,
) -> RequestSpec:
    """List email submissions: the request, its arguments checked against the spec."""
    from ..models.disposition import Disposition
    from ..models.sorting_direction import SortingDirection
    from ..models.submission_order import SubmissionOrder
    from ..models.submitter_filter import SubmitterFilter

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(query, "", "query", str)
    _check(order, "", "order", SubmissionOrder)
    _check(direction, "", "direction", SortingDirection)
    _check(start, "", "start", _datetime.datetime)
    _check(end, "", "end", _datetime.datetime)
    _check(submission_id, "", "submission_id", str)
    _check(type_, "", "type", SubmitterFilter)
    _check(status, "", "status", str)
    _check(escalated_from_user, "", "escalated_from_user", bool)
    _check(original_disposition, "", "original_disposition", Disposition)
    _check(requested_disposition, "", "requested_disposition", Disposition)
    _check(outcome_disposition, "", "outcome_disposition", Disposition)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/submissions",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("query", query),
                ("order", order),
                ("direction", direction),
                ("start", start),
                ("end", end),
                ("submission_id", submission_id),
                ("type", type_),
                ("status", status),
                ("escalated_from_user", escalated_from_user),
                ("original_disposition", original_disposition),
                ("requested_disposition", requested_disposition),
                ("outcome_disposition", outcome_disposition),
            ]
        ),
    )


def parse_list(data: Any) -> SubmissionListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.submission_list_response import SubmissionListResponse

    return SubmissionListResponse.from_dict(data, "", "response")
