"""ImpersonationRegistryEntry: An impersonation registry entry from the server."""

from __future__ import annotations

import datetime
from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    maybe,
    required,
    where,
)
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> ImpersonationRegistryEntry:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 12:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 12
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            id_,
            created_at_,
            modified_at_,
            last_modified_,
            comments_,
            directory_id_,
            directory_node_id_,
            email_,
            external_directory_node_id_,
            is_email_regex_,
            name_,
            provenance_,
        ) = fields
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = maybe(created_at_, where(parent, key, cls), "created_at", as_datetime)
        elif created_at_ is not None:
            created_at_ = maybe(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(modified_at_) is str:
            try:
                modified_at_ = fromisoformat(modified_at_)
            except ValueError:
                modified_at_ = maybe(modified_at_, where(parent, key, cls), "modified_at", as_datetime)
        elif modified_at_ is not None:
            modified_at_ = maybe(modified_at_, where(parent, key, cls), "modified_at", as_datetime)
        if type(last_modified_) is str:
            try:
                last_modified_ = fromisoformat(last_modified_)
            except ValueError:
                last_modified_ = maybe(last_modified_, where(parent, key, cls), "last_modified", as_datetime)
        elif last_modified_ is not None:
            last_modified_ = maybe(last_modified_, where(parent, key, cls), "last_modified", as_datetime)
        if type(comments_) is not str and comments_ is not None:
            comments_ = maybe(comments_, where(parent, key, cls), "comments", as_str)
        if type(directory_id_) is not int and directory_id_ is not None:
            directory_id_ = maybe(directory_id_, where(parent, key, cls), "directory_id", as_int)
        if type(directory_node_id_) is not int and directory_node_id_ is not None:
            directory_node_id_ = maybe(
                directory_node_id_, where(parent, key, cls), "directory_node_id", as_int
            )
        if type(email_) is not str and email_ is not None:
            email_ = maybe(email_, where(parent, key, cls), "email", as_str)
        if type(external_directory_node_id_) is not str and external_directory_node_id_ is not None:
            external_directory_node_id_ = maybe(
                external_directory_node_id_, where(parent, key, cls), "external_directory_node_id", as_str
            )
        if type(is_email_regex_) is not bool and is_email_regex_ is not None:
            is_email_regex_ = maybe(is_email_regex_, where(parent, key, cls), "is_email_regex", as_bool)
        if type(name_) is not str and name_ is not None:
            name_ = maybe(name_, where(parent, key, cls), "name", as_str)
        if type(provenance_) is str:
            provenance_ = _PROVENANCE_MEMBERS.get(provenance_, provenance_)
        elif provenance_ is not None:
            provenance_ = maybe(provenance_, where(parent, key, cls), "provenance", enum_of(Provenance))
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.created_at = created_at_
        obj.modified_at = modified_at_
        obj.last_modified = last_modified_
        obj.comments = comments_
        obj.directory_id = directory_id_
        obj.directory_node_id = directory_node_id_
        obj.email = email_
        obj.external_directory_node_id = external_directory_node_id_
        obj.is_email_regex = is_email_regex_
        obj.name = name_
        obj.provenance = provenance_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "id",
    "created_at",
    "modified_at",
    "last_modified",
    "comments",
    "directory_id",
    "directory_node_id",
    "email",
    "external_directory_node_id",
    "is_email_regex",
    "name",
    "provenance",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_PROVENANCE_MEMBERS = enum_members(Provenance)
