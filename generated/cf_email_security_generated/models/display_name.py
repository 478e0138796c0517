"""DisplayName: DisplayName"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "DisplayName") -> DisplayName:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        obj = cls(
            email=required(d, "email", path, as_str),
            is_email_regex=required(d, "is_email_regex", path, as_bool),
            name=required(d, "name", path, as_str),
            created_at=required(d, "created_at", path, as_datetime),
            id=required(d, "id", path, as_int),
            last_modified=required(d, "last_modified", path, as_datetime),
            comments=optional_nullable(d, "comments", path, as_str),
            directory_id=optional_nullable(d, "directory_id", path, as_int),
            directory_node_id=optional_nullable(d, "directory_node_id", path, as_int),
            external_directory_node_id=optional_nullable(d, "external_directory_node_id", path, as_str),
            provenance=optional_nullable(d, "provenance", path, as_str),
        )
        obj.additional_properties = d
        return obj
