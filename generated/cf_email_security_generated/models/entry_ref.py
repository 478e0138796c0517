"""EntryRef: EntryRef"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_int,
    as_object,
    join,
    required,
)
from .._serialization import dump_fields
from .._validation import check


@define
class EntryRef:
    """EntryRef

    Attributes:
        id: The unique identifier of an entry.
        additional_properties: fields the spec does not know, kept as received.
    """

    id: int
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("id", "id"),)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "EntryRef") -> EntryRef:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", MISSING)
        if type(id) is not int:
            id = required(id, path, "id", as_int)
        obj = cls(
            id=id,
        )
        obj.additional_properties = d
        return obj

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", int, required=True, minimum=1)
