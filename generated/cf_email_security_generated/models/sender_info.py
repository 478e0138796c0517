"""SenderInfo: Where a message came from."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_int, as_object, as_str, maybe, where


@define
class SenderInfo(ReadModel):
    """Where a message came from.

    Attributes:
        as_name: The name of the sending autonomous system.
        as_number: The number of the sending autonomous system.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    ip: str | None = None
    as_name: str | None = None
    as_number: int | None = None
    geo: str | None = None
    pld: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> SenderInfo:
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
        ip_, as_name_, as_number_, geo_, pld_ = fields
        if type(ip_) is not str and ip_ is not None:
            ip_ = maybe(ip_, where(parent, key, cls), "ip", as_str)
        if type(as_name_) is not str and as_name_ is not None:
            as_name_ = maybe(as_name_, where(parent, key, cls), "as_name", as_str)
        if type(as_number_) is not int and as_number_ is not None:
            as_number_ = maybe(as_number_, where(parent, key, cls), "as_number", as_int)
        if type(geo_) is not str and geo_ is not None:
            geo_ = maybe(geo_, where(parent, key, cls), "geo", as_str)
        if type(pld_) is not str and pld_ is not None:
            pld_ = maybe(pld_, where(parent, key, cls), "pld", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.ip = ip_
        obj.as_name = as_name_
        obj.as_number = as_number_
        obj.geo = geo_
        obj.pld = pld_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("ip", "as_name", "as_number", "geo", "pld")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
