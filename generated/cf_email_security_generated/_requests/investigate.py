"""The investigate operations: what each sends and how its answer is read.

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
    from ..models.investigate_message import InvestigateMessage
    from ..models.investigate_message_list_response import InvestigateMessageListResponse
    from ..models.message_detections import MessageDetections
    from ..models.message_preview import MessagePreview
    from ..models.message_trace import MessageTrace
    from ..models.move_result import MoveResult
    from ..models.raw_message import RawMessage
    from ..models.release_result import ReleaseResult


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get an email message: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    check(a["submission"], "", "submission", bool)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}",
        params=query(
            [
                ("submission", a["submission"]),
            ]
        ),
    )


def parse_get(data: Any) -> InvestigateMessage:
    """The envelope's `result`, typed."""
    from ..models.investigate_message_response import InvestigateMessageResponse

    return InvestigateMessageResponse.from_dict(data, "", "response").result


def build_get_detections(account_id: str, a: Arguments) -> RequestSpec:
    """Get the detections of an email message: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}/detections",
    )


def parse_get_detections(data: Any) -> MessageDetections:
    """The envelope's `result`, typed."""
    from ..models.message_detections_response import MessageDetectionsResponse

    return MessageDetectionsResponse.from_dict(data, "", "response").result


def build_get_preview(account_id: str, a: Arguments) -> RequestSpec:
    """Preview an email message with a detection: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}/preview",
    )


def parse_get_preview(data: Any) -> MessagePreview:
    """The envelope's `result`, typed."""
    from ..models.message_preview_response import MessagePreviewResponse

    return MessagePreviewResponse.from_dict(data, "", "response").result


def build_get_raw(account_id: str, a: Arguments) -> RequestSpec:
    """Get the raw source of an email message: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}/raw",
    )


def parse_get_raw(data: Any) -> RawMessage:
    """The envelope's `result`, typed."""
    from ..models.raw_message_response import RawMessageResponse

    return RawMessageResponse.from_dict(data, "", "response").result


def build_get_trace(account_id: str, a: Arguments) -> RequestSpec:
    """Trace an email message: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}/trace",
    )


def parse_get_trace(data: Any) -> MessageTrace:
    """The envelope's `result`, typed."""
    from ..models.message_trace_response import MessageTraceResponse

    return MessageTraceResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """Search email messages: the request, its arguments checked against the spec."""
    from ..models.delivery_status import DeliveryStatus
    from ..models.disposition import Disposition
    from ..models.message_action import MessageAction

    if a["page"] is not UNSET:
        deprecated("page is deprecated (end of life 2026-11-01); use cursor instead")
    check_account(account_id)
    check(a["cursor"], "", "cursor", str)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["query"], "", "query", str)
    check(a["start"], "", "start", datetime.datetime)
    check(a["end"], "", "end", datetime.datetime)
    check(a["sender"], "", "sender", str)
    check(a["recipient"], "", "recipient", str)
    check(a["domain"], "", "domain", str)
    check(a["subject"], "", "subject", str)
    check(a["message_id"], "", "message_id", str)
    check(a["alert_id"], "", "alert_id", str)
    check(a["smtp_helo_ip"], "", "smtp_helo_ip", str)
    check(a["delivery_status"], "", "delivery_status", DeliveryStatus)
    check(a["final_disposition"], "", "final_disposition", Disposition)
    check(a["message_action"], "", "message_action", MessageAction)
    check(a["detections_only"], "", "detections_only", bool)
    check(a["metric"], "", "metric", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate",
        params=query(
            [
                ("cursor", a["cursor"]),
                ("per_page", a["per_page"]),
                ("page", a["page"]),
                ("query", a["query"]),
                ("start", a["start"]),
                ("end", a["end"]),
                ("sender", a["sender"]),
                ("recipient", a["recipient"]),
                ("domain", a["domain"]),
                ("subject", a["subject"]),
                ("message_id", a["message_id"]),
                ("alert_id", a["alert_id"]),
                ("smtp_helo_ip", a["smtp_helo_ip"]),
                ("delivery_status", a["delivery_status"]),
                ("final_disposition", a["final_disposition"]),
                ("message_action", a["message_action"]),
                ("detections_only", a["detections_only"]),
                ("metric", a["metric"]),
            ]
        ),
    )


def parse_list(data: Any) -> InvestigateMessageListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.investigate_message_list_response import InvestigateMessageListResponse

    return InvestigateMessageListResponse.from_dict(data, "", "response")


def build_move(account_id: str, a: Arguments) -> RequestSpec:
    """Move an email message: the request, its arguments checked against the spec."""
    from ..models.move_message import MoveMessage

    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    body = MoveMessage(
        destination=a["destination"],
        expected_disposition=a["expected_disposition"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}/move",
        json=json,
    )


def parse_move(data: Any) -> list[MoveResult]:
    """The envelope's `result`, typed."""
    from ..models.move_result_list_response import MoveResultListResponse

    return MoveResultListResponse.from_dict(data, "", "response").result


def build_move_many(account_id: str, a: Arguments) -> RequestSpec:
    """Move email messages: the request, its arguments checked against the spec."""
    from ..models.move_messages import MoveMessages

    check_account(account_id)
    body = MoveMessages(
        ids=a["ids"],
        destination=a["destination"],
        expected_disposition=a["expected_disposition"],
        postfix_ids=a["postfix_ids"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/move",
        json=json,
    )


def parse_move_many(data: Any) -> list[MoveResult]:
    """The envelope's `result`, typed."""
    from ..models.move_result_list_response import MoveResultListResponse

    return MoveResultListResponse.from_dict(data, "", "response").result


def build_preview(account_id: str, a: Arguments) -> RequestSpec:
    """Preview an email message without a detection: the request, its arguments checked against the spec."""
    from ..models.preview_message import PreviewMessage

    check_account(account_id)
    body = PreviewMessage(
        id=a["id"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/preview",
        json=json,
    )


def parse_preview(data: Any) -> MessagePreview:
    """The envelope's `result`, typed."""
    from ..models.message_preview_response import MessagePreviewResponse

    return MessagePreviewResponse.from_dict(data, "", "response").result


def build_reclassify(account_id: str, a: Arguments) -> RequestSpec:
    """Reclassify an email message: the request, its arguments checked against the spec."""
    from ..models.reclassify_message import ReclassifyMessage

    deprecated("investigate.reclassify() is deprecated")
    check_account(account_id)
    check(
        a["investigate_id"], "", "investigate_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)"
    )
    body = ReclassifyMessage(
        expected_disposition=a["expected_disposition"],
        eml_content=a["eml_content"],
        escalated_submission_id=a["escalated_submission_id"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/{path_value(a['investigate_id'])}/reclassify",
        json=json,
    )


def parse_reclassify(data: Any) -> Any | None:
    """The envelope's `result`, typed."""
    from ..models.reclassify_response import ReclassifyResponse

    return ReclassifyResponse.from_dict(data, "", "response").result


def build_release(account_id: str, a: Arguments) -> RequestSpec:
    """Release quarantined email messages: the request, its arguments checked against the spec."""
    from ..models.release_messages import ReleaseMessages

    check_account(account_id)
    body = ReleaseMessages(
        ids=a["ids"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/release",
        json=json,
    )


def parse_release(data: Any) -> list[ReleaseResult]:
    """The envelope's `result`, typed."""
    from ..models.release_result_list_response import ReleaseResultListResponse

    return ReleaseResultListResponse.from_dict(data, "", "response").result
