"""Disposition: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class Disposition(str, Enum):
    """A disposition that can be searched for or asked for."""

    MALICIOUS = "MALICIOUS"
    SUSPICIOUS = "SUSPICIOUS"
    SPOOF = "SPOOF"
    SPAM = "SPAM"
    BULK = "BULK"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)


DispositionValue = Literal["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"]
"""The values of Disposition as plain strings, for annotations."""
