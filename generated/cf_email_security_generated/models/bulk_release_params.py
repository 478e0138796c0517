"""BulkReleaseParams: What a releasing job does with each message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, enum_members, enum_of, required, where
from .bulk_action import BulkAction


@define
class BulkReleaseParams(ReadModel):
    """What a releasing job does with each message.

    Attributes:
        type_: What a bulk job does to each message its search matches.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    type_: BulkAction | str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> BulkReleaseParams:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        type__ = data.get("type", MISSING)
        whole = len(data) == 1 and type__ is not MISSING  # no field the spec does not know
        if type(type__) is str:
            type__ = _BULK_ACTION_MEMBERS.get(type__, type__)
        else:
            type__ = required(type__, where(parent, key, cls), "type", enum_of(BulkAction))
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.type_ = type__
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("type",)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_BULK_ACTION_MEMBERS = enum_members(BulkAction)
