"""PatternOrder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class PatternOrder(str, Enum):
    """PatternOrder"""

    PATTERN = "pattern"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)


PatternOrderValue = Literal["pattern", "created_at"]
"""The values of PatternOrder as plain strings, for annotations."""
