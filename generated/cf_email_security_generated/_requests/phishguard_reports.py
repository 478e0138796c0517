"""The phishguard_reports operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check, deprecated
from ..types import UNSET, RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.phish_guard_report_list_response import PhishGuardReportListResponse


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List PhishGuard reports: the request, its arguments checked against the spec."""

    if a["from_date"] is not UNSET:
        deprecated("from_date is deprecated; use start instead")
    if a["to_date"] is not UNSET:
        deprecated("to_date is deprecated; use end instead")
    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["start"], "", "start", datetime.datetime)
    check(a["end"], "", "end", datetime.datetime)
    check(a["from_date"], "", "from_date", datetime.date)
    check(a["to_date"], "", "to_date", datetime.date)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/phishguard/reports",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("start", a["start"]),
                ("end", a["end"]),
                ("from_date", a["from_date"]),
                ("to_date", a["to_date"]),
            ]
        ),
    )


def parse_list(data: Any) -> PhishGuardReportListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.phish_guard_report_list_response import PhishGuardReportListResponse

    return PhishGuardReportListResponse.from_dict(data, "", "response")
