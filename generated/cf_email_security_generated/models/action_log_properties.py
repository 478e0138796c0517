"""ActionLogProperties: Details of an action."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, maybe


@define
class ActionLogProperties(ReadModel):
    """Details of an action.

    Attributes:
        folder: The folder a move went to.
        requested_by: Who asked for the action.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("folder", maybe, as_str),
        ("requested_by", maybe, as_str),
    )

    folder: str | None = None
    requested_by: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
