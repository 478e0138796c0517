"""The investigate_bulk operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check, coerce_model
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.bulk_job import BulkJob
    from ..models.bulk_job_list_response import BulkJobListResponse
    from ..models.bulk_job_message_list_response import BulkJobMessageListResponse
    from ..models.job_ref import JobRef


def build_cancel(account_id: str, a: Arguments) -> RequestSpec:
    """Cancel a bulk email job: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["job_id"], "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/bulk/{path_value(a['job_id'])}/cancel",
    )


def parse_cancel(data: Any) -> BulkJob:
    """The envelope's `result`, typed."""
    from ..models.bulk_job_response import BulkJobResponse

    return BulkJobResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create a bulk email job: the request, its arguments checked against the spec."""
    from ..models.bulk_search_params import BulkSearchParams
    from ..models.create_bulk_job import CreateBulkJob

    check_account(account_id)
    body = CreateBulkJob(
        action=a["action"],
        search_params=coerce_model(BulkSearchParams, a["search_params"], "search_params"),
        destination=a["destination"],
        comment=a["comment"],
        expected_disposition=a["expected_disposition"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/investigate/bulk",
        json=json,
    )


def parse_create(data: Any) -> BulkJob:
    """The envelope's `result`, typed."""
    from ..models.bulk_job_response import BulkJobResponse

    return BulkJobResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete a bulk email job: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["job_id"], "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/investigate/bulk/{path_value(a['job_id'])}",
        gone={"id": a["job_id"]},
    )


def parse_delete(data: Any) -> JobRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_bulk_job_response import DeletedBulkJobResponse

    return DeletedBulkJobResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get a bulk email job: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["job_id"], "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/bulk/{path_value(a['job_id'])}",
    )


def parse_get(data: Any) -> BulkJob:
    """The envelope's `result`, typed."""
    from ..models.bulk_job_response import BulkJobResponse

    return BulkJobResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List bulk email jobs: the request, its arguments checked against the spec."""
    from ..models.bulk_action import BulkAction
    from ..models.bulk_job_status import BulkJobStatus

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["action_type"], "", "action_type", BulkAction)
    check(a["status"], "", "status", BulkJobStatus)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/bulk",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("action_type", a["action_type"]),
                ("status", a["status"]),
            ]
        ),
    )


def parse_list(data: Any) -> BulkJobListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.bulk_job_list_response import BulkJobListResponse

    return BulkJobListResponse.from_dict(data, "", "response")


def build_list_messages(account_id: str, a: Arguments) -> RequestSpec:
    """List the messages of a bulk email job: the request, its arguments checked against the spec."""
    from ..models.bulk_message_status import BulkMessageStatus

    check_account(account_id)
    check(a["job_id"], "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    check(a["status"], "", "status", BulkMessageStatus)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/investigate/bulk/{path_value(a['job_id'])}/messages",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
                ("status", a["status"]),
            ]
        ),
    )


def parse_list_messages(data: Any) -> BulkJobMessageListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.bulk_job_message_list_response import BulkJobMessageListResponse

    return BulkJobMessageListResponse.from_dict(data, "", "response")
