"""The phishguard_reports resource: PhishGuard alert reports on the threats found in an account's mail.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.phishguard_reports`
stay cheap.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from .._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_page,
    to_raw_page,
)
from ..types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ..models.phish_guard_report import PhishGuardReport
    from ..models.phish_guard_report_list_response import PhishGuardReportListResponse


class PhishguardReports(SyncResource):
    """PhishGuard alert reports on the threats found in an account's mail."""

    @cached_property
    def with_raw_response(self) -> PhishguardReportsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return PhishguardReportsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[PhishGuardReport, PhishGuardReportListResponse]:
        """List PhishGuard reports.

        Lists PhishGuard alert reports for a time range, a page at a time: the threats detected,
        their disposition and their context.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/phishguard/reports
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            start: The start of the time range; wins over `from_date`.
            end: The end of the time range; wins over `to_date`.
            from_date: Deprecated; use `start`. The first day of the range.
            to_date: Deprecated; use `end`. The last day of the range.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import phishguard_reports as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                start=start,
                end=end,
                from_date=from_date,
                to_date=to_date,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncPhishguardReports(AsyncResource):
    """PhishGuard alert reports on the threats found in an account's mail. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncPhishguardReportsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncPhishguardReportsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[PhishGuardReport, PhishGuardReportListResponse]:
        """List PhishGuard reports.

        Lists PhishGuard alert reports for a time range, a page at a time: the threats detected,
        their disposition and their context.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/phishguard/reports
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            start: The start of the time range; wins over `from_date`.
            end: The end of the time range; wins over `to_date`.
            from_date: Deprecated; use `start`. The first day of the range.
            to_date: Deprecated; use `end`. The last day of the range.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import phishguard_reports as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                start=start,
                end=end,
                from_date=from_date,
                to_date=to_date,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )


class PhishguardReportsWithRawResponse:
    """PhishguardReports's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: PhishguardReports) -> None:
        self.list = to_raw_page(resource.list)


class AsyncPhishguardReportsWithRawResponse:
    """AsyncPhishguardReports's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncPhishguardReports) -> None:
        self.list = async_to_raw_page(resource.list)
