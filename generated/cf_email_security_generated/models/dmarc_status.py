"""DmarcStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DmarcStatus(str, Enum):
    """DmarcStatus"""

    NONE = "none"
    GOOD = "good"
    INVALID = "invalid"

    def __str__(self) -> str:
        return str(self.value)


DmarcStatusValue = Literal["none", "good", "invalid"]
"""The values of DmarcStatus as plain strings, for annotations."""
