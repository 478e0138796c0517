"""BlockedSender: A blocked sender as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_str, enum_of, maybe, required
from .pattern_type import PatternType


@define
class BlockedSender(ReadModel):
    """A blocked sender as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an email
            address (EMAIL), a domain name (DOMAIN), or a globally reachable address or CIDR
            block (IP).
        pattern_type: What a pattern matches, and so the form the pattern must have unless it is a regular
            expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a
            globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
            loopback, link-local, unspecified and broadcast addresses are refused, and so are
            their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
            filters accept it, but create and update refuse it.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("comments", maybe, as_str),
        ("is_regex", maybe, as_bool),
        ("pattern", maybe, as_str),
        ("pattern_type", maybe, enum_of(PatternType)),
    )

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    is_regex: bool | None = None
    pattern: str | None = None
    pattern_type: PatternType | str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
