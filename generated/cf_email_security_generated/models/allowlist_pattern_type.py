"""AllowlistPatternType: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class AllowlistPatternType(str, Enum):
    """The kind of entry that let a message through, or null."""

    QUARANTINE_RELEASE = "quarantine_release"
    ACCEPTABLE_SENDER = "acceptable_sender"
    ALLOWED_SENDER = "allowed_sender"
    ALLOWED_RECIPIENT = "allowed_recipient"
    DOMAIN_SIMILARITY = "domain_similarity"
    DOMAIN_RECENCY = "domain_recency"
    MANAGED_ACCEPTABLE_SENDER = "managed_acceptable_sender"
    OUTBOUND_NDR = "outbound_ndr"

    def __str__(self) -> str:
        return str(self.value)


AllowlistPatternTypeValue = Literal[
    "quarantine_release",
    "acceptable_sender",
    "allowed_sender",
    "allowed_recipient",
    "domain_similarity",
    "domain_recency",
    "managed_acceptable_sender",
    "outbound_ndr",
]
"""The values of AllowlistPatternType as plain strings, for annotations."""
