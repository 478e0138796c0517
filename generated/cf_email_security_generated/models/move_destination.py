"""MoveDestination: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class MoveDestination(str, Enum):
    """A mailbox folder messages can be moved to."""

    INBOX = "Inbox"
    JUNKEMAIL = "JunkEmail"
    DELETEDITEMS = "DeletedItems"
    RECOVERABLEITEMSDELETIONS = "RecoverableItemsDeletions"
    RECOVERABLEITEMSPURGES = "RecoverableItemsPurges"

    def __str__(self) -> str:
        return str(self.value)


MoveDestinationValue = Literal[
    "Inbox", "JunkEmail", "DeletedItems", "RecoverableItemsDeletions", "RecoverableItemsPurges"
]
"""The values of MoveDestination as plain strings, for annotations."""
