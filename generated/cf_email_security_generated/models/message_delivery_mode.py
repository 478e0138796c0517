"""MessageDeliveryMode: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class MessageDeliveryMode(str, Enum):
    """How a message reached Email Security, or null."""

    DIRECT = "DIRECT"
    BCC = "BCC"
    JOURNAL = "JOURNAL"
    REVIEW_SUBMISSION = "REVIEW_SUBMISSION"
    DMARC_UNVERIFIED = "DMARC_UNVERIFIED"
    DMARC_FAILURE_REPORT = "DMARC_FAILURE_REPORT"
    DMARC_AGGREGATE_REPORT = "DMARC_AGGREGATE_REPORT"
    THREAT_INTEL_SUBMISSION = "THREAT_INTEL_SUBMISSION"
    SIMULATION_SUBMISSION = "SIMULATION_SUBMISSION"
    API = "API"
    RETRO_SCAN = "RETRO_SCAN"

    def __str__(self) -> str:
        return str(self.value)


MessageDeliveryModeValue = Literal[
    "DIRECT",
    "BCC",
    "JOURNAL",
    "REVIEW_SUBMISSION",
    "DMARC_UNVERIFIED",
    "DMARC_FAILURE_REPORT",
    "DMARC_AGGREGATE_REPORT",
    "THREAT_INTEL_SUBMISSION",
    "SIMULATION_SUBMISSION",
    "API",
    "RETRO_SCAN",
]
"""The values of MessageDeliveryMode as plain strings, for annotations."""
