"""ExpectedDisposition: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class ExpectedDisposition(str, Enum):
    """Deprecated (end of life 2026-12-01); it has no effect."""

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


ExpectedDispositionValue = Literal[
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
"""The values of ExpectedDisposition as plain strings, for annotations."""
