"""EmailsProcessed: Mail counts of the domain. Gen A made the object nullable; Gen B does not."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_datetime,
    as_int,
    as_object,
    join,
    required,
)


@define
class EmailsProcessed(Model):
    """Mail counts of the domain. Gen A made the object nullable; Gen B does not.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    timestamp: datetime.datetime
    total_emails_processed: int
    total_emails_processed_previous: int
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "EmailsProcessed") -> EmailsProcessed:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        timestamp = required(d.pop("timestamp", MISSING), path, "timestamp", as_datetime)
        total_emails_processed = d.pop("total_emails_processed", MISSING)
        if type(total_emails_processed) is not int:
            total_emails_processed = required(total_emails_processed, path, "total_emails_processed", as_int)
        total_emails_processed_previous = d.pop("total_emails_processed_previous", MISSING)
        if type(total_emails_processed_previous) is not int:
            total_emails_processed_previous = required(
                total_emails_processed_previous, path, "total_emails_processed_previous", as_int
            )
        obj = cls(
            timestamp=timestamp,
            total_emails_processed=total_emails_processed,
            total_emails_processed_previous=total_emails_processed_previous,
        )
        obj.additional_properties = d
        return obj
