"""Region: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class Region(str, Enum):
    """Region"""

    GLOBAL = "GLOBAL"
    AU = "AU"
    DE = "DE"
    IN = "IN"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)


RegionValue = Literal["GLOBAL", "AU", "DE", "IN", "US"]
"""The values of Region as plain strings, for annotations."""
