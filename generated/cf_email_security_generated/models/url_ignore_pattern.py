"""UrlIgnorePattern: A URL ignore pattern as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_str, maybe, required


@define
class UrlIgnorePattern(ReadModel):
    """A URL ignore pattern as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        pattern: A regular expression; URLs matching it are not rewritten.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        comments: Why the URLs are left alone.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", required, as_datetime),
        ("pattern", required, as_str),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("comments", maybe, as_str),
    )

    id: str
    created_at: datetime.datetime
    pattern: str
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
