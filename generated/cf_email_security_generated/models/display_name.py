"""DisplayName: DisplayName"""

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
    join,
    optional_nullable,
    required,
)
from .._serialization import dump_fields
from ..types import UNSET, Unset


@define
class DisplayName:
    """DisplayName

    Attributes:
        email: str
        is_email_regex: bool
        name: str
        created_at: datetime.datetime
        id: The unique identifier of an entry.
        last_modified: datetime.datetime
        comments: str | None | Unset
        directory_id: int | None | Unset
        directory_node_id: int | None | Unset
        external_directory_node_id: Deprecated. str | None | Unset
        provenance: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    email: str
    is_email_regex: bool
    name: str
    created_at: datetime.datetime
    id: int
    last_modified: datetime.datetime
    comments: str | Unset | None = UNSET
    directory_id: int | Unset | None = UNSET
    directory_node_id: int | Unset | None = UNSET
    external_directory_node_id: str | Unset | None = UNSET
    provenance: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "email"),
        ("is_email_regex", "is_email_regex"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("id", "id"),
        ("last_modified", "last_modified"),
        ("comments", "comments"),
        ("directory_id", "directory_id"),
        ("directory_node_id", "directory_node_id"),
        ("external_directory_node_id", "external_directory_node_id"),
        ("provenance", "provenance"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "DisplayName") -> DisplayName:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        email = d.pop("email", MISSING)
        if type(email) is not str:
            email = required(email, path, "email", as_str)
        is_email_regex = d.pop("is_email_regex", MISSING)
        if type(is_email_regex) is not bool:
            is_email_regex = required(is_email_regex, path, "is_email_regex", as_bool)
        name = d.pop("name", MISSING)
        if type(name) is not str:
            name = required(name, path, "name", as_str)
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        id = d.pop("id", MISSING)
        if type(id) is not int:
            id = required(id, path, "id", as_int)
        last_modified = required(d.pop("last_modified", MISSING), path, "last_modified", as_datetime)
        comments = d.pop("comments", UNSET)
        if type(comments) is not str:
            comments = optional_nullable(comments, path, "comments", as_str)
        directory_id = d.pop("directory_id", UNSET)
        if type(directory_id) is not int:
            directory_id = optional_nullable(directory_id, path, "directory_id", as_int)
        directory_node_id = d.pop("directory_node_id", UNSET)
        if type(directory_node_id) is not int:
            directory_node_id = optional_nullable(directory_node_id, path, "directory_node_id", as_int)
        external_directory_node_id = d.pop("external_directory_node_id", UNSET)
        if type(external_directory_node_id) is not str:
            external_directory_node_id = optional_nullable(
                external_directory_node_id, path, "external_directory_node_id", as_str
            )
        provenance = d.pop("provenance", UNSET)
        if type(provenance) is not str:
            provenance = optional_nullable(provenance, path, "provenance", as_str)
        obj = cls(
            email=email,
            is_email_regex=is_email_regex,
            name=name,
            created_at=created_at,
            id=id,
            last_modified=last_modified,
            comments=comments,
            directory_id=directory_id,
            directory_node_id=directory_node_id,
            external_directory_node_id=external_directory_node_id,
            provenance=provenance,
        )
        obj.additional_properties = d
        return obj
