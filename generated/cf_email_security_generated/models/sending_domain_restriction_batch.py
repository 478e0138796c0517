"""SendingDomainRestrictionBatch: SendingDomainRestrictionBatch"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from .entry_ref import EntryRef


@define
class SendingDomainRestrictionBatch:
    """SendingDomainRestrictionBatch

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

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
