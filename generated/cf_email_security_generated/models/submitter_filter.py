"""SubmitterFilter: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class SubmitterFilter(str, Enum):
    """Who made a submission, as the list filter names it."""

    TEAM = "TEAM"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)


SubmitterFilterValue = Literal["TEAM", "USER"]
"""The values of SubmitterFilter as plain strings, for annotations."""
