"""MoveResult: The outcome of one move."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_int, as_str, maybe, required


@define
class MoveResult(ReadModel):
    """The outcome of one move.

    Attributes:
        success: Whether the move succeeded.
        status: The move's status.
        operation: The kind of operation performed.
        destination: The folder the message went to.
        recipient: The recipient whose mailbox it was.
        message_id: The id of the message moved.
        completed_at: When the move completed (UTC).
        completed_timestamp: Deprecated (end of life 2026-11-01); use `completed_at`.
        item_count: Deprecated (end of life 2026-11-01). The number of items moved.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("success", required, as_bool),
        ("status", maybe, as_str),
        ("operation", maybe, as_str),
        ("destination", maybe, as_str),
        ("recipient", maybe, as_str),
        ("message_id", maybe, as_str),
        ("completed_at", maybe, as_datetime),
        ("completed_timestamp", maybe, as_datetime),
        ("item_count", maybe, as_int),
    )

    success: bool
    status: str | None = None
    operation: str | None = None
    destination: str | None = None
    recipient: str | None = None
    message_id: str | None = None
    completed_at: datetime.datetime | None = None
    completed_timestamp: datetime.datetime | None = None
    item_count: int | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
