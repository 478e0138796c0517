"""DomainVerificationResponse: The envelope of one domain verification."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_bool,
    as_object,
    join,
    list_of,
    required,
)
from .domain_verification_info import DomainVerificationInfo
from .message import Message


@define
class DomainVerificationResponse(Model):
    """The envelope of one domain verification.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result: The DNS TXT record that verifies a domain created through the API.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: DomainVerificationInfo
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "DomainVerificationResponse"
    ) -> DomainVerificationResponse:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        errors = required(d.pop("errors", MISSING), path, "errors", list_of(Message.from_dict))
        messages = required(d.pop("messages", MISSING), path, "messages", list_of(Message.from_dict))
        success = d.pop("success", MISSING)
        if type(success) is not bool:
            success = required(success, path, "success", as_bool)
        result = required(d.pop("result", MISSING), path, "result", DomainVerificationInfo.from_dict)
        obj = cls(
            errors=errors,
            messages=messages,
            success=success,
            result=result,
        )
        obj.additional_properties = d
        return obj
