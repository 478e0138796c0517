"""UrlIgnorePattern: A URL ignore pattern as the server returns it."""

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
    as_datetime,
    as_object,
    as_str,
    fromisoformat,
    maybe,
    required,
    where,
)


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

    id: str
    created_at: datetime.datetime
    pattern: str
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> UrlIgnorePattern:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 6:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 6
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        id_, created_at_, pattern_, modified_at_, last_modified_, comments_ = fields
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        else:
            created_at_ = required(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(pattern_) is not str:
            pattern_ = required(pattern_, where(parent, key, cls), "pattern", as_str)
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
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.created_at = created_at_
        obj.pattern = pattern_
        obj.modified_at = modified_at_
        obj.last_modified = last_modified_
        obj.comments = comments_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("id", "created_at", "pattern", "modified_at", "last_modified", "comments")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
