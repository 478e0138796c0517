"""AllowPolicy: AllowPolicy"""

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
    enum_of,
    join,
    optional,
    optional_nullable,
    required,
)
from .._serialization import dump_fields
from ..types import UNSET, Unset
from .pattern_type import PatternType


@define
class AllowPolicy:
    """AllowPolicy

    Attributes:
        is_acceptable_sender: Messages from this sender are exempt from Spam, Spoof and Bulk
            dispositions (not from Malicious or Suspicious).
        is_exempt_recipient: Messages to this recipient bypass all detections.
        is_regex: bool
        is_trusted_sender: Messages from this sender bypass all detections and link following.
        pattern: str
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries.
        verify_sender: Enforce DMARC, SPF or DKIM authentication. When on, Email Security only
            honors policies that pass authentication.
        created_at: datetime.datetime
        id: The unique identifier of an entry.
        last_modified: datetime.datetime
        comments: str | None | Unset
        is_recipient: Deprecated. Deprecated; use is_exempt_recipient.
        is_sender: Deprecated. Deprecated; use is_trusted_sender.
        is_spoof: Deprecated. Deprecated; use is_acceptable_sender.
        additional_properties: fields the spec does not know, kept as received.
    """

    is_acceptable_sender: bool
    is_exempt_recipient: bool
    is_regex: bool
    is_trusted_sender: bool
    pattern: str
    pattern_type: PatternType | str
    verify_sender: bool
    created_at: datetime.datetime
    id: int
    last_modified: datetime.datetime
    comments: str | Unset | None = UNSET
    is_recipient: bool | Unset = UNSET
    is_sender: bool | Unset = UNSET
    is_spoof: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_acceptable_sender", "is_acceptable_sender"),
        ("is_exempt_recipient", "is_exempt_recipient"),
        ("is_regex", "is_regex"),
        ("is_trusted_sender", "is_trusted_sender"),
        ("pattern", "pattern"),
        ("pattern_type", "pattern_type"),
        ("verify_sender", "verify_sender"),
        ("created_at", "created_at"),
        ("id", "id"),
        ("last_modified", "last_modified"),
        ("comments", "comments"),
        ("is_recipient", "is_recipient"),
        ("is_sender", "is_sender"),
        ("is_spoof", "is_spoof"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "AllowPolicy") -> AllowPolicy:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        obj = cls(
            is_acceptable_sender=required(d, "is_acceptable_sender", path, as_bool),
            is_exempt_recipient=required(d, "is_exempt_recipient", path, as_bool),
            is_regex=required(d, "is_regex", path, as_bool),
            is_trusted_sender=required(d, "is_trusted_sender", path, as_bool),
            pattern=required(d, "pattern", path, as_str),
            pattern_type=required(d, "pattern_type", path, enum_of(PatternType)),
            verify_sender=required(d, "verify_sender", path, as_bool),
            created_at=required(d, "created_at", path, as_datetime),
            id=required(d, "id", path, as_int),
            last_modified=required(d, "last_modified", path, as_datetime),
            comments=optional_nullable(d, "comments", path, as_str),
            is_recipient=optional(d, "is_recipient", path, as_bool),
            is_sender=optional(d, "is_sender", path, as_bool),
            is_spoof=optional(d, "is_spoof", path, as_bool),
        )
        obj.additional_properties = d
        return obj
