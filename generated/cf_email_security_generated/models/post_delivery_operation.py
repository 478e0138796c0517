"""PostDeliveryOperation: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class PostDeliveryOperation(str, Enum):
    """An operation performed on a message after delivery."""

    PREVIEW = "PREVIEW"
    QUARANTINE_RELEASE = "QUARANTINE_RELEASE"
    SUBMISSION = "SUBMISSION"
    MOVE = "MOVE"

    def __str__(self) -> str:
        return str(self.value)


PostDeliveryOperationValue = Literal["PREVIEW", "QUARANTINE_RELEASE", "SUBMISSION", "MOVE"]
"""The values of PostDeliveryOperation as plain strings, for annotations."""
