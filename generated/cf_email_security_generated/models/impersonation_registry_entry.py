"""ImpersonationRegistryEntry: An impersonation registry entry from the server."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_int, as_str, enum_of, maybe, required
from .provenance import Provenance


@define
class ImpersonationRegistryEntry(ReadModel):
    """An impersonation registry entry from the server.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        external_directory_node_id: Deprecated, with no replacement named.
        provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-* values are
            directory syncs.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("comments", maybe, as_str),
        ("directory_id", maybe, as_int),
        ("directory_node_id", maybe, as_int),
        ("email", maybe, as_str),
        ("external_directory_node_id", maybe, as_str),
        ("is_email_regex", maybe, as_bool),
        ("name", maybe, as_str),
        ("provenance", maybe, enum_of(Provenance)),
    )

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    directory_id: int | None = None
    directory_node_id: int | None = None
    email: str | None = None
    external_directory_node_id: str | None = None
    is_email_regex: bool | None = None
    name: str | None = None
    provenance: Provenance | str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
