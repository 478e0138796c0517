"""ContentPolicyOrder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class ContentPolicyOrder(str, Enum):
    """ContentPolicyOrder"""

    NAME = "name"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)


ContentPolicyOrderValue = Literal["name", "created_at"]
"""The values of ContentPolicyOrder as plain strings, for annotations."""
