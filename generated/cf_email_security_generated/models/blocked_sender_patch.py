"""BlockedSenderPatch: BlockedSenderPatch"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType


@define
class BlockedSenderPatch:
    """BlockedSenderPatch

    Attributes:
        id: The unique identifier of an entry.
        comments: str | None | Unset
        is_regex: bool | None | Unset
        pattern: str | None | Unset
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries.
        additional_properties: fields the spec does not know, kept as received.
    """

    id: int
    comments: str | Unset | None = UNSET
    is_regex: bool | Unset | None = UNSET
    pattern: str | Unset | None = UNSET
    pattern_type: PatternType | str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("comments", "comments"),
        ("is_regex", "is_regex"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", int, required=True, minimum=1)
        check(self.comments, path, "comments", str, nullable=True)
        check(self.is_regex, path, "is_regex", bool, nullable=True)
        check(self.pattern, path, "pattern", str, nullable=True, min_length=1)
        check(self.pattern_type, path, "pattern_type", PatternType, nullable=True)
