"""TrustedDomain: TrustedDomain"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    join,
    optional_nullable,
    required,
)
from .._serialization import dump_fields
from ..types import UNSET, Unset


@define
class TrustedDomain:
    """TrustedDomain

    Attributes:
        is_recent: Select to prevent recently registered domains from triggering a
            Suspicious or Malicious disposition.
        is_regex: bool
        is_similarity: Select for partner or other approved domains that have similar spelling
            to your connected domains.
        pattern: str
        created_at: datetime.datetime
        id: The unique identifier of an entry.
        last_modified: datetime.datetime
        comments: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    is_recent: bool
    is_regex: bool
    is_similarity: bool
    pattern: str
    created_at: datetime.datetime
    id: int
    last_modified: datetime.datetime
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_recent", "is_recent"),
        ("is_regex", "is_regex"),
        ("is_similarity", "is_similarity"),
        ("pattern", "pattern"),
        ("created_at", "created_at"),
        ("id", "id"),
        ("last_modified", "last_modified"),
        ("comments", "comments"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "TrustedDomain") -> TrustedDomain:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        obj = cls(
            is_recent=required(d, "is_recent", path, as_bool),
            is_regex=required(d, "is_regex", path, as_bool),
            is_similarity=required(d, "is_similarity", path, as_bool),
            pattern=required(d, "pattern", path, as_str),
            created_at=required(d, "created_at", path, as_datetime),
            id=required(d, "id", path, as_int),
            last_modified=required(d, "last_modified", path, as_datetime),
            comments=optional_nullable(d, "comments", path, as_str),
        )
        obj.additional_properties = d
        return obj
