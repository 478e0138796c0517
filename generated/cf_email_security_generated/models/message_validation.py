"""MessageValidation: The SPF, DKIM and DMARC results of a message, or null."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, as_str, enum_members, enum_of, maybe, where
from .auth_result import AuthResult


@define
class MessageValidation(ReadModel):
    """The SPF, DKIM and DMARC results of a message, or null.

    Attributes:
        spf: The result of an SPF, DKIM or DMARC check, or null.
        dkim: The result of an SPF, DKIM or DMARC check, or null.
        dmarc: The result of an SPF, DKIM or DMARC check, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    spf: AuthResult | str | None = None
    dkim: AuthResult | str | None = None
    dmarc: AuthResult | str | None = None
    comment: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> MessageValidation:
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
        spf_, dkim_, dmarc_, comment_ = fields
        if type(spf_) is str:
            spf_ = _AUTH_RESULT_MEMBERS.get(spf_, spf_)
        elif spf_ is not None:
            spf_ = maybe(spf_, where(parent, key, cls), "spf", enum_of(AuthResult))
        if type(dkim_) is str:
            dkim_ = _AUTH_RESULT_MEMBERS.get(dkim_, dkim_)
        elif dkim_ is not None:
            dkim_ = maybe(dkim_, where(parent, key, cls), "dkim", enum_of(AuthResult))
        if type(dmarc_) is str:
            dmarc_ = _AUTH_RESULT_MEMBERS.get(dmarc_, dmarc_)
        elif dmarc_ is not None:
            dmarc_ = maybe(dmarc_, where(parent, key, cls), "dmarc", enum_of(AuthResult))
        if type(comment_) is not str and comment_ is not None:
            comment_ = maybe(comment_, where(parent, key, cls), "comment", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.spf = spf_
        obj.dkim = dkim_
        obj.dmarc = dmarc_
        obj.comment = comment_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("spf", "dkim", "dmarc", "comment")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_AUTH_RESULT_MEMBERS = enum_members(AuthResult)
