"""DisplayNameOrder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DisplayNameOrder(str, Enum):
    """DisplayNameOrder"""

    NAME = "name"
    EMAIL = "email"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)


DisplayNameOrderValue = Literal["name", "email", "created_at"]
"""The values of DisplayNameOrder as plain strings, for annotations."""
