"""MessageAction: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class MessageAction(str, Enum):
    """An action taken on a message after delivery, as a search filter names it."""

    PREVIEW = "PREVIEW"
    QUARANTINE_RELEASED = "QUARANTINE_RELEASED"
    MOVED = "MOVED"

    def __str__(self) -> str:
        return str(self.value)


MessageActionValue = Literal["PREVIEW", "QUARANTINE_RELEASED", "MOVED"]
"""The values of MessageAction as plain strings, for annotations."""
