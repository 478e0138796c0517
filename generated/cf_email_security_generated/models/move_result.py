"""MoveResult: The outcome of one move."""

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
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    fromisoformat,
    maybe,
    required,
    where,
)


@define
class MoveResult(ReadModel):
    """The outcome of one move.

    Attributes:
        success: Whether the move succeeded.
        status: The move's status.
        operation: The kind of operation performed.
        destination: The folder the message went to.
        recipient: The recipient whose mailbox it was.
        message_id: The id of the message moved.
        completed_at: When the move completed (UTC).
        completed_timestamp: Deprecated (end of life 2026-11-01); use `completed_at`.
        item_count: Deprecated (end of life 2026-11-01). The number of items moved.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    success: bool
    status: str | None = None
    operation: str | None = None
    destination: str | None = None
    recipient: str | None = None
    message_id: str | None = None
    completed_at: datetime.datetime | None = None
    completed_timestamp: datetime.datetime | None = None
    item_count: int | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> MoveResult:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 9:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 9
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            success_,
            status_,
            operation_,
            destination_,
            recipient_,
            message_id_,
            completed_at_,
            completed_timestamp_,
            item_count_,
        ) = fields
        if type(success_) is not bool:
            success_ = required(success_, where(parent, key, cls), "success", as_bool)
        if type(status_) is not str and status_ is not None:
            status_ = maybe(status_, where(parent, key, cls), "status", as_str)
        if type(operation_) is not str and operation_ is not None:
            operation_ = maybe(operation_, where(parent, key, cls), "operation", as_str)
        if type(destination_) is not str and destination_ is not None:
            destination_ = maybe(destination_, where(parent, key, cls), "destination", as_str)
        if type(recipient_) is not str and recipient_ is not None:
            recipient_ = maybe(recipient_, where(parent, key, cls), "recipient", as_str)
        if type(message_id_) is not str and message_id_ is not None:
            message_id_ = maybe(message_id_, where(parent, key, cls), "message_id", as_str)
        if type(completed_at_) is str:
            try:
                completed_at_ = fromisoformat(completed_at_)
            except ValueError:
                completed_at_ = maybe(completed_at_, where(parent, key, cls), "completed_at", as_datetime)
        elif completed_at_ is not None:
            completed_at_ = maybe(completed_at_, where(parent, key, cls), "completed_at", as_datetime)
        if type(completed_timestamp_) is str:
            try:
                completed_timestamp_ = fromisoformat(completed_timestamp_)
            except ValueError:
                completed_timestamp_ = maybe(
                    completed_timestamp_, where(parent, key, cls), "completed_timestamp", as_datetime
                )
        elif completed_timestamp_ is not None:
            completed_timestamp_ = maybe(
                completed_timestamp_, where(parent, key, cls), "completed_timestamp", as_datetime
            )
        if type(item_count_) is not int and item_count_ is not None:
            item_count_ = maybe(item_count_, where(parent, key, cls), "item_count", as_int)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.success = success_
        obj.status = status_
        obj.operation = operation_
        obj.destination = destination_
        obj.recipient = recipient_
        obj.message_id = message_id_
        obj.completed_at = completed_at_
        obj.completed_timestamp = completed_timestamp_
        obj.item_count = item_count_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "success",
    "status",
    "operation",
    "destination",
    "recipient",
    "message_id",
    "completed_at",
    "completed_timestamp",
    "item_count",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
