"""The investigate_bulk resource: Jobs that move or release every message a search matches.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.investigate_bulk`
stay cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from .._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from .._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_page,
    async_to_raw_response,
    to_raw_page,
    to_raw_response,
)
from ..types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    import asyncio
    import threading
    from collections.abc import Callable

    import httpx

    from ..models.bulk_action import BulkAction, BulkActionValue
    from ..models.bulk_job import BulkJob
    from ..models.bulk_job_list_response import BulkJobListResponse
    from ..models.bulk_job_message import BulkJobMessage
    from ..models.bulk_job_message_list_response import BulkJobMessageListResponse
    from ..models.bulk_job_status import BulkJobStatus, BulkJobStatusValue
    from ..models.bulk_message_status import BulkMessageStatus, BulkMessageStatusValue
    from ..models.bulk_search_params import BulkSearchParams, BulkSearchParamsDict
    from ..models.expected_disposition import ExpectedDisposition, ExpectedDispositionValue
    from ..models.job_ref import JobRef
    from ..models.move_destination import MoveDestination, MoveDestinationValue


class InvestigateBulk(SyncResource):
    """Jobs that move or release every message a search matches."""

    @cached_property
    def with_raw_response(self) -> InvestigateBulkWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return InvestigateBulkWithRawResponse(self)

    def cancel(
        self,
        job_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BulkJob:
        """Cancel a bulk email job.

        Cancels a job: the messages it has not handled yet are left alone. The job stays, with
        status CANCELLED, until deleted.

        POST /email-security/investigate/bulk/{job_id}/cancel
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return self._call(
            _ops.build_cancel(
                self._account(account_id),
                job_id=job_id,
            ),
            _ops.parse_cancel,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        action: BulkAction | BulkActionValue,
        search_params: BulkSearchParams | BulkSearchParamsDict,
        destination: MoveDestination | MoveDestinationValue | Unset = UNSET,
        comment: str | Unset | None = UNSET,
        expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BulkJob:
        """Create a bulk email job.

        Starts a job that moves or releases every message a search matches. The job runs in the
        background: `get` shows how far it is, `cancel` stops it. To act on messages whose ids you
        know, use `investigate.move_many` or `investigate.release`.

        POST /email-security/investigate/bulk
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            action: What the job does to every message the search matches. One of MOVE, RELEASE.
            search_params: The search whose matching messages a bulk job acts on; every field is
                optional.
            destination: Where to move the messages; required when the action is MOVE. One of Inbox,
                JunkEmail, DeletedItems, RecoverableItemsDeletions, RecoverableItemsPurges.
            comment: A note on what the job is for.
            expected_disposition: Deprecated (end of life 2026-12-01); it has no effect. One of
                MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                action=action,
                search_params=search_params,
                destination=destination,
                comment=comment,
                expected_disposition=expected_disposition,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        job_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> JobRef:
        """Delete a bulk email job.

        Deletes a job that has ended (COMPLETED, FAILED or CANCELLED): `list` and `get` no longer
        show it. To stop a job that is still running, cancel it. The response carries its id.

        DELETE /email-security/investigate/bulk/{job_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                job_id=job_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        job_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BulkJob:
        """Get a bulk email job.

        Gets a bulk job, with its status and how many messages it has handled, skipped or failed.

        GET /email-security/investigate/bulk/{job_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                job_id=job_id,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        action_type: BulkAction | BulkActionValue | Unset = UNSET,
        status: BulkJobStatus | BulkJobStatusValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[BulkJob, BulkJobListResponse]:
        """List bulk email jobs.

        Lists the account's bulk jobs, a page at a time.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/investigate/bulk
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            action_type: Only jobs that perform this action. One of MOVE, RELEASE.
            status: Only jobs in this status. One of PENDING, DISCOVERING, PROCESSING, COMPLETED,
                FAILED, CANCELLED.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                action_type=action_type,
                status=status,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list_messages(
        self,
        job_id: str,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        status: BulkMessageStatus | BulkMessageStatusValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[BulkJobMessage, BulkJobMessageListResponse]:
        """List the messages of a bulk email job.

        Lists the messages a bulk job acts on and where each one stands, a page at a time.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/investigate/bulk/{job_id}/messages
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            status: Only messages in this status. One of PENDING, PROCESSING, COMPLETED, FAILED,
                CANCELLED, SKIPPED.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list_messages(
                _account,
                job_id=job_id,
                page=_page,
                per_page=per_page,
                status=status,
            ),
            _ops.parse_list_messages,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def wait(
        self,
        job_id: str,
        *,
        interval: float = 1.0,
        max_interval: float = 15.0,
        timeout: float | None = None,
        stop: threading.Event | None = None,
        on_poll: Callable[[BulkJob], object] | None = None,
        account_id: str | None = None,
    ) -> BulkJob:
        """Wait until the job ends: `get` polled now, again after `interval` seconds, then
        after pauses growing 1.5 times each up to `max_interval`.

        Returns the job once its status is one of COMPLETED, CANCELLED; raises
        JobFailedError (its `job` attribute holds it) when it ends FAILED. When `timeout`
        seconds pass or `stop` is set first, raises JobNotFinishedError: the job goes on, nothing is
        cancelled. `on_poll` sees each state polled (a progress bar, a log line).
        """
        from .._waiting import WaitRule, wait_sync

        _rule = WaitRule(
            field="status",
            done=frozenset(["COMPLETED", "FAILED", "CANCELLED"]),
            failed=frozenset(["FAILED"]),
        )
        return wait_sync(
            lambda: self.get(job_id, account_id=account_id),
            _rule,
            interval=interval,
            max_interval=max_interval,
            timeout=timeout,
            stop=stop,
            on_poll=on_poll,
        )


class AsyncInvestigateBulk(AsyncResource):
    """Jobs that move or release every message a search matches. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncInvestigateBulkWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncInvestigateBulkWithRawResponse(self)

    async def cancel(
        self,
        job_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BulkJob:
        """Cancel a bulk email job.

        Cancels a job: the messages it has not handled yet are left alone. The job stays, with
        status CANCELLED, until deleted.

        POST /email-security/investigate/bulk/{job_id}/cancel
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return await self._call(
            _ops.build_cancel(
                self._account(account_id),
                job_id=job_id,
            ),
            _ops.parse_cancel,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        action: BulkAction | BulkActionValue,
        search_params: BulkSearchParams | BulkSearchParamsDict,
        destination: MoveDestination | MoveDestinationValue | Unset = UNSET,
        comment: str | Unset | None = UNSET,
        expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BulkJob:
        """Create a bulk email job.

        Starts a job that moves or releases every message a search matches. The job runs in the
        background: `get` shows how far it is, `cancel` stops it. To act on messages whose ids you
        know, use `investigate.move_many` or `investigate.release`.

        POST /email-security/investigate/bulk
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            action: What the job does to every message the search matches. One of MOVE, RELEASE.
            search_params: The search whose matching messages a bulk job acts on; every field is
                optional.
            destination: Where to move the messages; required when the action is MOVE. One of Inbox,
                JunkEmail, DeletedItems, RecoverableItemsDeletions, RecoverableItemsPurges.
            comment: A note on what the job is for.
            expected_disposition: Deprecated (end of life 2026-12-01); it has no effect. One of
                MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                action=action,
                search_params=search_params,
                destination=destination,
                comment=comment,
                expected_disposition=expected_disposition,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        job_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> JobRef:
        """Delete a bulk email job.

        Deletes a job that has ended (COMPLETED, FAILED or CANCELLED): `list` and `get` no longer
        show it. To stop a job that is still running, cancel it. The response carries its id.

        DELETE /email-security/investigate/bulk/{job_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                job_id=job_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        job_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BulkJob:
        """Get a bulk email job.

        Gets a bulk job, with its status and how many messages it has handled, skipped or failed.

        GET /email-security/investigate/bulk/{job_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                job_id=job_id,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        action_type: BulkAction | BulkActionValue | Unset = UNSET,
        status: BulkJobStatus | BulkJobStatusValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[BulkJob, BulkJobListResponse]:
        """List bulk email jobs.

        Lists the account's bulk jobs, a page at a time.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/investigate/bulk
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            action_type: Only jobs that perform this action. One of MOVE, RELEASE.
            status: Only jobs in this status. One of PENDING, DISCOVERING, PROCESSING, COMPLETED,
                FAILED, CANCELLED.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                action_type=action_type,
                status=status,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list_messages(
        self,
        job_id: str,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        status: BulkMessageStatus | BulkMessageStatusValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[BulkJobMessage, BulkJobMessageListResponse]:
        """List the messages of a bulk email job.

        Lists the messages a bulk job acts on and where each one stands, a page at a time.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/investigate/bulk/{job_id}/messages
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            job_id: The id of the bulk job. Not empty. Not `.` or `..`.
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            status: Only messages in this status. One of PENDING, PROCESSING, COMPLETED, FAILED,
                CANCELLED, SKIPPED.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate_bulk as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list_messages(
                _account,
                job_id=job_id,
                page=_page,
                per_page=per_page,
                status=status,
            ),
            _ops.parse_list_messages,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def wait(
        self,
        job_id: str,
        *,
        interval: float = 1.0,
        max_interval: float = 15.0,
        timeout: float | None = None,
        stop: asyncio.Event | None = None,
        on_poll: Callable[[BulkJob], object] | None = None,
        account_id: str | None = None,
    ) -> BulkJob:
        """Wait until the job ends: `get` polled now, again after `interval` seconds, then
        after pauses growing 1.5 times each up to `max_interval`.

        Returns the job once its status is one of COMPLETED, CANCELLED; raises
        JobFailedError (its `job` attribute holds it) when it ends FAILED. When `timeout`
        seconds pass or `stop` is set first, raises JobNotFinishedError: the job goes on, nothing is
        cancelled. `on_poll` sees each state polled (a progress bar, a log line).
        """
        from .._waiting import WaitRule, wait_async

        _rule = WaitRule(
            field="status",
            done=frozenset(["COMPLETED", "FAILED", "CANCELLED"]),
            failed=frozenset(["FAILED"]),
        )
        return await wait_async(
            lambda: self.get(job_id, account_id=account_id),
            _rule,
            interval=interval,
            max_interval=max_interval,
            timeout=timeout,
            stop=stop,
            on_poll=on_poll,
        )


class InvestigateBulkWithRawResponse:
    """InvestigateBulk's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: InvestigateBulk) -> None:
        self.cancel = to_raw_response(resource.cancel)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.list_messages = to_raw_page(resource.list_messages)


class AsyncInvestigateBulkWithRawResponse:
    """AsyncInvestigateBulk's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncInvestigateBulk) -> None:
        self.cancel = async_to_raw_response(resource.cancel)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.list_messages = async_to_raw_page(resource.list_messages)
