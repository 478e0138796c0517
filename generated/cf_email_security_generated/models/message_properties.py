"""MessageProperties: Why a message was let through or blocked."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_str, enum_of, maybe
from .allowlist_pattern_type import AllowlistPatternType


@define
class MessageProperties(ReadModel):
    """Why a message was let through or blocked.

    Attributes:
        allowlisted_pattern: The pattern that let the message through.
        allowlisted_pattern_type: The kind of entry that let a message through, or null.
        whitelisted_pattern_type: The former name of `allowlisted_pattern_type`.
        blocklisted_message: Whether the message was blocked by a blocked-sender entry.
        blocklisted_pattern: The pattern that blocked the message.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("allowlisted_pattern", maybe, as_str),
        ("allowlisted_pattern_type", maybe, enum_of(AllowlistPatternType)),
        ("whitelisted_pattern_type", maybe, enum_of(AllowlistPatternType)),
        ("blocklisted_message", maybe, as_bool),
        ("blocklisted_pattern", maybe, as_str),
    )

    allowlisted_pattern: str | None = None
    allowlisted_pattern_type: AllowlistPatternType | str | None = None
    whitelisted_pattern_type: AllowlistPatternType | str | None = None
    blocklisted_message: bool | None = None
    blocklisted_pattern: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
