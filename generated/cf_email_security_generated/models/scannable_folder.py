"""ScannableFolder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum


class ScannableFolder(str, Enum):
    """ScannableFolder"""

    ALLITEMS = "AllItems"
    INBOX = "Inbox"

    def __str__(self) -> str:
        return str(self.value)
