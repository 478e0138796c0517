"""Message: Message."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_int, as_object, as_str, maybe, required, where
from .message_source import MessageSource


@define
class Message(ReadModel):
    """Message.

    Attributes:
        code: Cloudflare's code for the message.
        source: Where in the request the message points.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    code: int
    message: str
    documentation_url: str | None = None
    source: MessageSource | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> Message:
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
        code_, message_, documentation_url_, source_ = fields
        if type(code_) is not int:
            code_ = required(code_, where(parent, key, cls), "code", as_int)
        if type(message_) is not str:
            message_ = required(message_, where(parent, key, cls), "message", as_str)
        if type(documentation_url_) is not str and documentation_url_ is not None:
            documentation_url_ = maybe(
                documentation_url_, where(parent, key, cls), "documentation_url", as_str
            )
        if source_ is not None:
            source_ = maybe(source_, where(parent, key, cls), "source", MessageSource.from_dict)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.code = code_
        obj.message = message_
        obj.documentation_url = documentation_url_
        obj.source = source_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("code", "message", "documentation_url", "source")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
