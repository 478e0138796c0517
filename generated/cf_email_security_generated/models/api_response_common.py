"""ApiResponseCommon: Api response common."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_bool,
    as_object,
    join,
    list_of,
    required,
)
from .._serialization import dump_fields
from .message import Message


@define
class ApiResponseCommon:
    """Api response common.

    Attributes:
        errors: list[Message]
        messages: list[Message]
        success: Whether the API call was successful (always true in a 2xx response).
        additional_properties: fields the spec does not know, kept as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("errors", "errors"),
        ("messages", "messages"),
        ("success", "success"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "ApiResponseCommon") -> ApiResponseCommon:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        errors = required(d.pop("errors", MISSING), path, "errors", list_of(Message.from_dict))
        messages = required(d.pop("messages", MISSING), path, "messages", list_of(Message.from_dict))
        success = d.pop("success", MISSING)
        if type(success) is not bool:
            success = required(success, path, "success", as_bool)
        obj = cls(
            errors=errors,
            messages=messages,
            success=success,
        )
        obj.additional_properties = d
        return obj
