"""BulkReleaseParams: What a releasing job does with each message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, enum_of, required
from .bulk_action import BulkAction


@define
class BulkReleaseParams(ReadModel):
    """What a releasing job does with each message.

    Attributes:
        type_: What a bulk job does to each message its search matches.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (("type", required, enum_of(BulkAction)),)

    type_: BulkAction | str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "type_": "type",
    }
