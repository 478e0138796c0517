"""The submissions resource: Requests to reclassify messages, by end users or the security team, and their outcome.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.submissions`
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

    from ..models.disposition import Disposition, DispositionValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..models.submission import Submission
    from ..models.submission_list_response import SubmissionListResponse
    from ..models.submission_order import SubmissionOrder, SubmissionOrderValue
    from ..models.submitter_filter import SubmitterFilter, SubmitterFilterValue


class Submissions(SyncResource):
    """Requests to reclassify messages, by end users or the security team, and their outcome."""

    @cached_property
    def with_raw_response(self) -> SubmissionsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return SubmissionsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        query: str | Unset = UNSET,
        order: SubmissionOrder | SubmissionOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        submission_id: str | Unset = UNSET,
        type_: SubmitterFilter | SubmitterFilterValue | Unset = UNSET,
        status: str | Unset = UNSET,
        escalated_from_user: bool | Unset = UNSET,
        original_disposition: Disposition | DispositionValue | Unset = UNSET,
        requested_disposition: Disposition | DispositionValue | Unset = UNSET,
        outcome_disposition: Disposition | DispositionValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[Submission, SubmissionListResponse]:
        """List email submissions.

        Lists the requests to reclassify messages, made by end users or the security team, with
        their status and outcome, a page at a time. Without `start` and `end` it covers the last 30
        days.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/submissions
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            query: A term to search the submissions for.
            order: The field to sort by. One of submission_id, subject, original_disposition,
                requested_disposition, outcome_disposition, requested_at.
            direction: The sorting direction. One of asc, desc.
            start: The start of the time range; 30 days ago when left out.
            end: The end of the time range; now when left out.
            submission_id: Only the submission with this id.
            type_: Only submissions made by the security team (TEAM) or by end users (USER). One of
                TEAM, USER.
            status: Only submissions in this review status, `escalated`, `reviewed` or `unreviewed`.
            escalated_from_user: Only submissions an end user escalated (true), or only the others
                (false); all when left out.
            original_disposition: Only submissions of messages that had this disposition. One of
                MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            requested_disposition: Only submissions that asked for this disposition. One of
                MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            outcome_disposition: Only submissions whose outcome was this disposition. One of
                MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import submissions as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                query=query,
                order=order,
                direction=direction,
                start=start,
                end=end,
                submission_id=submission_id,
                type_=type_,
                status=status,
                escalated_from_user=escalated_from_user,
                original_disposition=original_disposition,
                requested_disposition=requested_disposition,
                outcome_disposition=outcome_disposition,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncSubmissions(AsyncResource):
    """Requests to reclassify messages, by end users or the security team, and their outcome. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncSubmissionsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncSubmissionsWithRawResponse(self)

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        query: str | Unset = UNSET,
        order: SubmissionOrder | SubmissionOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        submission_id: str | Unset = UNSET,
        type_: SubmitterFilter | SubmitterFilterValue | Unset = UNSET,
        status: str | Unset = UNSET,
        escalated_from_user: bool | Unset = UNSET,
        original_disposition: Disposition | DispositionValue | Unset = UNSET,
        requested_disposition: Disposition | DispositionValue | Unset = UNSET,
        outcome_disposition: Disposition | DispositionValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[Submission, SubmissionListResponse]:
        """List email submissions.

        Lists the requests to reclassify messages, made by end users or the security team, with
        their status and outcome, a page at a time. Without `start` and `end` it covers the last 30
        days.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/submissions
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            query: A term to search the submissions for.
            order: The field to sort by. One of submission_id, subject, original_disposition,
                requested_disposition, outcome_disposition, requested_at.
            direction: The sorting direction. One of asc, desc.
            start: The start of the time range; 30 days ago when left out.
            end: The end of the time range; now when left out.
            submission_id: Only the submission with this id.
            type_: Only submissions made by the security team (TEAM) or by end users (USER). One of
                TEAM, USER.
            status: Only submissions in this review status, `escalated`, `reviewed` or `unreviewed`.
            escalated_from_user: Only submissions an end user escalated (true), or only the others
                (false); all when left out.
            original_disposition: Only submissions of messages that had this disposition. One of
                MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            requested_disposition: Only submissions that asked for this disposition. One of
                MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            outcome_disposition: Only submissions whose outcome was this disposition. One of
                MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import submissions as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                query=query,
                order=order,
                direction=direction,
                start=start,
                end=end,
                submission_id=submission_id,
                type_=type_,
                status=status,
                escalated_from_user=escalated_from_user,
                original_disposition=original_disposition,
                requested_disposition=requested_disposition,
                outcome_disposition=outcome_disposition,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )


class SubmissionsWithRawResponse:
    """Submissions's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: Submissions) -> None:
        self.list = to_raw_page(resource.list)


class AsyncSubmissionsWithRawResponse:
    """AsyncSubmissions's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncSubmissions) -> None:
        self.list = async_to_raw_page(resource.list)
