"""The investigate resource: Processed mail, searched and acted on (previewed, traced, moved, released, reclassified).

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.investigate`
stay cheap.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._cursor_pagination import AsyncCursorPager, SyncCursorPager
from .._pagination import DEFAULT_PER_PAGE
from .._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_cursor_page,
    async_to_raw_response,
    to_raw_cursor_page,
    to_raw_response,
)
from ..types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ..models.delivery_status import DeliveryStatus, DeliveryStatusValue
    from ..models.disposition import Disposition, DispositionValue
    from ..models.expected_disposition import ExpectedDisposition, ExpectedDispositionValue
    from ..models.investigate_message import InvestigateMessage
    from ..models.investigate_message_list_response import InvestigateMessageListResponse
    from ..models.message_action import MessageAction, MessageActionValue
    from ..models.message_detections import MessageDetections
    from ..models.message_preview import MessagePreview
    from ..models.message_trace import MessageTrace
    from ..models.move_destination import MoveDestination, MoveDestinationValue
    from ..models.move_result import MoveResult
    from ..models.raw_message import RawMessage
    from ..models.release_result import ReleaseResult


class Investigate(SyncResource):
    """Processed mail, searched and acted on (previewed, traced, moved, released, reclassified)."""

    @cached_property
    def with_raw_response(self) -> InvestigateWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return InvestigateWithRawResponse(self)

    def get(
        self,
        investigate_id: str,
        *,
        submission: bool | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> InvestigateMessage:
        """Get an email message.

        Gets one message by its id: sender, recipients, verdict, delivery status and whether it is
        quarantined.

        GET /email-security/investigate/{investigate_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            submission: Look the id up among submissions only (true), or among delivered mail only
                (false or left out).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                investigate_id=investigate_id,
                submission=submission,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get_detections(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessageDetections:
        """Get the detections of an email message.

        What Email Security found in a message that has a detection: findings, threat categories,
        attachments, links, headers, sender details and authentication results.

        GET /email-security/investigate/{investigate_id}/detections
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_get_detections(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_detections,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get_preview(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessagePreview:
        """Preview an email message with a detection.

        A screenshot of the body of a message that has a detection, as a base64-encoded PNG. For a
        message without one, use `preview`.

        GET /email-security/investigate/{investigate_id}/preview
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_get_preview(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_preview,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get_raw(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawMessage:
        """Get the raw source of an email message.

        The original source (.eml) of a message that has a detection, as UTF-8 text in `raw`.

        GET /email-security/investigate/{investigate_id}/raw
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_get_raw(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_raw,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get_trace(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessageTrace:
        """Trace an email message.

        The inbound and outbound delivery logs of a message, with what was done to it after delivery
        (moves, retractions): for working out delivery problems.

        GET /email-security/investigate/{investigate_id}/trace
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_get_trace(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_trace,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        per_page: int = DEFAULT_PER_PAGE,
        page: int | Unset = UNSET,
        query: str | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        sender: str | Unset = UNSET,
        recipient: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        message_id: str | Unset = UNSET,
        alert_id: str | Unset = UNSET,
        smtp_helo_ip: str | Unset = UNSET,
        delivery_status: DeliveryStatus | DeliveryStatusValue | Unset = UNSET,
        final_disposition: Disposition | DispositionValue | Unset = UNSET,
        message_action: MessageAction | MessageActionValue | Unset = UNSET,
        detections_only: bool | Unset = UNSET,
        metric: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncCursorPager[InvestigateMessage, InvestigateMessageListResponse]:
        """Search email messages.

        Searches the mail Email Security has processed and lists the matching messages, a page at a
        time, each page naming the cursor of the next. Without `start` and `end` the search covers
        the last 30 days.

        Returns a lazy iterable over every item of every page, one request per page, each page found by the cursor the one before names; `.pages()` yields the pages.

        GET /email-security/investigate
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            cursor: Where to continue; the `cursor` of the previous page's result_info. Leave it out
                for the first page.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            page: Deprecated (end of life 2026-11-01); walk the list with `cursor` instead. At least
                1.
            query: Space-separated terms matched, case-insensitively, against the sender,
                recipients, subject, attachment names and hashes, and message id.
            start: The start of the time range searched; 30 days ago when left out. Not in the
                future.
            end: The end of the time range searched; now when left out.
            sender: Only messages from this email address or domain.
            recipient: Only messages to this email address or domain.
            domain: Only messages that name this domain as the sender's, a recipient's or a link's.
            subject: Only messages whose subject holds these words, in any order.
            message_id: Only the message with this RFC 5322 Message-ID header.
            alert_id: Only messages of this alert.
            smtp_helo_ip: Only messages whose SMTP HELO server IP address is this one.
            delivery_status: Only messages in this delivery status. One of delivered, moved,
                quarantined, rejected, deferred, bounced, queued, move_failed.
            final_disposition: Only messages with this final disposition. One of MALICIOUS,
                SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            message_action: Only messages on which this action was taken. One of PREVIEW,
                QUARANTINE_RELEASED, MOVED.
            detections_only: Only messages with a detection.
            metric: The metric to aggregate the results by.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        _account = self._account(account_id)
        return self._cursor_pages(
            lambda _cursor: _ops.build_list(
                _account,
                cursor=_cursor,
                per_page=per_page,
                page=page,
                query=query,
                start=start,
                end=end,
                sender=sender,
                recipient=recipient,
                domain=domain,
                subject=subject,
                message_id=message_id,
                alert_id=alert_id,
                smtp_helo_ip=smtp_helo_ip,
                delivery_status=delivery_status,
                final_disposition=final_disposition,
                message_action=message_action,
                detections_only=detections_only,
                metric=metric,
            ),
            _ops.parse_list,
            first_cursor=cursor,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def move(
        self,
        investigate_id: str,
        *,
        destination: MoveDestination | MoveDestinationValue,
        expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[MoveResult]:
        """Move an email message.

        Moves a message to a folder of its recipients' mailboxes; needs an active integration. The
        result lists the outcome of each move made.

        POST /email-security/investigate/{investigate_id}/move
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            destination: A mailbox folder messages can be moved to. One of Inbox, JunkEmail,
                DeletedItems, RecoverableItemsDeletions, RecoverableItemsPurges.
            expected_disposition: Deprecated (end of life 2026-12-01); it has no effect. One of
                MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_move(
                self._account(account_id),
                investigate_id=investigate_id,
                destination=destination,
                expected_disposition=expected_disposition,
            ),
            _ops.parse_move,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def move_many(
        self,
        *,
        ids: builtins.list[str],
        destination: MoveDestination | MoveDestinationValue,
        expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET,
        postfix_ids: builtins.list[str] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[MoveResult]:
        """Move email messages.

        Moves the messages with the given ids to a folder of their recipients' mailboxes; needs an
        active integration. To move every message a search matches, create a bulk job instead.

        POST /email-security/investigate/move
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            ids: The ids of the messages to move.
            destination: A mailbox folder messages can be moved to. One of Inbox, JunkEmail,
                DeletedItems, RecoverableItemsDeletions, RecoverableItemsPurges.
            expected_disposition: Deprecated (end of life 2026-12-01); it has no effect. One of
                MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            postfix_ids: Deprecated (end of life 2026-11-01); use `ids`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_move_many(
                self._account(account_id),
                ids=ids,
                destination=destination,
                expected_disposition=expected_disposition,
                postfix_ids=postfix_ids,
            ),
            _ops.parse_move_many,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def preview(
        self,
        *,
        id: str,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessagePreview:
        """Preview an email message without a detection.

        A screenshot of the body of a message without a detection, as a base64-encoded PNG, rendered
        from the copy in the recipient's mailbox: it needs an active integration, and works only
        while the message is still there. For a message with a detection, use `get_preview`.

        POST /email-security/investigate/preview
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            id: The id of a message as Email Security's investigation knows it. Not empty. Not `.`
                or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_preview(
                self._account(account_id),
                id=id,
            ),
            _ops.parse_preview,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def reclassify(
        self,
        investigate_id: str,
        *,
        expected_disposition: Disposition | DispositionValue,
        eml_content: str | Unset = UNSET,
        escalated_submission_id: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Any | None:
        """Reclassify an email message.

        Deprecated. Asks for a message's disposition to be changed, to report a false positive or a
        false negative, optionally with the message's source for reanalysis. The request is handled
        asynchronously.

        POST /email-security/investigate/{investigate_id}/reclassify
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            expected_disposition: The disposition the message should have. One of MALICIOUS,
                SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            eml_content: The message's .eml source, encoded in base64.
            escalated_submission_id: When reclassifying a user report that was escalated, the id of
                that user's submission.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_reclassify(
                self._account(account_id),
                investigate_id=investigate_id,
                expected_disposition=expected_disposition,
                eml_content=eml_content,
                escalated_submission_id=escalated_submission_id,
            ),
            _ops.parse_reclassify,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def release(
        self,
        *,
        ids: builtins.list[str],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[ReleaseResult]:
        """Release quarantined email messages.

        Delivers the quarantined messages with the given ids to their recipients, for mail
        quarantined by mistake. The result says, per message, which recipients it reached and which
        it did not. To release every message a search matches, create a bulk job instead.

        POST /email-security/investigate/release
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            ids: The ids of the messages to release.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return self._call(
            _ops.build_release(
                self._account(account_id),
                ids=ids,
            ),
            _ops.parse_release,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncInvestigate(AsyncResource):
    """Processed mail, searched and acted on (previewed, traced, moved, released, reclassified). (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncInvestigateWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncInvestigateWithRawResponse(self)

    async def get(
        self,
        investigate_id: str,
        *,
        submission: bool | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> InvestigateMessage:
        """Get an email message.

        Gets one message by its id: sender, recipients, verdict, delivery status and whether it is
        quarantined.

        GET /email-security/investigate/{investigate_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            submission: Look the id up among submissions only (true), or among delivered mail only
                (false or left out).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                investigate_id=investigate_id,
                submission=submission,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get_detections(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessageDetections:
        """Get the detections of an email message.

        What Email Security found in a message that has a detection: findings, threat categories,
        attachments, links, headers, sender details and authentication results.

        GET /email-security/investigate/{investigate_id}/detections
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_get_detections(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_detections,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get_preview(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessagePreview:
        """Preview an email message with a detection.

        A screenshot of the body of a message that has a detection, as a base64-encoded PNG. For a
        message without one, use `preview`.

        GET /email-security/investigate/{investigate_id}/preview
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_get_preview(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_preview,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get_raw(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawMessage:
        """Get the raw source of an email message.

        The original source (.eml) of a message that has a detection, as UTF-8 text in `raw`.

        GET /email-security/investigate/{investigate_id}/raw
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_get_raw(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_raw,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get_trace(
        self,
        investigate_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessageTrace:
        """Trace an email message.

        The inbound and outbound delivery logs of a message, with what was done to it after delivery
        (moves, retractions): for working out delivery problems.

        GET /email-security/investigate/{investigate_id}/trace
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_get_trace(
                self._account(account_id),
                investigate_id=investigate_id,
            ),
            _ops.parse_get_trace,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        per_page: int = DEFAULT_PER_PAGE,
        page: int | Unset = UNSET,
        query: str | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        sender: str | Unset = UNSET,
        recipient: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        message_id: str | Unset = UNSET,
        alert_id: str | Unset = UNSET,
        smtp_helo_ip: str | Unset = UNSET,
        delivery_status: DeliveryStatus | DeliveryStatusValue | Unset = UNSET,
        final_disposition: Disposition | DispositionValue | Unset = UNSET,
        message_action: MessageAction | MessageActionValue | Unset = UNSET,
        detections_only: bool | Unset = UNSET,
        metric: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncCursorPager[InvestigateMessage, InvestigateMessageListResponse]:
        """Search email messages.

        Searches the mail Email Security has processed and lists the matching messages, a page at a
        time, each page naming the cursor of the next. Without `start` and `end` the search covers
        the last 30 days.

        Returns a lazy iterable over every item of every page, one request per page, each page found by the cursor the one before names; `.pages()` yields the pages.

        GET /email-security/investigate
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            cursor: Where to continue; the `cursor` of the previous page's result_info. Leave it out
                for the first page.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            page: Deprecated (end of life 2026-11-01); walk the list with `cursor` instead. At least
                1.
            query: Space-separated terms matched, case-insensitively, against the sender,
                recipients, subject, attachment names and hashes, and message id.
            start: The start of the time range searched; 30 days ago when left out. Not in the
                future.
            end: The end of the time range searched; now when left out.
            sender: Only messages from this email address or domain.
            recipient: Only messages to this email address or domain.
            domain: Only messages that name this domain as the sender's, a recipient's or a link's.
            subject: Only messages whose subject holds these words, in any order.
            message_id: Only the message with this RFC 5322 Message-ID header.
            alert_id: Only messages of this alert.
            smtp_helo_ip: Only messages whose SMTP HELO server IP address is this one.
            delivery_status: Only messages in this delivery status. One of delivered, moved,
                quarantined, rejected, deferred, bounced, queued, move_failed.
            final_disposition: Only messages with this final disposition. One of MALICIOUS,
                SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            message_action: Only messages on which this action was taken. One of PREVIEW,
                QUARANTINE_RELEASED, MOVED.
            detections_only: Only messages with a detection.
            metric: The metric to aggregate the results by.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        _account = self._account(account_id)
        return self._cursor_pages(
            lambda _cursor: _ops.build_list(
                _account,
                cursor=_cursor,
                per_page=per_page,
                page=page,
                query=query,
                start=start,
                end=end,
                sender=sender,
                recipient=recipient,
                domain=domain,
                subject=subject,
                message_id=message_id,
                alert_id=alert_id,
                smtp_helo_ip=smtp_helo_ip,
                delivery_status=delivery_status,
                final_disposition=final_disposition,
                message_action=message_action,
                detections_only=detections_only,
                metric=metric,
            ),
            _ops.parse_list,
            first_cursor=cursor,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def move(
        self,
        investigate_id: str,
        *,
        destination: MoveDestination | MoveDestinationValue,
        expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[MoveResult]:
        """Move an email message.

        Moves a message to a folder of its recipients' mailboxes; needs an active integration. The
        result lists the outcome of each move made.

        POST /email-security/investigate/{investigate_id}/move
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            destination: A mailbox folder messages can be moved to. One of Inbox, JunkEmail,
                DeletedItems, RecoverableItemsDeletions, RecoverableItemsPurges.
            expected_disposition: Deprecated (end of life 2026-12-01); it has no effect. One of
                MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_move(
                self._account(account_id),
                investigate_id=investigate_id,
                destination=destination,
                expected_disposition=expected_disposition,
            ),
            _ops.parse_move,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def move_many(
        self,
        *,
        ids: builtins.list[str],
        destination: MoveDestination | MoveDestinationValue,
        expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET,
        postfix_ids: builtins.list[str] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[MoveResult]:
        """Move email messages.

        Moves the messages with the given ids to a folder of their recipients' mailboxes; needs an
        active integration. To move every message a search matches, create a bulk job instead.

        POST /email-security/investigate/move
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            ids: The ids of the messages to move.
            destination: A mailbox folder messages can be moved to. One of Inbox, JunkEmail,
                DeletedItems, RecoverableItemsDeletions, RecoverableItemsPurges.
            expected_disposition: Deprecated (end of life 2026-12-01); it has no effect. One of
                MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            postfix_ids: Deprecated (end of life 2026-11-01); use `ids`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_move_many(
                self._account(account_id),
                ids=ids,
                destination=destination,
                expected_disposition=expected_disposition,
                postfix_ids=postfix_ids,
            ),
            _ops.parse_move_many,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def preview(
        self,
        *,
        id: str,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MessagePreview:
        """Preview an email message without a detection.

        A screenshot of the body of a message without a detection, as a base64-encoded PNG, rendered
        from the copy in the recipient's mailbox: it needs an active integration, and works only
        while the message is still there. For a message with a detection, use `get_preview`.

        POST /email-security/investigate/preview
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            id: The id of a message as Email Security's investigation knows it. Not empty. Not `.`
                or `..`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_preview(
                self._account(account_id),
                id=id,
            ),
            _ops.parse_preview,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def reclassify(
        self,
        investigate_id: str,
        *,
        expected_disposition: Disposition | DispositionValue,
        eml_content: str | Unset = UNSET,
        escalated_submission_id: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Any | None:
        """Reclassify an email message.

        Deprecated. Asks for a message's disposition to be changed, to report a false positive or a
        false negative, optionally with the message's source for reanalysis. The request is handled
        asynchronously.

        POST /email-security/investigate/{investigate_id}/reclassify
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            investigate_id: The id of the message, as `list` returns it. Not empty. Not `.` or `..`.
            expected_disposition: The disposition the message should have. One of MALICIOUS,
                SUSPICIOUS, SPOOF, SPAM, BULK, NONE.
            eml_content: The message's .eml source, encoded in base64.
            escalated_submission_id: When reclassifying a user report that was escalated, the id of
                that user's submission.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_reclassify(
                self._account(account_id),
                investigate_id=investigate_id,
                expected_disposition=expected_disposition,
                eml_content=eml_content,
                escalated_submission_id=escalated_submission_id,
            ),
            _ops.parse_reclassify,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def release(
        self,
        *,
        ids: builtins.list[str],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[ReleaseResult]:
        """Release quarantined email messages.

        Delivers the quarantined messages with the given ids to their recipients, for mail
        quarantined by mistake. The result says, per message, which recipients it reached and which
        it did not. To release every message a search matches, create a bulk job instead.

        POST /email-security/investigate/release
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            ids: The ids of the messages to release.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import investigate as _ops

        return await self._call(
            _ops.build_release(
                self._account(account_id),
                ids=ids,
            ),
            _ops.parse_release,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class InvestigateWithRawResponse:
    """Investigate's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: Investigate) -> None:
        self.get = to_raw_response(resource.get)
        self.get_detections = to_raw_response(resource.get_detections)
        self.get_preview = to_raw_response(resource.get_preview)
        self.get_raw = to_raw_response(resource.get_raw)
        self.get_trace = to_raw_response(resource.get_trace)
        self.list = to_raw_cursor_page(resource.list)
        self.move = to_raw_response(resource.move)
        self.move_many = to_raw_response(resource.move_many)
        self.preview = to_raw_response(resource.preview)
        self.reclassify = to_raw_response(resource.reclassify)
        self.release = to_raw_response(resource.release)


class AsyncInvestigateWithRawResponse:
    """AsyncInvestigate's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncInvestigate) -> None:
        self.get = async_to_raw_response(resource.get)
        self.get_detections = async_to_raw_response(resource.get_detections)
        self.get_preview = async_to_raw_response(resource.get_preview)
        self.get_raw = async_to_raw_response(resource.get_raw)
        self.get_trace = async_to_raw_response(resource.get_trace)
        self.list = async_to_raw_cursor_page(resource.list)
        self.move = async_to_raw_response(resource.move)
        self.move_many = async_to_raw_response(resource.move_many)
        self.preview = async_to_raw_response(resource.preview)
        self.reclassify = async_to_raw_response(resource.reclassify)
        self.release = async_to_raw_response(resource.release)
