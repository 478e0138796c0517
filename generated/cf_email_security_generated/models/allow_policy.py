"""AllowPolicy: AllowPolicy"""

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
        pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
            sent.
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

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "AllowPolicy") -> AllowPolicy:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        is_acceptable_sender = d.pop("is_acceptable_sender", MISSING)
        if type(is_acceptable_sender) is not bool:
            is_acceptable_sender = required(is_acceptable_sender, path, "is_acceptable_sender", as_bool)
        is_exempt_recipient = d.pop("is_exempt_recipient", MISSING)
        if type(is_exempt_recipient) is not bool:
            is_exempt_recipient = required(is_exempt_recipient, path, "is_exempt_recipient", as_bool)
        is_regex = d.pop("is_regex", MISSING)
        if type(is_regex) is not bool:
            is_regex = required(is_regex, path, "is_regex", as_bool)
        is_trusted_sender = d.pop("is_trusted_sender", MISSING)
        if type(is_trusted_sender) is not bool:
            is_trusted_sender = required(is_trusted_sender, path, "is_trusted_sender", as_bool)
        pattern = d.pop("pattern", MISSING)
        if type(pattern) is not str:
            pattern = required(pattern, path, "pattern", as_str)
        pattern_type = required(d.pop("pattern_type", MISSING), path, "pattern_type", enum_of(PatternType))
        verify_sender = d.pop("verify_sender", MISSING)
        if type(verify_sender) is not bool:
            verify_sender = required(verify_sender, path, "verify_sender", as_bool)
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        id = d.pop("id", MISSING)
        if type(id) is not int:
            id = required(id, path, "id", as_int)
        last_modified = required(d.pop("last_modified", MISSING), path, "last_modified", as_datetime)
        comments = d.pop("comments", UNSET)
        if type(comments) is not str:
            comments = optional_nullable(comments, path, "comments", as_str)
        is_recipient = d.pop("is_recipient", None)
        if type(is_recipient) is not bool:
            is_recipient = optional(is_recipient, path, "is_recipient", as_bool)
        is_sender = d.pop("is_sender", None)
        if type(is_sender) is not bool:
            is_sender = optional(is_sender, path, "is_sender", as_bool)
        is_spoof = d.pop("is_spoof", None)
        if type(is_spoof) is not bool:
            is_spoof = optional(is_spoof, path, "is_spoof", as_bool)
        obj = cls(
            is_acceptable_sender=is_acceptable_sender,
            is_exempt_recipient=is_exempt_recipient,
            is_regex=is_regex,
            is_trusted_sender=is_trusted_sender,
            pattern=pattern,
            pattern_type=pattern_type,
            verify_sender=verify_sender,
            created_at=created_at,
            id=id,
            last_modified=last_modified,
            comments=comments,
            is_recipient=is_recipient,
            is_sender=is_sender,
            is_spoof=is_spoof,
        )
        obj.additional_properties = d
        return obj
