"""SubmissionReviewStatus: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class SubmissionReviewStatus(str, Enum):
    """Where the review of a submission stands, or null."""

    ESCALATED = "escalated"
    REVIEWED = "reviewed"
    UNREVIEWED = "unreviewed"

    def __str__(self) -> str:
        return str(self.value)


SubmissionReviewStatusValue = Literal["escalated", "reviewed", "unreviewed"]
"""The values of SubmissionReviewStatus as plain strings, for annotations."""
