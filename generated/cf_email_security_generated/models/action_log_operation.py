"""ActionLogOperation: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class ActionLogOperation(str, Enum):
    """The kind of an action in a message's action log."""

    MOVE = "MOVE"
    RELEASE = "RELEASE"
    RECLASSIFY = "RECLASSIFY"
    SUBMISSION = "SUBMISSION"
    QUARANTINE_RELEASE = "QUARANTINE_RELEASE"
    PREVIEW = "PREVIEW"

    def __str__(self) -> str:
        return str(self.value)


ActionLogOperationValue = Literal[
    "MOVE", "RELEASE", "RECLASSIFY", "SUBMISSION", "QUARANTINE_RELEASE", "PREVIEW"
]
"""The values of ActionLogOperation as plain strings, for annotations."""
