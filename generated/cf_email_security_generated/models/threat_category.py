"""ThreatCategory: A category of threat found in a message."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_int, as_str, maybe


@define
class ThreatCategory(ReadModel):
    """A category of threat found in a message.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", maybe, as_int),
        ("name", maybe, as_str),
        ("description", maybe, as_str),
    )

    id: int | None = None
    name: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
