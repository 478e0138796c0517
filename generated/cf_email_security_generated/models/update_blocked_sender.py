"""UpdateBlockedSender: UpdateBlockedSender"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class UpdateBlockedSender:
    """UpdateBlockedSender

    Attributes:
        comments: str | None | Unset
        is_regex: bool | None | Unset
        pattern: str | None | Unset
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
            sent.
        additional_properties: fields the spec does not know, kept as received.
    """

    comments: str | Unset | None = UNSET
    is_regex: bool | Unset | None = UNSET
    pattern: str | Unset | None = UNSET
    pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("comments", "comments"),
        ("is_regex", "is_regex"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.comments, path, "comments", str, nullable=True)
        check(self.is_regex, path, "is_regex", bool, nullable=True)
        check(self.pattern, path, "pattern", str, nullable=True, min_length=1)
        check(self.pattern_type, path, "pattern_type", PatternType, nullable=True)


class UpdateBlockedSenderDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    is_regex: bool | None
    pattern: str | None
    pattern_type: PatternType | PatternTypeWritable | None
