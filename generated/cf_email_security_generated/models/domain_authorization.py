"""DomainAuthorization: Whether the domain is authorized, and since when; null where the API has not said."""

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
    as_object,
    as_str,
    fromisoformat,
    maybe,
    required,
    where,
)


@define
class DomainAuthorization(ReadModel):
    """Whether the domain is authorized, and since when; null where the API has not said.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    authorized: bool
    timestamp: datetime.datetime
    status_message: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> DomainAuthorization:
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
        authorized_, timestamp_, status_message_ = fields
        if type(authorized_) is not bool:
            authorized_ = required(authorized_, where(parent, key, cls), "authorized", as_bool)
        if type(timestamp_) is str:
            try:
                timestamp_ = fromisoformat(timestamp_)
            except ValueError:
                timestamp_ = required(timestamp_, where(parent, key, cls), "timestamp", as_datetime)
        else:
            timestamp_ = required(timestamp_, where(parent, key, cls), "timestamp", as_datetime)
        if type(status_message_) is not str and status_message_ is not None:
            status_message_ = maybe(status_message_, where(parent, key, cls), "status_message", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.authorized = authorized_
        obj.timestamp = timestamp_
        obj.status_message = status_message_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("authorized", "timestamp", "status_message")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
