"""DomainOrder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class DomainOrder(str, Enum):
    """Sort keys of domains and of sending domain restrictions."""

    DOMAIN = "domain"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)


DomainOrderValue = Literal["domain", "created_at"]
"""The values of DomainOrder as plain strings, for annotations."""
