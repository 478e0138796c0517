"""ContentPolicyTarget: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class ContentPolicyTarget(str, Enum):
    """A part of the message a content policy's pattern is matched against."""

    SUBJECT = "SUBJECT"
    BODY = "BODY"

    def __str__(self) -> str:
        return str(self.value)


ContentPolicyTargetValue = Literal["SUBJECT", "BODY"]
"""The values of ContentPolicyTarget as plain strings, for annotations."""
