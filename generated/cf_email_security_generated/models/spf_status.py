"""SpfStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum


class SpfStatus(str, Enum):
    """SpfStatus"""

    NONE = "none"
    GOOD = "good"
    NEUTRAL = "neutral"
    OPEN = "open"
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)
