"""UpdateUrlIgnorePattern: The fields of a URL ignore pattern to change; at least one, and no unknown ones."""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class UpdateUrlIgnorePattern:
    """The fields of a URL ignore pattern to change; at least one, and no unknown ones.

    Attributes:
        comments: Why the URLs are left alone.
        pattern: A regular expression; URLs matching it are not rewritten.
        additional_properties: fields the spec does not know, kept as received.
    """

    comments: str | Unset | None = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("comments", "comments"),
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
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.pattern, path, "pattern", str, min_length=1, max_length=1024)


class UpdateUrlIgnorePatternDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    pattern: str
