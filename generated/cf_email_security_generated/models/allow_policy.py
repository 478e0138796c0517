"""AllowPolicy: An allow policy as the server returns it."""

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
    enum_members,
    enum_of,
    fromisoformat,
    maybe,
    required,
    where,
)
from .pattern_type import PatternType


@define
class AllowPolicy(ReadModel):
    """An allow policy as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        is_acceptable_sender: Mail from this sender is exempt from Spam, Spoof and Bulk dispositions (not from
            Malicious or Suspicious).
        is_exempt_recipient: Mail to this recipient bypasses all detections.
        is_trusted_sender: Mail from this sender bypasses all detections and link following.
        pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an email
            address (EMAIL), a domain name (DOMAIN), or a globally reachable address or CIDR
            block (IP).
        pattern_type: What a pattern matches, and so the form the pattern must have unless it is a regular
            expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a
            globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
            loopback, link-local, unspecified and broadcast addresses are refused, and so are
            their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
            filters accept it, but create and update refuse it.
        verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
        is_recipient: Deprecated; the old name of `is_exempt_recipient`, which the server derives it from.
        is_sender: Deprecated; the old name of `is_trusted_sender`, which the server derives it from.
        is_spoof: Deprecated; the old name of `is_acceptable_sender`, which the server derives it
            from.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    created_at: datetime.datetime
    last_modified: datetime.datetime
    modified_at: datetime.datetime | None = None
    comments: str | None = None
    is_acceptable_sender: bool | None = None
    is_exempt_recipient: bool | None = None
    is_regex: bool | None = None
    is_trusted_sender: bool | None = None
    pattern: str | None = None
    pattern_type: PatternType | str | None = None
    verify_sender: bool | None = None
    is_recipient: bool | None = None
    is_sender: bool | None = None
    is_spoof: bool | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> AllowPolicy:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 15:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 15
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            id_,
            created_at_,
            last_modified_,
            modified_at_,
            comments_,
            is_acceptable_sender_,
            is_exempt_recipient_,
            is_regex_,
            is_trusted_sender_,
            pattern_,
            pattern_type_,
            verify_sender_,
            is_recipient_,
            is_sender_,
            is_spoof_,
        ) = fields
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        else:
            created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(last_modified_) is str:
            try:
                last_modified_ = fromisoformat(last_modified_)
            except ValueError:
                last_modified_ = required(
                    last_modified_, where(parent, key, cls), "last_modified", as_datetime
                )
        else:
            last_modified_ = required(last_modified_, where(parent, key, cls), "last_modified", as_datetime)
        if type(modified_at_) is str:
            try:
                modified_at_ = fromisoformat(modified_at_)
            except ValueError:
                modified_at_ = maybe(modified_at_, where(parent, key, cls), "modified_at", as_datetime)
        elif modified_at_ is not None:
            modified_at_ = maybe(modified_at_, where(parent, key, cls), "modified_at", as_datetime)
        if type(comments_) is not str and comments_ is not None:
            comments_ = maybe(comments_, where(parent, key, cls), "comments", as_str)
        if type(is_acceptable_sender_) is not bool and is_acceptable_sender_ is not None:
            is_acceptable_sender_ = maybe(
                is_acceptable_sender_, where(parent, key, cls), "is_acceptable_sender", as_bool
            )
        if type(is_exempt_recipient_) is not bool and is_exempt_recipient_ is not None:
            is_exempt_recipient_ = maybe(
                is_exempt_recipient_, where(parent, key, cls), "is_exempt_recipient", as_bool
            )
        if type(is_regex_) is not bool and is_regex_ is not None:
            is_regex_ = maybe(is_regex_, where(parent, key, cls), "is_regex", as_bool)
        if type(is_trusted_sender_) is not bool and is_trusted_sender_ is not None:
            is_trusted_sender_ = maybe(
                is_trusted_sender_, where(parent, key, cls), "is_trusted_sender", as_bool
            )
        if type(pattern_) is not str and pattern_ is not None:
            pattern_ = maybe(pattern_, where(parent, key, cls), "pattern", as_str)
        if type(pattern_type_) is str:
            pattern_type_ = _PATTERN_TYPE_MEMBERS.get(pattern_type_, pattern_type_)
        elif pattern_type_ is not None:
            pattern_type_ = maybe(
                pattern_type_, where(parent, key, cls), "pattern_type", enum_of(PatternType)
            )
        if type(verify_sender_) is not bool and verify_sender_ is not None:
            verify_sender_ = maybe(verify_sender_, where(parent, key, cls), "verify_sender", as_bool)
        if type(is_recipient_) is not bool and is_recipient_ is not None:
            is_recipient_ = maybe(is_recipient_, where(parent, key, cls), "is_recipient", as_bool)
        if type(is_sender_) is not bool and is_sender_ is not None:
            is_sender_ = maybe(is_sender_, where(parent, key, cls), "is_sender", as_bool)
        if type(is_spoof_) is not bool and is_spoof_ is not None:
            is_spoof_ = maybe(is_spoof_, where(parent, key, cls), "is_spoof", as_bool)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.created_at = created_at_
        obj.last_modified = last_modified_
        obj.modified_at = modified_at_
        obj.comments = comments_
        obj.is_acceptable_sender = is_acceptable_sender_
        obj.is_exempt_recipient = is_exempt_recipient_
        obj.is_regex = is_regex_
        obj.is_trusted_sender = is_trusted_sender_
        obj.pattern = pattern_
        obj.pattern_type = pattern_type_
        obj.verify_sender = verify_sender_
        obj.is_recipient = is_recipient_
        obj.is_sender = is_sender_
        obj.is_spoof = is_spoof_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "id",
    "created_at",
    "last_modified",
    "modified_at",
    "comments",
    "is_acceptable_sender",
    "is_exempt_recipient",
    "is_regex",
    "is_trusted_sender",
    "pattern",
    "pattern_type",
    "verify_sender",
    "is_recipient",
    "is_sender",
    "is_spoof",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_PATTERN_TYPE_MEMBERS = enum_members(PatternType)
