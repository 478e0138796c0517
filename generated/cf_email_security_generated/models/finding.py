"""Finding: One thing a detection found in a message."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_float, as_str, enum_of, maybe
from .disposition_label import DispositionLabel


@define
class Finding(ReadModel):
    """One thing a detection found in a message.

    Attributes:
        detection: The verdict Email Security gave a message, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("detection", maybe, enum_of(DispositionLabel)),
        ("name", maybe, as_str),
        ("reason", maybe, as_str),
        ("detail", maybe, as_str),
        ("field", maybe, as_str),
        ("value", maybe, as_str),
        ("portion", maybe, as_str),
        ("attachment", maybe, as_str),
        ("score", maybe, as_float),
    )

    detection: DispositionLabel | str | None = None
    name: str | None = None
    reason: str | None = None
    detail: str | None = None
    field: str | None = None
    value: str | None = None
    portion: str | None = None
    attachment: str | None = None
    score: float | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
