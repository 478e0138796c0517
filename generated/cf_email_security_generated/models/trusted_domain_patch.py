"""TrustedDomainPatch: TrustedDomainPatch"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class TrustedDomainPatch:
    """TrustedDomainPatch

    Attributes:
        id: The unique identifier of an entry.
        comments: str | Unset
        is_recent: bool | Unset
        is_regex: bool | Unset
        is_similarity: bool | Unset
        pattern: str | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    id: int
    comments: str | Unset = UNSET
    is_recent: bool | Unset = UNSET
    is_regex: bool | Unset = UNSET
    is_similarity: bool | Unset = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("comments", "comments"),
        ("is_recent", "is_recent"),
        ("is_regex", "is_regex"),
        ("is_similarity", "is_similarity"),
        ("pattern", "pattern"),
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
        check(self.comments, path, "comments", str, max_length=1024)
        check(self.is_recent, path, "is_recent", bool)
        check(self.is_regex, path, "is_regex", bool)
        check(self.is_similarity, path, "is_similarity", bool)
        check(self.pattern, path, "pattern", str, min_length=1, max_length=1024)


class _TrustedDomainPatchRequired(TypedDict):
    id: int


class TrustedDomainPatchDict(_TrustedDomainPatchRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str
    is_recent: bool
    is_regex: bool
    is_similarity: bool
    pattern: str
