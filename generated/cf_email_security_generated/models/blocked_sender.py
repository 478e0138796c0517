"""BlockedSender: A blocked sender as the server returns it; upstream marks every field optional."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define, field

from .._model import ReadModel
from .._parsing import Field, as_bool, as_datetime, as_str, enum_of, maybe
from .pattern_type import PatternType


@define
class BlockedSender(ReadModel):
    """A blocked sender as the server returns it; upstream marks every field optional.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        pattern: The value to match; its form depends on `pattern_type`: an email address (EMAIL), a
            domain name (DOMAIN), or an address or CIDR block (IP). Private, loopback, link-
            local and unspecified addresses are refused.
        pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP: a globally
            reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0; SPEC-0722 says IPv4
            only). UNKNOWN is deprecated: old entries may carry it and filters accept it, but
            create and update refuse it (x-sdk-response-only keeps it out of request bodies).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", maybe, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("comments", maybe, as_str),
        ("is_regex", maybe, as_bool),
        ("pattern", maybe, as_str),
        ("pattern_type", maybe, enum_of(PatternType)),
    )

    id: str | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    is_regex: bool | None = None
    pattern: str | None = None
    pattern_type: PatternType | str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
