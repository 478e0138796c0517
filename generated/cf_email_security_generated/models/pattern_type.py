"""PatternType: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class PatternType(str, Enum):
    """What a pattern matches. UNKNOWN may appear on old entries; it cannot be sent."""

    EMAIL = "EMAIL"
    DOMAIN = "DOMAIN"
    IP = "IP"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)


PatternTypeValue = Literal["EMAIL", "DOMAIN", "IP", "UNKNOWN"]
"""The values of PatternType as plain strings, for annotations."""
PatternTypeWritable = Literal["EMAIL", "DOMAIN", "IP"]
"""The values a request body may carry: not UNKNOWN, which only a server sends."""
