"""EmailsProcessed: Mail counts of the domain. Gen A made the object nullable; Gen B does not."""

from __future__ import annotations

import datetime
import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_datetime,
    as_int,
    as_object,
    join,
    required,
)
from .._serialization import dump_fields


@define
class EmailsProcessed:
    """Mail counts of the domain. Gen A made the object nullable; Gen B does not.

    Attributes:
        timestamp: datetime.datetime
        total_emails_processed: int
        total_emails_processed_previous: int
        additional_properties: fields the spec does not know, kept as received.
    """

    timestamp: datetime.datetime
    total_emails_processed: int
    total_emails_processed_previous: int
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("timestamp", "timestamp"),
        ("total_emails_processed", "total_emails_processed"),
        ("total_emails_processed_previous", "total_emails_processed_previous"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

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
