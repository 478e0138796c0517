"""PatternType: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class PatternType(str, Enum):
    """What a pattern matches, and so the form the pattern must have unless it is a regular
    expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a globally
    reachable IPv4 or IPv6 address or CIDR block (private, unique-local, loopback, link-local,
    unspecified and broadcast addresses are refused, and so are their IPv4-mapped IPv6 forms).
    UNKNOWN is deprecated: old entries may carry it and filters accept it, but create and update
    refuse it."""

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
