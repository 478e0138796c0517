"""SendingDomainRestrictionListResponse: A page of sending domain restrictions: its result and result_info."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_bool, as_object, list_of, maybe, required, where
from .message import Message
from .result_info import ResultInfo
from .sending_domain_restriction import SendingDomainRestriction


@define
class SendingDomainRestrictionListResponse(ReadModel):
    """A page of sending domain restrictions: its result and result_info.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result_info: Where a page stands.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: list[SendingDomainRestriction]
    result_info: ResultInfo | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str | None = None
    ) -> SendingDomainRestrictionListResponse:
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
        errors_, messages_, success_, result_, result_info_ = fields
        errors_ = required(errors_, where(parent, key, cls), "errors", _read_errors)
        messages_ = required(messages_, where(parent, key, cls), "messages", _read_messages)
        if type(success_) is not bool:
            success_ = required(success_, where(parent, key, cls), "success", as_bool)
        result_ = required(result_, where(parent, key, cls), "result", _read_result)
        if result_info_ is not None:
            result_info_ = maybe(result_info_, where(parent, key, cls), "result_info", ResultInfo.from_dict)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.errors = errors_
        obj.messages = messages_
        obj.success = success_
        obj.result = result_
        obj.result_info = result_info_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("errors", "messages", "success", "result", "result_info")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_errors = list_of(Message.from_dict)
_read_messages = list_of(Message.from_dict)
_read_result = list_of(SendingDomainRestriction.from_dict)
