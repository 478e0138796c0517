"""EntryMeta: EntryMeta"""

from __future__ import annotations

import datetime
import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_datetime,
    as_int,
    as_object,
    join,
    required,
)
from .._serialization import dump_fields


@define
class EntryMeta:
    """EntryMeta

    Attributes:
        created_at: datetime.datetime
        id: The unique identifier of an entry.
        last_modified: datetime.datetime
        additional_properties: fields the spec does not know, kept as received.
    """

    created_at: datetime.datetime
    id: int
    last_modified: datetime.datetime
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("id", "id"),
        ("last_modified", "last_modified"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "EntryMeta") -> EntryMeta:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        id = d.pop("id", MISSING)
        if type(id) is not int:
            id = required(id, path, "id", as_int)
        last_modified = required(d.pop("last_modified", MISSING), path, "last_modified", as_datetime)
        obj = cls(
            created_at=created_at,
            id=id,
            last_modified=last_modified,
        )
        obj.additional_properties = d
        return obj
