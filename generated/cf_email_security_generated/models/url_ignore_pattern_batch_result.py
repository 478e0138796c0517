"""UrlIgnorePatternBatchResult: What the batch did, array by array."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, list_of, required
from .entry_ref import EntryRef
from .url_ignore_pattern import UrlIgnorePattern


@define
class UrlIgnorePatternBatchResult(ReadModel):
    """What the batch did, array by array.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("deletes", required, list_of(EntryRef.from_dict)),
        ("patches", required, list_of(UrlIgnorePattern.from_dict)),
        ("puts", required, list_of(UrlIgnorePattern.from_dict)),
        ("posts", required, list_of(UrlIgnorePattern.from_dict)),
    )

    deletes: list[EntryRef]
    patches: list[UrlIgnorePattern]
    puts: list[UrlIgnorePattern]
    posts: list[UrlIgnorePattern]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
