"""BulkJobMessage: One message of a bulk job and where it stands."""

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
from .bulk_message_move_params import BulkMessageMoveParams
from .bulk_message_release_params import BulkMessageReleaseParams
from .bulk_message_status import BulkMessageStatus
from .investigate_message import InvestigateMessage


@define
class BulkJobMessage(ReadModel):
    """One message of a bulk job and where it stands.

    Attributes:
        message_id: The id of the message.
        postfix_id: The id of the message in the mail pipeline.
        action_type: What a bulk job does to each message its search matches.
        action_params: What a bulk job does with one message, by the job's action.
        status: Where one message of a bulk job stands.
        retry_count: How many times the action was retried.
        email_message_id: The Message-ID header.
        status_message: What the status means for this message, such as why it failed.
        retry_after: When the action will be retried, after a failure.
        message: A message as Email Security's investigation shows it.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    message_id: str
    postfix_id: str
    action_type: BulkAction | str
    action_params: BulkMessageMoveParams | BulkMessageReleaseParams
    status: BulkMessageStatus | str
    retry_count: int
    created_at: datetime.datetime
    email_message_id: str | None = None
    alert_id: str | None = None
    status_message: str | None = None
    retry_after: datetime.datetime | None = None
    processed_at: datetime.datetime | None = None
    message: InvestigateMessage | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> BulkJobMessage:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 13:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 13
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            message_id_,
            postfix_id_,
            action_type_,
            action_params_,
            status_,
            retry_count_,
            created_at_,
            email_message_id_,
            alert_id_,
            status_message_,
            retry_after_,
            processed_at_,
            message_,
        ) = fields
        if type(message_id_) is not str:
            message_id_ = required(message_id_, where(parent, key, cls), "message_id", as_str)
        if type(postfix_id_) is not str:
            postfix_id_ = required(postfix_id_, where(parent, key, cls), "postfix_id", as_str)
        if type(action_type_) is str:
            action_type_ = _BULK_ACTION_MEMBERS.get(action_type_, action_type_)
        else:
            action_type_ = required(action_type_, where(parent, key, cls), "action_type", enum_of(BulkAction))
        action_params_ = required(
            action_params_, where(parent, key, cls), "action_params", _read_action_params
        )
        if type(status_) is str:
            status_ = _BULK_MESSAGE_STATUS_MEMBERS.get(status_, status_)
        else:
            status_ = required(status_, where(parent, key, cls), "status", enum_of(BulkMessageStatus))
        if type(retry_count_) is not int:
            retry_count_ = required(retry_count_, where(parent, key, cls), "retry_count", as_int)
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        else:
            created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(email_message_id_) is not str and email_message_id_ is not None:
            email_message_id_ = maybe(email_message_id_, where(parent, key, cls), "email_message_id", as_str)
        if type(alert_id_) is not str and alert_id_ is not None:
            alert_id_ = maybe(alert_id_, where(parent, key, cls), "alert_id", as_str)
        if type(status_message_) is not str and status_message_ is not None:
            status_message_ = maybe(status_message_, where(parent, key, cls), "status_message", as_str)
        if type(retry_after_) is str:
            try:
                retry_after_ = fromisoformat(retry_after_)
            except ValueError:
                retry_after_ = maybe(retry_after_, where(parent, key, cls), "retry_after", as_datetime)
        elif retry_after_ is not None:
            retry_after_ = maybe(retry_after_, where(parent, key, cls), "retry_after", as_datetime)
        if type(processed_at_) is str:
            try:
                processed_at_ = fromisoformat(processed_at_)
            except ValueError:
                processed_at_ = maybe(processed_at_, where(parent, key, cls), "processed_at", as_datetime)
        elif processed_at_ is not None:
            processed_at_ = maybe(processed_at_, where(parent, key, cls), "processed_at", as_datetime)
        if message_ is not None:
            message_ = maybe(message_, where(parent, key, cls), "message", InvestigateMessage.from_dict)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.message_id = message_id_
        obj.postfix_id = postfix_id_
        obj.action_type = action_type_
        obj.action_params = action_params_
        obj.status = status_
        obj.retry_count = retry_count_
        obj.created_at = created_at_
        obj.email_message_id = email_message_id_
        obj.alert_id = alert_id_
        obj.status_message = status_message_
        obj.retry_after = retry_after_
        obj.processed_at = processed_at_
        obj.message = message_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "message_id",
    "postfix_id",
    "action_type",
    "action_params",
    "status",
    "retry_count",
    "created_at",
    "email_message_id",
    "alert_id",
    "status_message",
    "retry_after",
    "processed_at",
    "message",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_BULK_ACTION_MEMBERS = enum_members(BulkAction)
_BULK_MESSAGE_STATUS_MEMBERS = enum_members(BulkMessageStatus)
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_action_params = one_of(BulkMessageMoveParams.from_dict, BulkMessageReleaseParams.from_dict)
