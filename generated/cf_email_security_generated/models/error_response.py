"""ErrorResponse: The envelope of one error."""

from __future__ import annotations

from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .message import Message


@define
class ErrorResponse(Model):
    """The envelope of one error.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    result: Any | None
    success: bool
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
