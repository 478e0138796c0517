"""MessageProperties: Why a message was let through or blocked."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_bool, as_object, as_str, enum_members, enum_of, maybe, where
from .allowlist_pattern_type import AllowlistPatternType


@define
class MessageProperties(ReadModel):
    """Why a message was let through or blocked.

    Attributes:
        allowlisted_pattern: The pattern that let the message through.
        allowlisted_pattern_type: The kind of entry that let a message through, or null.
        whitelisted_pattern_type: The former name of `allowlisted_pattern_type`.
        blocklisted_message: Whether the message was blocked by a blocked-sender entry.
        blocklisted_pattern: The pattern that blocked the message.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    allowlisted_pattern: str | None = None
    allowlisted_pattern_type: AllowlistPatternType | str | None = None
    whitelisted_pattern_type: AllowlistPatternType | str | None = None
    blocklisted_message: bool | None = None
    blocklisted_pattern: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> MessageProperties:
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
        (
            allowlisted_pattern_,
            allowlisted_pattern_type_,
            whitelisted_pattern_type_,
            blocklisted_message_,
            blocklisted_pattern_,
        ) = fields
        if type(allowlisted_pattern_) is not str and allowlisted_pattern_ is not None:
            allowlisted_pattern_ = maybe(
                allowlisted_pattern_, where(parent, key, cls), "allowlisted_pattern", as_str
            )
        if type(allowlisted_pattern_type_) is str:
            allowlisted_pattern_type_ = _ALLOWLIST_PATTERN_TYPE_MEMBERS.get(
                allowlisted_pattern_type_, allowlisted_pattern_type_
            )
        elif allowlisted_pattern_type_ is not None:
            allowlisted_pattern_type_ = maybe(
                allowlisted_pattern_type_,
                where(parent, key, cls),
                "allowlisted_pattern_type",
                enum_of(AllowlistPatternType),
            )
        if type(whitelisted_pattern_type_) is str:
            whitelisted_pattern_type_ = _ALLOWLIST_PATTERN_TYPE_MEMBERS.get(
                whitelisted_pattern_type_, whitelisted_pattern_type_
            )
        elif whitelisted_pattern_type_ is not None:
            whitelisted_pattern_type_ = maybe(
                whitelisted_pattern_type_,
                where(parent, key, cls),
                "whitelisted_pattern_type",
                enum_of(AllowlistPatternType),
            )
        if type(blocklisted_message_) is not bool and blocklisted_message_ is not None:
            blocklisted_message_ = maybe(
                blocklisted_message_, where(parent, key, cls), "blocklisted_message", as_bool
            )
        if type(blocklisted_pattern_) is not str and blocklisted_pattern_ is not None:
            blocklisted_pattern_ = maybe(
                blocklisted_pattern_, where(parent, key, cls), "blocklisted_pattern", as_str
            )
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.allowlisted_pattern = allowlisted_pattern_
        obj.allowlisted_pattern_type = allowlisted_pattern_type_
        obj.whitelisted_pattern_type = whitelisted_pattern_type_
        obj.blocklisted_message = blocklisted_message_
        obj.blocklisted_pattern = blocklisted_pattern_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "allowlisted_pattern",
    "allowlisted_pattern_type",
    "whitelisted_pattern_type",
    "blocklisted_message",
    "blocklisted_pattern",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_ALLOWLIST_PATTERN_TYPE_MEMBERS = enum_members(AllowlistPatternType)
