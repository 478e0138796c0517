"""DeliveryMode: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DeliveryMode(str, Enum):
    """DeliveryMode"""

    DIRECT = "DIRECT"
    BCC = "BCC"
    JOURNAL = "JOURNAL"
    API = "API"
    RETRO_SCAN = "RETRO_SCAN"

    def __str__(self) -> str:
        return str(self.value)


DeliveryModeValue = Literal["DIRECT", "BCC", "JOURNAL", "API", "RETRO_SCAN"]
"""The values of DeliveryMode as plain strings, for annotations."""
