"""SpfStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class SpfStatus(str, Enum):
    """SpfStatus"""

    NONE = "none"
    GOOD = "good"
    NEUTRAL = "neutral"
    OPEN = "open"
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)


SpfStatusValue = Literal["none", "good", "neutral", "open", "invalid"]
"""The values of SpfStatus as plain strings, for annotations."""
