"""DomainStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DomainStatus(str, Enum):
    """Where the DNS TXT verification of a domain stands.
    Lower case as in SPEC-0722 and the DOCS domain list; PY-5.9.0 and Pulumi 6.21 spell the
    values in upper case (PENDING, ...): check a live response before release."""

    PENDING = "pending"
    ACTIVE = "active"
    FAILED = "failed"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)


DomainStatusValue = Literal["pending", "active", "failed", "timeout"]
"""The values of DomainStatus as plain strings, for annotations."""
