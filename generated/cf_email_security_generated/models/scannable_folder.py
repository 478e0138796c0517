"""ScannableFolder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class ScannableFolder(str, Enum):
    """The mailbox folder to scan, for API-scanning domains."""

    ALLITEMS = "AllItems"
    INBOX = "Inbox"

    def __str__(self) -> str:
        return str(self.value)


ScannableFolderValue = Literal["AllItems", "Inbox"]
"""The values of ScannableFolder as plain strings, for annotations."""
