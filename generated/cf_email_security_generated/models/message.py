"""Message: Message."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_int, as_str, maybe, required
from .message_source import MessageSource


@define
class Message(ReadModel):
    """Message.

    Attributes:
        code: Cloudflare's code for the message.
        source: Where in the request the message points.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("code", required, as_int),
        ("message", required, as_str),
        ("documentation_url", maybe, as_str),
        ("source", maybe, MessageSource.from_dict),
    )

    code: int
    message: str
    documentation_url: str | None = None
    source: MessageSource | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
