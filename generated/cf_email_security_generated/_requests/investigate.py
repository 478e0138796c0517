"""The investigate operations: what each sends and how its answer is read.

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
    from ..types import Unset


def build_get(account_id: str, *, investigate_id: str, submission: bool | Unset) -> RequestSpec:
    """Get an email message: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    _check(submission, "", "submission", bool)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}",
        params=_query(
            [
                ("submission", submission),
            ]
        ),
    )


def parse_get(data: Any) -> InvestigateMessage:
    """The envelope's `result`, typed."""
    from ..models.investigate_message_response import InvestigateMessageResponse

    return InvestigateMessageResponse.from_dict(data, "", "response").result


def build_get_detections(account_id: str, *, investigate_id: str) -> RequestSpec:
    """Get the detections of an email message: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}/detections",
    )


def parse_get_detections(data: Any) -> MessageDetections:
    """The envelope's `result`, typed."""
    from ..models.message_detections_response import MessageDetectionsResponse

    return MessageDetectionsResponse.from_dict(data, "", "response").result


def build_get_preview(account_id: str, *, investigate_id: str) -> RequestSpec:
    """Preview an email message with a detection: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}/preview",
    )


def parse_get_preview(data: Any) -> MessagePreview:
    """The envelope's `result`, typed."""
    from ..models.message_preview_response import MessagePreviewResponse

    return MessagePreviewResponse.from_dict(data, "", "response").result


def build_get_raw(account_id: str, *, investigate_id: str) -> RequestSpec:
    """Get the raw source of an email message: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}/raw",
    )


def parse_get_raw(data: Any) -> RawMessage:
    """The envelope's `result`, typed."""
    from ..models.raw_message_response import RawMessageResponse

    return RawMessageResponse.from_dict(data, "", "response").result


def build_get_trace(account_id: str, *, investigate_id: str) -> RequestSpec:
    """Trace an email message: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}/trace",
    )


def parse_get_trace(data: Any) -> MessageTrace:
    """The envelope's `result`, typed."""
    from ..models.message_trace_response import MessageTraceResponse

    return MessageTraceResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    cursor: str | Unset,
    per_page: int,
    page: int | Unset,
    query: str | Unset,
    start: datetime.datetime | Unset,
    end: datetime.datetime | Unset,
    sender: str | Unset,
    recipient: str | Unset,
    domain: str | Unset,
    subject: str | Unset,
    message_id: str | Unset,
    alert_id: str | Unset,
    smtp_helo_ip: str | Unset,
    delivery_status: DeliveryStatus | DeliveryStatusValue | Unset,
    final_disposition: Disposition | DispositionValue | Unset,
    message_action: MessageAction | MessageActionValue | Unset,
    detections_only: bool | Unset,
    metric: str | Unset,
) -> RequestSpec:
    """Search email messages: the request, its arguments checked against the spec."""
    from ..models.delivery_status import DeliveryStatus
    from ..models.disposition import Disposition
    from ..models.message_action import MessageAction

    if page is not UNSET:
        _deprecated("page is deprecated (end of life 2026-11-01); use cursor instead")
    _check_account(account_id)
    _check(cursor, "", "cursor", str)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(query, "", "query", str)
    _check(start, "", "start", _datetime.datetime)
    _check(end, "", "end", _datetime.datetime)
    _check(sender, "", "sender", str)
    _check(recipient, "", "recipient", str)
    _check(domain, "", "domain", str)
    _check(subject, "", "subject", str)
    _check(message_id, "", "message_id", str)
    _check(alert_id, "", "alert_id", str)
    _check(smtp_helo_ip, "", "smtp_helo_ip", str)
    _check(delivery_status, "", "delivery_status", DeliveryStatus)
    _check(final_disposition, "", "final_disposition", Disposition)
    _check(message_action, "", "message_action", MessageAction)
    _check(detections_only, "", "detections_only", bool)
    _check(metric, "", "metric", str)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate",
        params=_query(
            [
                ("cursor", cursor),
                ("per_page", per_page),
                ("page", page),
                ("query", query),
                ("start", start),
                ("end", end),
                ("sender", sender),
                ("recipient", recipient),
                ("domain", domain),
                ("subject", subject),
                ("message_id", message_id),
                ("alert_id", alert_id),
                ("smtp_helo_ip", smtp_helo_ip),
                ("delivery_status", delivery_status),
                ("final_disposition", final_disposition),
                ("message_action", message_action),
                ("detections_only", detections_only),
                ("metric", metric),
            ]
        ),
    )


def parse_list(data: Any) -> InvestigateMessageListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.investigate_message_list_response import InvestigateMessageListResponse

    return InvestigateMessageListResponse.from_dict(data, "", "response")


def build_move(
    account_id: str,
    *,
    investigate_id: str,
    destination: MoveDestination | MoveDestinationValue,
    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None,
) -> RequestSpec:
    """Move an email message: the request, its arguments checked against the spec."""
    from ..models.move_message import MoveMessage

    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    _body = MoveMessage(
        destination=destination,
        expected_disposition=expected_disposition,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}/move",
        json=_json,
    )


def parse_move(data: Any) -> list[MoveResult]:
    """The envelope's `result`, typed."""
    from ..models.move_result_list_response import MoveResultListResponse

    return MoveResultListResponse.from_dict(data, "", "response").result


def build_move_many(
    account_id: str,
    *,
    ids: list[str],
    destination: MoveDestination | MoveDestinationValue,
    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None,
    postfix_ids: list[str] | Unset,
) -> RequestSpec:
    """Move email messages: the request, its arguments checked against the spec."""
    from ..models.move_messages import MoveMessages

    _check_account(account_id)
    _body = MoveMessages(
        ids=ids,
        destination=destination,
        expected_disposition=expected_disposition,
        postfix_ids=postfix_ids,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/move",
        json=_json,
    )


def parse_move_many(data: Any) -> list[MoveResult]:
    """The envelope's `result`, typed."""
    from ..models.move_result_list_response import MoveResultListResponse

    return MoveResultListResponse.from_dict(data, "", "response").result


def build_preview(account_id: str, *, id: str) -> RequestSpec:
    """Preview an email message without a detection: the request, its arguments checked against the spec."""
    from ..models.preview_message import PreviewMessage

    _check_account(account_id)
    _body = PreviewMessage(
        id=id,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/preview",
        json=_json,
    )


def parse_preview(data: Any) -> MessagePreview:
    """The envelope's `result`, typed."""
    from ..models.message_preview_response import MessagePreviewResponse

    return MessagePreviewResponse.from_dict(data, "", "response").result


def build_reclassify(
    account_id: str,
    *,
    investigate_id: str,
    expected_disposition: Disposition | DispositionValue,
    eml_content: str | Unset,
    escalated_submission_id: str | Unset,
) -> RequestSpec:
    """Reclassify an email message: the request, its arguments checked against the spec."""
    from ..models.reclassify_message import ReclassifyMessage

    _deprecated("investigate.reclassify() is deprecated")
    _check_account(account_id)
    _check(investigate_id, "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    _body = ReclassifyMessage(
        expected_disposition=expected_disposition,
        eml_content=eml_content,
        escalated_submission_id=escalated_submission_id,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/{_path_value(investigate_id)}/reclassify",
        json=_json,
    )


def parse_reclassify(data: Any) -> Any | None:
    """The envelope's `result`, typed."""
    from ..models.reclassify_response import ReclassifyResponse

    return ReclassifyResponse.from_dict(data, "", "response").result


def build_release(account_id: str, *, ids: list[str]) -> RequestSpec:
    """Release quarantined email messages: the request, its arguments checked against the spec."""
    from ..models.release_messages import ReleaseMessages

    _check_account(account_id)
    _body = ReleaseMessages(
        ids=ids,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/release",
        json=_json,
    )


def parse_release(data: Any) -> list[ReleaseResult]:
    """The envelope's `result`, typed."""
    from ..models.release_result_list_response import ReleaseResultListResponse

    return ReleaseResultListResponse.from_dict(data, "", "response").result
