"""MessageSource: Where in the request the message points."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    as_object,
    as_str,
    join,
    maybe,
)
from .._serialization import dump_fields


@define
class MessageSource:
    """Where in the request the message points.

    Attributes:
        pointer: str | None
        additional_properties: fields the spec does not know, kept as received.
    """

    pointer: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("pointer", "pointer"),)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "MessageSource") -> MessageSource:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        pointer = d.pop("pointer", None)
        if type(pointer) is not str:
            pointer = maybe(pointer, path, "pointer", as_str)
        obj = cls(
            pointer=pointer,
        )
        obj.additional_properties = d
        return obj
