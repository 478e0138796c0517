"""SubmitterType: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class SubmitterType(str, Enum):
    """Who made a submission, a security team member or an end user, or null."""

    TEAM = "Team"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)


SubmitterTypeValue = Literal["Team", "User"]
"""The values of SubmitterType as plain strings, for annotations."""
