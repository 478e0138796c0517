"""DeliveryStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DeliveryStatus(str, Enum):
    """Where the delivery of a message stands."""

    DELIVERED = "delivered"
    MOVED = "moved"
    QUARANTINED = "quarantined"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    BOUNCED = "bounced"
    QUEUED = "queued"
    MOVE_FAILED = "move_failed"

    def __str__(self) -> str:
        return str(self.value)


DeliveryStatusValue = Literal[
    "delivered", "moved", "quarantined", "rejected", "deferred", "bounced", "queued", "move_failed"
]
"""The values of DeliveryStatus as plain strings, for annotations."""
