"""BulkMoveParams: What a moving job does with each message."""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, enum_members, enum_of, maybe, required, where
from .bulk_action import BulkAction
from .expected_disposition import ExpectedDisposition
from .move_destination import MoveDestination


@define
class BulkMoveParams(ReadModel):
    """What a moving job does with each message.

    Attributes:
        type_: What a bulk job does to each message its search matches.
        destination: A mailbox folder messages can be moved to.
        expected_disposition: Deprecated (end of life 2026-12-01); it has no effect.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    type_: BulkAction | str
    destination: MoveDestination | str
    expected_disposition: ExpectedDisposition | str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> BulkMoveParams:
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
        type__, destination_, expected_disposition_ = fields
        if type(type__) is str:
            type__ = _BULK_ACTION_MEMBERS.get(type__, type__)
        else:
            type__ = required(type__, where(parent, key, cls), "type", enum_of(BulkAction))
        if type(destination_) is str:
            destination_ = _MOVE_DESTINATION_MEMBERS.get(destination_, destination_)
        else:
            destination_ = required(
                destination_, where(parent, key, cls), "destination", enum_of(MoveDestination)
            )
        if type(expected_disposition_) is str:
            expected_disposition_ = _EXPECTED_DISPOSITION_MEMBERS.get(
                expected_disposition_, expected_disposition_
            )
        elif expected_disposition_ is not None:
            expected_disposition_ = maybe(
                expected_disposition_,
                where(parent, key, cls),
                "expected_disposition",
                enum_of(ExpectedDisposition),
            )
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.type_ = type__
        obj.destination = destination_
        obj.expected_disposition = expected_disposition_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("type", "destination", "expected_disposition")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_BULK_ACTION_MEMBERS = enum_members(BulkAction)
_MOVE_DESTINATION_MEMBERS = enum_members(MoveDestination)
_EXPECTED_DISPOSITION_MEMBERS = enum_members(ExpectedDisposition)
