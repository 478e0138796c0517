"""PreviewMessage: The message to preview."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check


@define
class PreviewMessage(Model):
    """The message to preview.

    Attributes:
        id: The id of a message as Email Security's investigation knows it.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, min_length=1, pattern="^(?!\\.\\.?$)")


class PreviewMessageDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    id: str
