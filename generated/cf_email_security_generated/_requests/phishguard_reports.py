"""The phishguard_reports operations: what each sends and how its answer is read.

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
from .._validation import deprecated as _deprecated
from ..types import UNSET, RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    import datetime

    from ..models.phish_guard_report_list_response import PhishGuardReportListResponse
    from ..types import Unset


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    start: datetime.datetime | Unset,
    end: datetime.datetime | Unset,
    from_date: datetime.date | Unset,
    to_date: datetime.date | Unset,
) -> RequestSpec:
    """List PhishGuard reports: the request, its arguments checked against the spec."""

    if from_date is not UNSET:
        _deprecated("from_date is deprecated; use start instead")
    if to_date is not UNSET:
        _deprecated("to_date is deprecated; use end instead")
    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(start, "", "start", _datetime.datetime)
    _check(end, "", "end", _datetime.datetime)
    _check(from_date, "", "from_date", _datetime.date)
    _check(to_date, "", "to_date", _datetime.date)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/phishguard/reports",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("start", start),
                ("end", end),
                ("from_date", from_date),
                ("to_date", to_date),
            ]
        ),
    )


def parse_list(data: Any) -> PhishGuardReportListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.phish_guard_report_list_response import PhishGuardReportListResponse

    return PhishGuardReportListResponse.from_dict(data, "", "response")
