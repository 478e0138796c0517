"""PatternType: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class PatternType(str, Enum):
    """What a pattern matches.
    EMAIL: a full address; DOMAIN: a domain name; IP: a globally reachable IPv4 or IPv6
    address or CIDR block (IPv6 per PY-5.9.0; SPEC-0722 says IPv4 only). UNKNOWN is
    deprecated: old entries may carry it and filters accept it, but create and update refuse
    it (x-sdk-response-only keeps it out of request bodies)."""

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
