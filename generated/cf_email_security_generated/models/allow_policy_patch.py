"""AllowPolicyPatch: AllowPolicyPatch"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class AllowPolicyPatch:
    """AllowPolicyPatch

    Attributes:
        id: The unique identifier of an entry.
        comments: str | None | Unset
        is_acceptable_sender: bool | None | Unset
        is_exempt_recipient: bool | None | Unset
        is_regex: bool | None | Unset
        is_trusted_sender: bool | None | Unset
        pattern: str | None | Unset
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
            sent.
        verify_sender: bool | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    id: int
    comments: str | Unset | None = UNSET
    is_acceptable_sender: bool | Unset | None = UNSET
    is_exempt_recipient: bool | Unset | None = UNSET
    is_regex: bool | Unset | None = UNSET
    is_trusted_sender: bool | Unset | None = UNSET
    pattern: str | Unset | None = UNSET
    pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET
    verify_sender: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("comments", "comments"),
        ("is_acceptable_sender", "is_acceptable_sender"),
        ("is_exempt_recipient", "is_exempt_recipient"),
        ("is_regex", "is_regex"),
        ("is_trusted_sender", "is_trusted_sender"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
        ("verify_sender", "verify_sender"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", int, required=True, minimum=1, maximum=2147483647)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.is_acceptable_sender, path, "is_acceptable_sender", bool, nullable=True)
        check(self.is_exempt_recipient, path, "is_exempt_recipient", bool, nullable=True)
        check(self.is_regex, path, "is_regex", bool, nullable=True)
        check(self.is_trusted_sender, path, "is_trusted_sender", bool, nullable=True)
        check(self.pattern, path, "pattern", str, nullable=True, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, nullable=True)
        check(self.verify_sender, path, "verify_sender", bool, nullable=True)


class _AllowPolicyPatchRequired(TypedDict):
    id: int


class AllowPolicyPatchDict(_AllowPolicyPatchRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    is_acceptable_sender: bool | None
    is_exempt_recipient: bool | None
    is_regex: bool | None
    is_trusted_sender: bool | None
    pattern: str | None
    pattern_type: PatternType | PatternTypeWritable | None
    verify_sender: bool | None
