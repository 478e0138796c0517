"""Message: Message."""

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
    maybe,
    required,
)
from .._serialization import dump_fields
from .message_source import MessageSource


@define
class Message:
    """Message.

    Attributes:
        code: Cloudflare's code for the message (upstream says 1000 or more; not
            enforced on read).
        message: str
        documentation_url: str | None
        source: Where in the request the message points.
        additional_properties: fields the spec does not know, kept as received.
    """

    code: int
    message: str
    documentation_url: str | None = None
    source: MessageSource | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("documentation_url", "documentation_url"),
        ("source", "source"),
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
        documentation_url = d.pop("documentation_url", None)
        if type(documentation_url) is not str:
            documentation_url = maybe(documentation_url, path, "documentation_url", as_str)
        source = maybe(d.pop("source", None), path, "source", MessageSource.from_dict)
        obj = cls(
            code=code,
            message=message,
            documentation_url=documentation_url,
            source=source,
        )
        obj.additional_properties = d
        return obj
