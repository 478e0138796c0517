"""SendingDomainRestriction: A sending domain whose mail must arrive over TLS: mail without TLS from it is dropped unless it comes from an excluded subdomain."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_str, list_of, maybe, required


@define
class SendingDomainRestriction(ReadModel):
    """A sending domain whose mail must arrive over TLS: mail without TLS from it is dropped unless it
    comes from an excluded subdomain.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        domain: The domain that requires TLS.
        exclude: Subdomains exempt from the TLS requirement.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("comments", maybe, as_str),
        ("domain", maybe, as_str),
        ("exclude", maybe, list_of(as_str)),
    )

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    domain: str | None = None
    exclude: list[str] | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
