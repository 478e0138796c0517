"""TrustedDomainBatchResponse: The envelope of a trusted domain batch's result."""

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
from .message import Message
from .trusted_domain_batch_result import TrustedDomainBatchResult


@define
class TrustedDomainBatchResponse(Model):
    """The envelope of a trusted domain batch's result.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result: What the batch did, array by array. upstream marks none of the arrays required.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: TrustedDomainBatchResult
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "TrustedDomainBatchResponse"
    ) -> TrustedDomainBatchResponse:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        errors = required(d.pop("errors", MISSING), path, "errors", list_of(Message.from_dict))
        messages = required(d.pop("messages", MISSING), path, "messages", list_of(Message.from_dict))
        success = d.pop("success", MISSING)
        if type(success) is not bool:
            success = required(success, path, "success", as_bool)
        result = required(d.pop("result", MISSING), path, "result", TrustedDomainBatchResult.from_dict)
        obj = cls(
            errors=errors,
            messages=messages,
            success=success,
            result=result,
        )
        obj.additional_properties = d
        return obj
