"""CreateBlockedSender: CreateBlockedSender"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._parsing import (
    MISSING,
    as_bool,
    as_object,
    as_str,
    enum_of,
    join,
    optional_nullable,
    required,
)
from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class CreateBlockedSender:
    """CreateBlockedSender

    Attributes:
        is_regex: bool
        pattern: str
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
            sent.
        comments: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    is_regex: bool
    pattern: str
    pattern_type: PatternType | str
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_regex", "is_regex"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
        ("comments", "comments"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "CreateBlockedSender") -> CreateBlockedSender:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        is_regex = d.pop("is_regex", MISSING)
        if type(is_regex) is not bool:
            is_regex = required(is_regex, path, "is_regex", as_bool)
        pattern = d.pop("pattern", MISSING)
        if type(pattern) is not str:
            pattern = required(pattern, path, "pattern", as_str)
        pattern_type = required(d.pop("pattern_type", MISSING), path, "pattern_type", enum_of(PatternType))
        comments = d.pop("comments", UNSET)
        if type(comments) is not str:
            comments = optional_nullable(comments, path, "comments", as_str)
        obj = cls(
            is_regex=is_regex,
            pattern=pattern,
            pattern_type=pattern_type,
            comments=comments,
        )
        obj.additional_properties = d
        return obj

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.is_regex, path, "is_regex", bool, required=True)
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, required=True)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _CreateBlockedSenderRequired(TypedDict):
    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable


class CreateBlockedSenderDict(_CreateBlockedSenderRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
