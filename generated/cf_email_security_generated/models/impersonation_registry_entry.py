"""ImpersonationRegistryEntry: An impersonation registry entry from the server."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define, field

from .._model import ReadModel
from .._parsing import Field, as_bool, as_datetime, as_int, as_str, enum_of, maybe
from .provenance import Provenance


@define
class ImpersonationRegistryEntry(ReadModel):
    """An impersonation registry entry from the server.
    Upstream calls it ImpersonationRegistry and marks every field optional; the name here
    keeps clear of the resource class the client derives from the tag.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        external_directory_node_id: Deprecated upstream, with no replacement named.
        provenance: Where an impersonation registry entry comes from; the SNOOPY-* values are directory
            syncs.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", maybe, as_str),
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

    id: str | None = None
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
