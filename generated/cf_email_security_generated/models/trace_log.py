"""TraceLog: One direction of a message's delivery log."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, list_of, maybe
from .trace_line import TraceLine


@define
class TraceLog(ReadModel):
    """One direction of a message's delivery log.

    Attributes:
        pending: Whether more of this log may still come.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("lines", maybe, list_of(TraceLine.from_dict)),
        ("pending", maybe, as_bool),
    )

    lines: list[TraceLine] | None = None
    pending: bool | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
