"""EntryRef: Entry ref."""

from __future__ import annotations

from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, required
from .._validation import check


@define
class EntryRef(ReadModel):
    """Entry ref.

    Attributes:
        id: The unique identifier of an entry, a UUID.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (("id", required, as_str),)

    id: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")


class EntryRefDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    id: str
