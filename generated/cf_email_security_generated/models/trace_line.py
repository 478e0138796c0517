"""TraceLine: One line of a delivery log."""

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
    fromisoformat,
    maybe,
    where,
)


@define
class TraceLine(ReadModel):
    """One line of a delivery log.

    Attributes:
        lineno: The line's number in the log.
        ts: Deprecated (end of life 2026-11-01); use `logged_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    lineno: int | None = None
    logged_at: datetime.datetime | None = None
    message: str | None = None
    ts: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> TraceLine:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 4:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 4
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        lineno_, logged_at_, message_, ts_ = fields
        if type(lineno_) is not int and lineno_ is not None:
            lineno_ = maybe(lineno_, where(parent, key, cls), "lineno", as_int)
        if type(logged_at_) is str:
            try:
                logged_at_ = fromisoformat(logged_at_)
            except ValueError:
                logged_at_ = maybe(logged_at_, where(parent, key, cls), "logged_at", as_datetime)
        elif logged_at_ is not None:
            logged_at_ = maybe(logged_at_, where(parent, key, cls), "logged_at", as_datetime)
        if type(message_) is not str and message_ is not None:
            message_ = maybe(message_, where(parent, key, cls), "message", as_str)
        if type(ts_) is not str and ts_ is not None:
            ts_ = maybe(ts_, where(parent, key, cls), "ts", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.lineno = lineno_
        obj.logged_at = logged_at_
        obj.message = message_
        obj.ts = ts_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("lineno", "logged_at", "message", "ts")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
