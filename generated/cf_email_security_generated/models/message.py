"""Message: Message"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_int,
    as_object,
    as_str,
    join,
    required,
)
from .._serialization import dump_fields


@define
class Message:
    """Message

    Attributes:
        code: int
        message: str
        additional_properties: fields the spec does not know, kept as received.
    """

    code: int
    message: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "Message") -> Message:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        code = d.pop("code", MISSING)
        if type(code) is not int:
            code = required(code, path, "code", as_int)
        message = d.pop("message", MISSING)
        if type(message) is not str:
            message = required(message, path, "message", as_str)
        obj = cls(
            code=code,
            message=message,
        )
        obj.additional_properties = d
        return obj
