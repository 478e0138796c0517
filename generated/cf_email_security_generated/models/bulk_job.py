"""BulkJob: A bulk job as the server returns it. Its counters add up: total_messages_discovered = messages_pending + messages_successful + messages_failed + messages_skipped + messages_cancelled."""

from __future__ import annotations

import datetime
from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_datetime,
    as_int,
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    maybe,
    one_of,
    required,
    where,
)
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> BulkJob:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 16:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 16
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            job_id_,
            action_type_,
            action_params_,
            search_params_,
            status_,
            created_at_,
            total_messages_discovered_,
            messages_pending_,
            messages_successful_,
            messages_failed_,
            messages_skipped_,
            messages_cancelled_,
            status_message_,
            comment_,
            started_at_,
            completed_at_,
        ) = fields
        if type(job_id_) is not str:
            job_id_ = required(job_id_, where(parent, key, cls), "job_id", as_str)
        if type(action_type_) is str:
            action_type_ = _BULK_ACTION_MEMBERS.get(action_type_, action_type_)
        else:
            action_type_ = required(action_type_, where(parent, key, cls), "action_type", enum_of(BulkAction))
        action_params_ = required(
            action_params_, where(parent, key, cls), "action_params", _read_action_params
        )
        search_params_ = required(
            search_params_, where(parent, key, cls), "search_params", BulkSearchParams.from_dict
        )
        if type(status_) is str:
            status_ = _BULK_JOB_STATUS_MEMBERS.get(status_, status_)
        else:
            status_ = required(status_, where(parent, key, cls), "status", enum_of(BulkJobStatus))
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        else:
            created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(total_messages_discovered_) is not int:
            total_messages_discovered_ = required(
                total_messages_discovered_, where(parent, key, cls), "total_messages_discovered", as_int
            )
        if type(messages_pending_) is not int:
            messages_pending_ = required(
                messages_pending_, where(parent, key, cls), "messages_pending", as_int
            )
        if type(messages_successful_) is not int:
            messages_successful_ = required(
                messages_successful_, where(parent, key, cls), "messages_successful", as_int
            )
        if type(messages_failed_) is not int:
            messages_failed_ = required(messages_failed_, where(parent, key, cls), "messages_failed", as_int)
        if type(messages_skipped_) is not int:
            messages_skipped_ = required(
                messages_skipped_, where(parent, key, cls), "messages_skipped", as_int
            )
        if type(messages_cancelled_) is not int:
            messages_cancelled_ = required(
                messages_cancelled_, where(parent, key, cls), "messages_cancelled", as_int
            )
        if type(status_message_) is not str and status_message_ is not None:
            status_message_ = maybe(status_message_, where(parent, key, cls), "status_message", as_str)
        if type(comment_) is not str and comment_ is not None:
            comment_ = maybe(comment_, where(parent, key, cls), "comment", as_str)
        if type(started_at_) is str:
            try:
                started_at_ = fromisoformat(started_at_)
            except ValueError:
                started_at_ = maybe(started_at_, where(parent, key, cls), "started_at", as_datetime)
        elif started_at_ is not None:
            started_at_ = maybe(started_at_, where(parent, key, cls), "started_at", as_datetime)
        if type(completed_at_) is str:
            try:
                completed_at_ = fromisoformat(completed_at_)
            except ValueError:
                completed_at_ = maybe(completed_at_, where(parent, key, cls), "completed_at", as_datetime)
        elif completed_at_ is not None:
            completed_at_ = maybe(completed_at_, where(parent, key, cls), "completed_at", as_datetime)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.job_id = job_id_
        obj.action_type = action_type_
        obj.action_params = action_params_
        obj.search_params = search_params_
        obj.status = status_
        obj.created_at = created_at_
        obj.total_messages_discovered = total_messages_discovered_
        obj.messages_pending = messages_pending_
        obj.messages_successful = messages_successful_
        obj.messages_failed = messages_failed_
        obj.messages_skipped = messages_skipped_
        obj.messages_cancelled = messages_cancelled_
        obj.status_message = status_message_
        obj.comment = comment_
        obj.started_at = started_at_
        obj.completed_at = completed_at_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "job_id",
    "action_type",
    "action_params",
    "search_params",
    "status",
    "created_at",
    "total_messages_discovered",
    "messages_pending",
    "messages_successful",
    "messages_failed",
    "messages_skipped",
    "messages_cancelled",
    "status_message",
    "comment",
    "started_at",
    "completed_at",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_BULK_ACTION_MEMBERS = enum_members(BulkAction)
_BULK_JOB_STATUS_MEMBERS = enum_members(BulkJobStatus)
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_action_params = one_of(BulkMoveParams.from_dict, BulkReleaseParams.from_dict)
