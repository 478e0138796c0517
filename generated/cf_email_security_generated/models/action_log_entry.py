"""ActionLogEntry: One action taken on a message."""

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
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    maybe,
    required,
    where,
)
from .action_log_operation import ActionLogOperation
from .action_log_properties import ActionLogProperties


@define
class ActionLogEntry(ReadModel):
    """One action taken on a message.

    Attributes:
        completed_at: When the action completed.
        operation: The kind of an action in a message's action log.
        status: How the action went.
        properties: Details of an action.
        completed_timestamp: Deprecated (end of life 2026-11-01); use `completed_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    completed_at: datetime.datetime
    operation: ActionLogOperation | str
    status: str | None = None
    properties: ActionLogProperties | None = None
    completed_timestamp: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> ActionLogEntry:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 5:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 5
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        completed_at_, operation_, status_, properties_, completed_timestamp_ = fields
        if type(completed_at_) is str:
            try:
                completed_at_ = fromisoformat(completed_at_)
            except ValueError:
                completed_at_ = required(completed_at_, where(parent, key, cls), "completed_at", as_datetime)
        else:
            completed_at_ = required(completed_at_, where(parent, key, cls), "completed_at", as_datetime)
        if type(operation_) is str:
            operation_ = _ACTION_LOG_OPERATION_MEMBERS.get(operation_, operation_)
        else:
            operation_ = required(
                operation_, where(parent, key, cls), "operation", enum_of(ActionLogOperation)
            )
        if type(status_) is not str and status_ is not None:
            status_ = maybe(status_, where(parent, key, cls), "status", as_str)
        if properties_ is not None:
            properties_ = maybe(
                properties_, where(parent, key, cls), "properties", ActionLogProperties.from_dict
            )
        if type(completed_timestamp_) is not str and completed_timestamp_ is not None:
            completed_timestamp_ = maybe(
                completed_timestamp_, where(parent, key, cls), "completed_timestamp", as_str
            )
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.completed_at = completed_at_
        obj.operation = operation_
        obj.status = status_
        obj.properties = properties_
        obj.completed_timestamp = completed_timestamp_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("completed_at", "operation", "status", "properties", "completed_timestamp")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_ACTION_LOG_OPERATION_MEMBERS = enum_members(ActionLogOperation)
