"""The investigate_bulk operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments, by name and annotated
as the method annotates them, checks them against the spec (the caller may not be type-checked), so
that bad input raises before any I/O, and returns the request (see `_resource.py`). Each function
imports the models it uses when it first runs, so that a call loads only those. What the functions
call is imported under a name starting with `_`, which no argument's name does: no argument hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._serialization import path_value as _path_value
from .._serialization import query as _query
from .._validation import check as _check
from .._validation import coerce_model as _coerce_model
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    from ..models.bulk_action import BulkAction, BulkActionValue
    from ..models.bulk_job import BulkJob
    from ..models.bulk_job_list_response import BulkJobListResponse
    from ..models.bulk_job_message_list_response import BulkJobMessageListResponse
    from ..models.bulk_job_status import BulkJobStatus, BulkJobStatusValue
    from ..models.bulk_message_status import BulkMessageStatus, BulkMessageStatusValue
    from ..models.bulk_search_params import BulkSearchParams, BulkSearchParamsDict
    from ..models.expected_disposition import ExpectedDisposition, ExpectedDispositionValue
    from ..models.job_ref import JobRef
    from ..models.move_destination import MoveDestination, MoveDestinationValue
    from ..types import Unset


def build_cancel(account_id: str, *, job_id: str) -> RequestSpec:
    """Cancel a bulk email job: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(job_id, "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/bulk/{_path_value(job_id)}/cancel",
    )


def parse_cancel(data: Any) -> BulkJob:
    """The envelope's `result`, typed."""
    from ..models.bulk_job_response import BulkJobResponse

    return BulkJobResponse.from_dict(data, "", "response").result


def build_create(
    account_id: str,
    *,
    action: BulkAction | BulkActionValue,
    search_params: BulkSearchParams | BulkSearchParamsDict,
    destination: MoveDestination | MoveDestinationValue | Unset,
    comment: str | Unset | None,
    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None,
) -> RequestSpec:
    """Create a bulk email job: the request, its arguments checked against the spec."""
    from ..models.bulk_search_params import BulkSearchParams
    from ..models.create_bulk_job import CreateBulkJob

    _check_account(account_id)
    _body = CreateBulkJob(
        action=action,
        search_params=_coerce_model(BulkSearchParams, search_params, "search_params"),
        destination=destination,
        comment=comment,
        expected_disposition=expected_disposition,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/bulk",
        json=_json,
    )


def parse_create(data: Any) -> BulkJob:
    """The envelope's `result`, typed."""
    from ..models.bulk_job_response import BulkJobResponse

    return BulkJobResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, job_id: str) -> RequestSpec:
    """Delete a bulk email job: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(job_id, "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/bulk/{_path_value(job_id)}",
        gone={"id": job_id},
    )


def parse_delete(data: Any) -> JobRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_bulk_job_response import DeletedBulkJobResponse

    return DeletedBulkJobResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, job_id: str) -> RequestSpec:
    """Get a bulk email job: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(job_id, "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/bulk/{_path_value(job_id)}",
    )


def parse_get(data: Any) -> BulkJob:
    """The envelope's `result`, typed."""
    from ..models.bulk_job_response import BulkJobResponse

    return BulkJobResponse.from_dict(data, "", "response").result


def build_list(
    account_id: str,
    *,
    page: int,
    per_page: int,
    action_type: BulkAction | BulkActionValue | Unset,
    status: BulkJobStatus | BulkJobStatusValue | Unset,
) -> RequestSpec:
    """List bulk email jobs: the request, its arguments checked against the spec."""
    from ..models.bulk_action import BulkAction
    from ..models.bulk_job_status import BulkJobStatus

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(action_type, "", "action_type", BulkAction)
    _check(status, "", "status", BulkJobStatus)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/bulk",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("action_type", action_type),
                ("status", status),
            ]
        ),
    )


def parse_list(data: Any) -> BulkJobListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.bulk_job_list_response import BulkJobListResponse

    return BulkJobListResponse.from_dict(data, "", "response")


def build_list_messages(
    account_id: str,
    *,
    job_id: str,
    page: int,
    per_page: int,
    status: BulkMessageStatus | BulkMessageStatusValue | Unset,
) -> RequestSpec:
    """List the messages of a bulk email job: the request, its arguments checked against the spec."""
    from ..models.bulk_message_status import BulkMessageStatus

    _check_account(account_id)
    _check(job_id, "", "job_id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    _check(status, "", "status", BulkMessageStatus)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/investigate/bulk/{_path_value(job_id)}/messages",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
                ("status", status),
            ]
        ),
    )


def parse_list_messages(data: Any) -> BulkJobMessageListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.bulk_job_message_list_response import BulkJobMessageListResponse

    return BulkJobMessageListResponse.from_dict(data, "", "response")
