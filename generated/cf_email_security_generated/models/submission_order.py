"""SubmissionOrder: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class SubmissionOrder(str, Enum):
    """SubmissionOrder"""

    SUBMISSION_ID = "submission_id"
    SUBJECT = "subject"
    ORIGINAL_DISPOSITION = "original_disposition"
    REQUESTED_DISPOSITION = "requested_disposition"
    OUTCOME_DISPOSITION = "outcome_disposition"
    REQUESTED_AT = "requested_at"

    def __str__(self) -> str:
        return str(self.value)


SubmissionOrderValue = Literal[
    "submission_id",
    "subject",
    "original_disposition",
    "requested_disposition",
    "outcome_disposition",
    "requested_at",
]
"""The values of SubmissionOrder as plain strings, for annotations."""
