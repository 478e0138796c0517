"""SendingDomainRestrictionBatch: Deletes only; upstream's batch for this resource takes nothing else."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from .entry_ref import EntryRef, EntryRefDict


@define
class SendingDomainRestrictionBatch:
    """Deletes only; upstream's batch for this resource takes nothing else.

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

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)


class SendingDomainRestrictionBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
