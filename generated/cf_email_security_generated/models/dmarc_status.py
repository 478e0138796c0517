"""DmarcStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum


class DmarcStatus(str, Enum):
    """DmarcStatus"""

    NONE = "none"
    GOOD = "good"
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
