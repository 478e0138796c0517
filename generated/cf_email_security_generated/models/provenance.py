"""Provenance: the values the spec lists. Unknown values from the server stay plain strings."""

from enum import Enum
from typing import Literal


class Provenance(str, Enum):
    """Where an impersonation registry entry comes from; the SNOOPY-* values are directory syncs."""

    A1S_INTERNAL = "A1S_INTERNAL"
    SNOOPY_CASB_OFFICE_365 = "SNOOPY-CASB_OFFICE_365"
    SNOOPY_OFFICE_365 = "SNOOPY-OFFICE_365"
    SNOOPY_GOOGLE_DIRECTORY = "SNOOPY-GOOGLE_DIRECTORY"

    def __str__(self) -> str:
        return str(self.value)


ProvenanceValue = Literal[
    "A1S_INTERNAL", "SNOOPY-CASB_OFFICE_365", "SNOOPY-OFFICE_365", "SNOOPY-GOOGLE_DIRECTORY"
]
"""The values of Provenance as plain strings, for annotations."""
