"""TrustedDomain: A trusted domain as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_str, maybe, required


@define
class TrustedDomain(ReadModel):
    """A trusted domain as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        is_recent: Keep recently registered domains from triggering Suspicious or Malicious
            dispositions.
        is_similarity: For partner or other approved domains spelled like your connected domains: keeps
            them from triggering Spoof dispositions.
        pattern: The domain pattern to trust, e.g. `example.com`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("comments", maybe, as_str),
        ("is_recent", maybe, as_bool),
        ("is_regex", maybe, as_bool),
        ("is_similarity", maybe, as_bool),
        ("pattern", maybe, as_str),
    )

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    is_recent: bool | None = None
    is_regex: bool | None = None
    is_similarity: bool | None = None
    pattern: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
