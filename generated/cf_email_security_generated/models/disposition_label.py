"""DispositionLabel: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum


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
