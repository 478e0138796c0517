"""ErrorResponse: The envelope of one error."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from attrs import define, field

from .._serialization import dump_fields
from .message import Message


@define
class ErrorResponse:
    """The envelope of one error.

    Attributes:
        errors: list[Message]
        messages: list[Message]
        result: Any | None
        success: bool
        additional_properties: fields the spec does not know, kept as received.
    """

    errors: list[Message]
    messages: list[Message]
    result: Any | None
    success: bool
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("errors", "errors"),
        ("messages", "messages"),
        ("result", "result"),
        ("success", "success"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
