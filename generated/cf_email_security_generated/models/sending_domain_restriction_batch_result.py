"""SendingDomainRestrictionBatchResult: What a sending domain restriction batch did, array by array."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_object,
    join,
    list_of,
    required,
)
from .._serialization import dump_fields
from .entry_ref import EntryRef


@define
class SendingDomainRestrictionBatchResult:
    """What a sending domain restriction batch did, array by array.

    Attributes:
        deletes: list[EntryRef]
        additional_properties: fields the spec does not know, kept as received.
    """

    deletes: list[EntryRef]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (("deletes", "deletes"),)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "SendingDomainRestrictionBatchResult"
    ) -> SendingDomainRestrictionBatchResult:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        deletes = required(d.pop("deletes", MISSING), path, "deletes", list_of(EntryRef.from_dict))
        obj = cls(
            deletes=deletes,
        )
        obj.additional_properties = d
        return obj
