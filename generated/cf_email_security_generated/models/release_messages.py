"""ReleaseMessages: The quarantined messages to release."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check


@define
class ReleaseMessages(Model):
    """The quarantined messages to release.

    Attributes:
        ids: The ids of the messages to release.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    ids: list[str]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.ids, path, "ids", list, items=str, required=True)


class ReleaseMessagesDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    ids: list[str]
