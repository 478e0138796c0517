"""EmailsProcessed: Mail counts of the domain; null before any mail was counted."""

from __future__ import annotations

import datetime
from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_datetime, as_int, as_object, fromisoformat, required, where


@define
class EmailsProcessed(ReadModel):
    """Mail counts of the domain; null before any mail was counted.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    timestamp: datetime.datetime
    total_emails_processed: int
    total_emails_processed_previous: int
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> EmailsProcessed:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 3:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 3
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        timestamp_, total_emails_processed_, total_emails_processed_previous_ = fields
        if type(timestamp_) is str:
            try:
                timestamp_ = fromisoformat(timestamp_)
            except ValueError:
                timestamp_ = required(timestamp_, where(parent, key, cls), "timestamp", as_datetime)
        else:
            timestamp_ = required(timestamp_, where(parent, key, cls), "timestamp", as_datetime)
        if type(total_emails_processed_) is not int:
            total_emails_processed_ = required(
                total_emails_processed_, where(parent, key, cls), "total_emails_processed", as_int
            )
        if type(total_emails_processed_previous_) is not int:
            total_emails_processed_previous_ = required(
                total_emails_processed_previous_,
                where(parent, key, cls),
                "total_emails_processed_previous",
                as_int,
            )
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.timestamp = timestamp_
        obj.total_emails_processed = total_emails_processed_
        obj.total_emails_processed_previous = total_emails_processed_previous_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("timestamp", "total_emails_processed", "total_emails_processed_previous")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
