"""EntryRef: Entry ref."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_object,
    as_str,
    join,
    required,
)
from .._validation import check


@define
class EntryRef(Model):
    """Entry ref.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "EntryRef") -> EntryRef:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", MISSING)
        if type(id) is not str:
            id = required(id, path, "id", as_str)
        obj = cls(
            id=id,
        )
        obj.additional_properties = d
        return obj

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")


class EntryRefDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    id: str
