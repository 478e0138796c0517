"""ContentPolicyResponse: The envelope of one content policy."""

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
from .content_policy import ContentPolicy
from .message import Message


@define
class ContentPolicyResponse(Model):
    """The envelope of one content policy.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result: A content policy as the server returns it. Per PY-5.9.0 and DOCS-1008: every field
            optional, and no last_modified, which this resource never had. Later TypeScript docs
            show an expires_at whose shape is not yet known; it is not modelled.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: ContentPolicy
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "ContentPolicyResponse"
    ) -> ContentPolicyResponse:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        errors = required(d.pop("errors", MISSING), path, "errors", list_of(Message.from_dict))
        messages = required(d.pop("messages", MISSING), path, "messages", list_of(Message.from_dict))
        success = d.pop("success", MISSING)
        if type(success) is not bool:
            success = required(success, path, "success", as_bool)
        result = required(d.pop("result", MISSING), path, "result", ContentPolicy.from_dict)
        obj = cls(
            errors=errors,
            messages=messages,
            success=success,
            result=result,
        )
        obj.additional_properties = d
        return obj
