"""BlockedSender: BlockedSender"""

from __future__ import annotations

import datetime
import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    enum_of,
    join,
    optional_nullable,
    required,
)
from .._serialization import dump_fields
from ..types import UNSET, Unset
from .pattern_type import PatternType


@define
class BlockedSender:
    """BlockedSender

    Attributes:
        is_regex: bool
        pattern: str
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
            sent.
        created_at: datetime.datetime
        id: The unique identifier of an entry.
        last_modified: datetime.datetime
        comments: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    is_regex: bool
    pattern: str
    pattern_type: PatternType | str
    created_at: datetime.datetime
    id: int
    last_modified: datetime.datetime
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_regex", "is_regex"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
        ("created_at", "created_at"),
        ("id", "id"),
        ("last_modified", "last_modified"),
        ("comments", "comments"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "BlockedSender") -> BlockedSender:
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
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        id = d.pop("id", MISSING)
        if type(id) is not int:
            id = required(id, path, "id", as_int)
        last_modified = required(d.pop("last_modified", MISSING), path, "last_modified", as_datetime)
        comments = d.pop("comments", UNSET)
        if type(comments) is not str:
            comments = optional_nullable(comments, path, "comments", as_str)
        obj = cls(
            is_regex=is_regex,
            pattern=pattern,
            pattern_type=pattern_type,
            created_at=created_at,
            id=id,
            last_modified=last_modified,
            comments=comments,
        )
        obj.additional_properties = d
        return obj
