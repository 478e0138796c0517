"""BulkJobStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class BulkJobStatus(str, Enum):
    """Where a bulk job stands: PENDING, DISCOVERING (finding the messages), PROCESSING, then one of COMPLETED, FAILED or CANCELLED, after which it no longer changes."""

    PENDING = "PENDING"
    DISCOVERING = "DISCOVERING"
    PROCESSING = "PROCESSING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"

    def __str__(self) -> str:
        return str(self.value)


BulkJobStatusValue = Literal["PENDING", "DISCOVERING", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED"]
"""The values of BulkJobStatus as plain strings, for annotations."""
