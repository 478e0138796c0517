"""BulkAction: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class BulkAction(str, Enum):
    """What a bulk job does to each message its search matches."""

    MOVE = "MOVE"
    RELEASE = "RELEASE"

    def __str__(self) -> str:
        return str(self.value)


BulkActionValue = Literal["MOVE", "RELEASE"]
"""The values of BulkAction as plain strings, for annotations."""
