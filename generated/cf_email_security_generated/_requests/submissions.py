"""The submissions operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.submission_list_response import SubmissionListResponse


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List email submissions: the request, its arguments checked against the spec."""
    from ..models.disposition import Disposition
    from ..models.sorting_direction import SortingDirection
    from ..models.submission_order import SubmissionOrder
    from ..models.submitter_filter import SubmitterFilter

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["query"], "", "query", str)
    check(a["order"], "", "order", SubmissionOrder)
    check(a["direction"], "", "direction", SortingDirection)
    check(a["start"], "", "start", datetime.datetime)
    check(a["end"], "", "end", datetime.datetime)
    check(a["submission_id"], "", "submission_id", str)
    check(a["type_"], "", "type", SubmitterFilter)
    check(a["status"], "", "status", str)
    check(a["escalated_from_user"], "", "escalated_from_user", bool)
    check(a["original_disposition"], "", "original_disposition", Disposition)
    check(a["requested_disposition"], "", "requested_disposition", Disposition)
    check(a["outcome_disposition"], "", "outcome_disposition", Disposition)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/submissions",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("query", a["query"]),
                ("order", a["order"]),
                ("direction", a["direction"]),
                ("start", a["start"]),
                ("end", a["end"]),
                ("submission_id", a["submission_id"]),
                ("type", a["type_"]),
                ("status", a["status"]),
                ("escalated_from_user", a["escalated_from_user"]),
                ("original_disposition", a["original_disposition"]),
                ("requested_disposition", a["requested_disposition"]),
                ("outcome_disposition", a["outcome_disposition"]),
            ]
        ),
    )


def parse_list(data: Any) -> SubmissionListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.submission_list_response import SubmissionListResponse

    return SubmissionListResponse.from_dict(data, "", "response")
