"""BulkMoveParams: What a moving job does with each message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, enum_of, maybe, required
from .bulk_action import BulkAction
from .expected_disposition import ExpectedDisposition
from .move_destination import MoveDestination


@define
class BulkMoveParams(ReadModel):
    """What a moving job does with each message.

    Attributes:
        type_: What a bulk job does to each message its search matches.
        destination: A mailbox folder messages can be moved to.
        expected_disposition: Deprecated (end of life 2026-12-01); it has no effect.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("type", required, enum_of(BulkAction)),
        ("destination", required, enum_of(MoveDestination)),
        ("expected_disposition", maybe, enum_of(ExpectedDisposition)),
    )

    type_: BulkAction | str
    destination: MoveDestination | str
    expected_disposition: ExpectedDisposition | str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "type_": "type",
    }
