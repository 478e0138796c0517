"""SenderInfo: Where a message came from."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_int, as_str, maybe


@define
class SenderInfo(ReadModel):
    """Where a message came from.

    Attributes:
        as_name: The name of the sending autonomous system.
        as_number: The number of the sending autonomous system.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("ip", maybe, as_str),
        ("as_name", maybe, as_str),
        ("as_number", maybe, as_int),
        ("geo", maybe, as_str),
        ("pld", maybe, as_str),
    )

    ip: str | None = None
    as_name: str | None = None
    as_number: int | None = None
    geo: str | None = None
    pld: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
