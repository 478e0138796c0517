"""Message: Message."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_int,
    as_object,
    as_str,
    join,
    maybe,
    required,
)
from .message_source import MessageSource


@define
class Message(Model):
    """Message.

    Attributes:
        code: Cloudflare's code for the message (upstream says 1000 or more; not enforced on
            read).
        source: Where in the request the message points.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    code: int
    message: str
    documentation_url: str | None = None
    source: MessageSource | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

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
