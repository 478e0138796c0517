"""InboxProvider: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum


class InboxProvider(str, Enum):
    """InboxProvider"""

    MICROSOFT = "Microsoft"
    GOOGLE = "Google"

    def __str__(self) -> str:
        return str(self.value)
