"""MessageTrace: A message's delivery logs, inbound and outbound."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, required
from .trace_log import TraceLog


@define
class MessageTrace(ReadModel):
    """A message's delivery logs, inbound and outbound.

    Attributes:
        inbound: One direction of a message's delivery log.
        outbound: One direction of a message's delivery log.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("inbound", required, TraceLog.from_dict),
        ("outbound", required, TraceLog.from_dict),
    )

    inbound: TraceLog
    outbound: TraceLog
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
