"""BulkJob: A bulk job as the server returns it. Its counters add up: total_messages_discovered = messages_pending + messages_successful + messages_failed + messages_skipped + messages_cancelled."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_int, as_str, enum_of, maybe, one_of, required
from .bulk_action import BulkAction
from .bulk_job_status import BulkJobStatus
from .bulk_move_params import BulkMoveParams
from .bulk_release_params import BulkReleaseParams
from .bulk_search_params import BulkSearchParams


@define
class BulkJob(ReadModel):
    """A bulk job as the server returns it. Its counters add up: total_messages_discovered =
    messages_pending + messages_successful + messages_failed + messages_skipped + messages_cancelled.

    Attributes:
        job_id: The id of a bulk job.
        action_type: What a bulk job does to each message its search matches.
        action_params: What a bulk job does with each message, by the job's action.
        search_params: The search whose matching messages a bulk job acts on; every field is optional.
        status: Where a bulk job stands: PENDING, DISCOVERING (finding the messages), PROCESSING,
            then one of COMPLETED, FAILED or CANCELLED, after which it no longer changes.
        total_messages_discovered: The messages the search found.
        messages_pending: The messages not handled yet.
        messages_successful: The messages the action succeeded on.
        messages_failed: The messages the action failed on.
        messages_skipped: The messages the search found but the job cannot act on, such as phish submissions.
        messages_cancelled: The messages cancelled before they were handled, or while being handled when the job
            ended.
        status_message: What the status means for this job, such as why it failed.
        comment: The note given when the job was created.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("job_id", required, as_str),
        ("action_type", required, enum_of(BulkAction)),
        ("action_params", required, one_of(BulkMoveParams.from_dict, BulkReleaseParams.from_dict)),
        ("search_params", required, BulkSearchParams.from_dict),
        ("status", required, enum_of(BulkJobStatus)),
        ("created_at", required, as_datetime),
        ("total_messages_discovered", required, as_int),
        ("messages_pending", required, as_int),
        ("messages_successful", required, as_int),
        ("messages_failed", required, as_int),
        ("messages_skipped", required, as_int),
        ("messages_cancelled", required, as_int),
        ("status_message", maybe, as_str),
        ("comment", maybe, as_str),
        ("started_at", maybe, as_datetime),
        ("completed_at", maybe, as_datetime),
    )

    job_id: str
    action_type: BulkAction | str
    action_params: BulkMoveParams | BulkReleaseParams
    search_params: BulkSearchParams
    status: BulkJobStatus | str
    created_at: datetime.datetime
    total_messages_discovered: int
    messages_pending: int
    messages_successful: int
    messages_failed: int
    messages_skipped: int
    messages_cancelled: int
    status_message: str | None = None
    comment: str | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
