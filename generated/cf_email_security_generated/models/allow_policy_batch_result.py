"""AllowPolicyBatchResult: What the batch did, array by array."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, list_of, maybe
from .allow_policy import AllowPolicy
from .entry_ref import EntryRef


@define
class AllowPolicyBatchResult(ReadModel):
    """What the batch did, array by array.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("deletes", maybe, list_of(EntryRef.from_dict)),
        ("patches", maybe, list_of(AllowPolicy.from_dict)),
        ("puts", maybe, list_of(AllowPolicy.from_dict)),
        ("posts", maybe, list_of(AllowPolicy.from_dict)),
    )

    deletes: list[EntryRef] | None = None
    patches: list[AllowPolicy] | None = None
    puts: list[AllowPolicy] | None = None
    posts: list[AllowPolicy] | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
