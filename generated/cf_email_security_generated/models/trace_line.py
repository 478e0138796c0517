"""TraceLine: One line of a delivery log."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_int, as_str, maybe


@define
class TraceLine(ReadModel):
    """One line of a delivery log.

    Attributes:
        lineno: The line's number in the log.
        ts: Deprecated (end of life 2026-11-01); use `logged_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("lineno", maybe, as_int),
        ("logged_at", maybe, as_datetime),
        ("message", maybe, as_str),
        ("ts", maybe, as_str),
    )

    lineno: int | None = None
    logged_at: datetime.datetime | None = None
    message: str | None = None
    ts: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
