"""EmailsProcessed: Mail counts of the domain; null before any mail was counted."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_int, required


@define
class EmailsProcessed(ReadModel):
    """Mail counts of the domain; null before any mail was counted.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("timestamp", required, as_datetime),
        ("total_emails_processed", required, as_int),
        ("total_emails_processed_previous", required, as_int),
    )

    timestamp: datetime.datetime
    total_emails_processed: int
    total_emails_processed_previous: int
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
