"""DomainVerificationInfo: The DNS TXT record that verifies a domain created through the API."""

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
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    required,
    required_nullable,
    where,
)
from .domain_status import DomainStatus


@define
class DomainVerificationInfo(ReadModel):
    """The DNS TXT record that verifies a domain created through the API.

    Attributes:
        status: Where the DNS TXT verification of a domain stands.
        txt_record_name: Full name of the TXT record, e.g. `_cf-email-sec-challenge.example.com`.
        txt_record_value: The token to publish in the TXT record.
        last_checked_at: When the record was last checked; null before the first check.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    status: DomainStatus | str | None
    txt_record_name: str
    txt_record_value: str
    last_checked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> DomainVerificationInfo:
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
        status_, txt_record_name_, txt_record_value_, last_checked_at_ = fields
        if type(status_) is str:
            status_ = _DOMAIN_STATUS_MEMBERS.get(status_, status_)
        elif status_ is not None:
            status_ = required_nullable(status_, where(parent, key, cls), "status", enum_of(DomainStatus))
        if type(txt_record_name_) is not str:
            txt_record_name_ = required(txt_record_name_, where(parent, key, cls), "txt_record_name", as_str)
        if type(txt_record_value_) is not str:
            txt_record_value_ = required(
                txt_record_value_, where(parent, key, cls), "txt_record_value", as_str
            )
        if type(last_checked_at_) is str:
            try:
                last_checked_at_ = fromisoformat(last_checked_at_)
            except ValueError:
                last_checked_at_ = required_nullable(
                    last_checked_at_, where(parent, key, cls), "last_checked_at", as_datetime
                )
        elif last_checked_at_ is not None:
            last_checked_at_ = required_nullable(
                last_checked_at_, where(parent, key, cls), "last_checked_at", as_datetime
            )
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.status = status_
        obj.txt_record_name = txt_record_name_
        obj.txt_record_value = txt_record_value_
        obj.last_checked_at = last_checked_at_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("status", "txt_record_name", "txt_record_value", "last_checked_at")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DOMAIN_STATUS_MEMBERS = enum_members(DomainStatus)
