"""TraceLog: One direction of a message's delivery log."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_bool, as_object, list_of, maybe, where
from .trace_line import TraceLine


@define
class TraceLog(ReadModel):
    """One direction of a message's delivery log.

    Attributes:
        pending: Whether more of this log may still come.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    lines: list[TraceLine] | None = None
    pending: bool | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> TraceLog:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 2:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 2
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        lines_, pending_ = fields
        if lines_ is not None:
            lines_ = maybe(lines_, where(parent, key, cls), "lines", _read_lines)
        if type(pending_) is not bool and pending_ is not None:
            pending_ = maybe(pending_, where(parent, key, cls), "pending", as_bool)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.lines = lines_
        obj.pending = pending_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("lines", "pending")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_lines = list_of(TraceLine.from_dict)
