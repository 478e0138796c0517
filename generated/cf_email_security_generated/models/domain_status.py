"""DomainStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DomainStatus(str, Enum):
    """Where the DNS TXT verification of a domain stands."""

    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    FAILED = "FAILED"
    TIMEOUT = "TIMEOUT"

    def __str__(self) -> str:
        return str(self.value)


DomainStatusValue = Literal["PENDING", "ACTIVE", "FAILED", "TIMEOUT"]
"""The values of DomainStatus as plain strings, for annotations."""
