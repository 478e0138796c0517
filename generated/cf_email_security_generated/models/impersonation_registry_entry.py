"""ImpersonationRegistryEntry: An impersonation registry entry from the server."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    enum_of,
    join,
    maybe,
)
from .provenance import Provenance


@define
class ImpersonationRegistryEntry(Model):
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

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "ImpersonationRegistryEntry"
    ) -> ImpersonationRegistryEntry:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", None)
        if type(id) is not str:
            id = maybe(id, path, "id", as_str)
        created_at = maybe(d.pop("created_at", None), path, "created_at", as_datetime)
        modified_at = maybe(d.pop("modified_at", None), path, "modified_at", as_datetime)
        last_modified = maybe(d.pop("last_modified", None), path, "last_modified", as_datetime)
        comments = d.pop("comments", None)
        if type(comments) is not str:
            comments = maybe(comments, path, "comments", as_str)
        directory_id = d.pop("directory_id", None)
        if type(directory_id) is not int:
            directory_id = maybe(directory_id, path, "directory_id", as_int)
        directory_node_id = d.pop("directory_node_id", None)
        if type(directory_node_id) is not int:
            directory_node_id = maybe(directory_node_id, path, "directory_node_id", as_int)
        email = d.pop("email", None)
        if type(email) is not str:
            email = maybe(email, path, "email", as_str)
        external_directory_node_id = d.pop("external_directory_node_id", None)
        if type(external_directory_node_id) is not str:
            external_directory_node_id = maybe(
                external_directory_node_id, path, "external_directory_node_id", as_str
            )
        is_email_regex = d.pop("is_email_regex", None)
        if type(is_email_regex) is not bool:
            is_email_regex = maybe(is_email_regex, path, "is_email_regex", as_bool)
        name = d.pop("name", None)
        if type(name) is not str:
            name = maybe(name, path, "name", as_str)
        provenance = maybe(d.pop("provenance", None), path, "provenance", enum_of(Provenance))
        obj = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            last_modified=last_modified,
            comments=comments,
            directory_id=directory_id,
            directory_node_id=directory_node_id,
            email=email,
            external_directory_node_id=external_directory_node_id,
            is_email_regex=is_email_regex,
            name=name,
            provenance=provenance,
        )
        obj.additional_properties = d
        return obj
