"""SendingDomainRestrictionBatchResult: What a sending domain restriction batch did, array by array."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_object,
    join,
    list_of,
    required,
)
from .entry_ref import EntryRef


@define
class SendingDomainRestrictionBatchResult(Model):
    """What a sending domain restriction batch did, array by array.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

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
