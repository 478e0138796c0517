"""BlockedSenderPut: BlockedSenderPut"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class BlockedSenderPut:
    """BlockedSenderPut

    Attributes:
        is_regex: bool
        pattern: str
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
            sent.
        id: The unique identifier of an entry.
        comments: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
    id: int
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_regex", "is_regex"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
        ("id", "id"),
        ("comments", "comments"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.is_regex, path, "is_regex", bool, required=True)
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, required=True)
        check(self.id, path, "id", int, required=True, minimum=1, maximum=2147483647)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _BlockedSenderPutRequired(TypedDict):
    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
    id: int


class BlockedSenderPutDict(_BlockedSenderPutRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
