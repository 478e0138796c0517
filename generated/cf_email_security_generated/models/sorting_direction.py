"""SortingDirection: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class SortingDirection(str, Enum):
    """SortingDirection"""

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)


SortingDirectionValue = Literal["asc", "desc"]
"""The values of SortingDirection as plain strings, for annotations."""
