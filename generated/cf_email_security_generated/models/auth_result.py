"""AuthResult: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class AuthResult(str, Enum):
    """The result of an SPF, DKIM or DMARC check, or null."""

    PASS = "pass"
    NEUTRAL = "neutral"
    FAIL = "fail"
    ERROR = "error"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)


AuthResultValue = Literal["pass", "neutral", "fail", "error", "none"]
"""The values of AuthResult as plain strings, for annotations."""
