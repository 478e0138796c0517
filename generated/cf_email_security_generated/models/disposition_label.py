"""DispositionLabel: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DispositionLabel(str, Enum):
    """DispositionLabel"""

    MALICIOUS = "MALICIOUS"
    MALICIOUS_BEC = "MALICIOUS-BEC"
    SUSPICIOUS = "SUSPICIOUS"
    SPOOF = "SPOOF"
    SPAM = "SPAM"
    BULK = "BULK"
    ENCRYPTED = "ENCRYPTED"
    EXTERNAL = "EXTERNAL"
    UNKNOWN = "UNKNOWN"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)


DispositionLabelValue = Literal[
    "MALICIOUS",
    "MALICIOUS-BEC",
    "SUSPICIOUS",
    "SPOOF",
    "SPAM",
    "BULK",
    "ENCRYPTED",
    "EXTERNAL",
    "UNKNOWN",
    "NONE",
]
"""The values of DispositionLabel as plain strings, for annotations."""
