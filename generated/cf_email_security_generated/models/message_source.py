"""MessageSource: Where in the request the message points."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_object,
    as_str,
    join,
    maybe,
)


@define
class MessageSource(Model):
    """Where in the request the message points.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    pointer: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

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
