"""PhishGuardReportFields: The message a report is about."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_datetime,
    as_object,
    as_str,
    fromisoformat,
    list_of,
    maybe,
    required,
    where,
)


@define
class PhishGuardReportFields(ReadModel):
    """The message a report is about.

    Attributes:
        ts: Deprecated; use `occurred_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    to: list[str]
    from_: str | None = None
    occurred_at: datetime.datetime | None = None
    postfix_id: str | None = None
    ts: datetime.datetime | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "from_": "from",
    }

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> PhishGuardReportFields:
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
        to_, from__, occurred_at_, postfix_id_, ts_ = fields
        to_ = required(to_, where(parent, key, cls), "to", _read_to)
        if type(from__) is not str and from__ is not None:
            from__ = maybe(from__, where(parent, key, cls), "from", as_str)
        if type(occurred_at_) is str:
            try:
                occurred_at_ = fromisoformat(occurred_at_)
            except ValueError:
                occurred_at_ = maybe(occurred_at_, where(parent, key, cls), "occurred_at", as_datetime)
        elif occurred_at_ is not None:
            occurred_at_ = maybe(occurred_at_, where(parent, key, cls), "occurred_at", as_datetime)
        if type(postfix_id_) is not str and postfix_id_ is not None:
            postfix_id_ = maybe(postfix_id_, where(parent, key, cls), "postfix_id", as_str)
        if type(ts_) is str:
            try:
                ts_ = fromisoformat(ts_)
            except ValueError:
                ts_ = maybe(ts_, where(parent, key, cls), "ts", as_datetime)
        elif ts_ is not None:
            ts_ = maybe(ts_, where(parent, key, cls), "ts", as_datetime)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.to = to_
        obj.from_ = from__
        obj.occurred_at = occurred_at_
        obj.postfix_id = postfix_id_
        obj.ts = ts_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("to", "from", "occurred_at", "postfix_id", "ts")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_to = list_of(as_str)
