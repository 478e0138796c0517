"""Finding: One thing a detection found in a message."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_float, as_object, as_str, enum_members, enum_of, maybe, where
from .disposition_label import DispositionLabel


@define
class Finding(ReadModel):
    """One thing a detection found in a message.

    Attributes:
        detection: The verdict Email Security gave a message, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    detection: DispositionLabel | str | None = None
    name: str | None = None
    reason: str | None = None
    detail: str | None = None
    field: str | None = None
    value: str | None = None
    portion: str | None = None
    attachment: str | None = None
    score: float | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> Finding:
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
        detection_, name_, reason_, detail_, field_, value_, portion_, attachment_, score_ = fields
        if type(detection_) is str:
            detection_ = _DISPOSITION_LABEL_MEMBERS.get(detection_, detection_)
        elif detection_ is not None:
            detection_ = maybe(detection_, where(parent, key, cls), "detection", enum_of(DispositionLabel))
        if type(name_) is not str and name_ is not None:
            name_ = maybe(name_, where(parent, key, cls), "name", as_str)
        if type(reason_) is not str and reason_ is not None:
            reason_ = maybe(reason_, where(parent, key, cls), "reason", as_str)
        if type(detail_) is not str and detail_ is not None:
            detail_ = maybe(detail_, where(parent, key, cls), "detail", as_str)
        if type(field_) is not str and field_ is not None:
            field_ = maybe(field_, where(parent, key, cls), "field", as_str)
        if type(value_) is not str and value_ is not None:
            value_ = maybe(value_, where(parent, key, cls), "value", as_str)
        if type(portion_) is not str and portion_ is not None:
            portion_ = maybe(portion_, where(parent, key, cls), "portion", as_str)
        if type(attachment_) is not str and attachment_ is not None:
            attachment_ = maybe(attachment_, where(parent, key, cls), "attachment", as_str)
        if type(score_) is not float and score_ is not None:
            score_ = maybe(score_, where(parent, key, cls), "score", as_float)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.detection = detection_
        obj.name = name_
        obj.reason = reason_
        obj.detail = detail_
        obj.field = field_
        obj.value = value_
        obj.portion = portion_
        obj.attachment = attachment_
        obj.score = score_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("detection", "name", "reason", "detail", "field", "value", "portion", "attachment", "score")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DISPOSITION_LABEL_MEMBERS = enum_members(DispositionLabel)
