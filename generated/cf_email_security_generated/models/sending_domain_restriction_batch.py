"""SendingDomainRestrictionBatch: Deletes only; the batch of this resource takes nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .entry_ref import EntryRef, EntryRefDict


@define
class SendingDomainRestrictionBatch(Model):
    """Deletes only; the batch of this resource takes nothing else.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)


class SendingDomainRestrictionBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
