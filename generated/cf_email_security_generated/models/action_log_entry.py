"""ActionLogEntry: One action taken on a message."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_str, enum_of, maybe, required
from .action_log_operation import ActionLogOperation
from .action_log_properties import ActionLogProperties


@define
class ActionLogEntry(ReadModel):
    """One action taken on a message.

    Attributes:
        completed_at: When the action completed.
        operation: The kind of an action in a message's action log.
        status: How the action went.
        properties: Details of an action.
        completed_timestamp: Deprecated (end of life 2026-11-01); use `completed_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("completed_at", required, as_datetime),
        ("operation", required, enum_of(ActionLogOperation)),
        ("status", maybe, as_str),
        ("properties", maybe, ActionLogProperties.from_dict),
        ("completed_timestamp", maybe, as_str),
    )

    completed_at: datetime.datetime
    operation: ActionLogOperation | str
    status: str | None = None
    properties: ActionLogProperties | None = None
    completed_timestamp: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
