"""MessagePreview: A screenshot of a message's body."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, required


@define
class MessagePreview(ReadModel):
    """A screenshot of a message's body.

    Attributes:
        screenshot: The screenshot, a PNG image encoded in base64.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (("screenshot", required, as_str),)

    screenshot: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
