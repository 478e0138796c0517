"""InboxProvider: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class InboxProvider(str, Enum):
    """InboxProvider"""

    MICROSOFT = "Microsoft"
    GOOGLE = "Google"

    def __str__(self) -> str:
        return str(self.value)


InboxProviderValue = Literal["Microsoft", "Google"]
"""The values of InboxProvider as plain strings, for annotations."""
