"""BulkMessageStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class BulkMessageStatus(str, Enum):
    """Where one message of a bulk job stands."""

    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    SKIPPED = "SKIPPED"

    def __str__(self) -> str:
        return str(self.value)


BulkMessageStatusValue = Literal["PENDING", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED", "SKIPPED"]
"""The values of BulkMessageStatus as plain strings, for annotations."""
