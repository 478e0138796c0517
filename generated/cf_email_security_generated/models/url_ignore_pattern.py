"""UrlIgnorePattern: A URL ignore pattern as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_datetime,
    as_object,
    as_str,
    join,
    maybe,
    required,
)


@define
class UrlIgnorePattern(Model):
    """A URL ignore pattern as the server returns it.
    Upstream requires id, created_at and pattern.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        pattern: A regular expression; URLs matching it are not rewritten.
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        comments: Why the URLs are left alone.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    created_at: datetime.datetime
    pattern: str
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "UrlIgnorePattern") -> UrlIgnorePattern:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", MISSING)
        if type(id) is not str:
            id = required(id, path, "id", as_str)
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        pattern = d.pop("pattern", MISSING)
        if type(pattern) is not str:
            pattern = required(pattern, path, "pattern", as_str)
        modified_at = maybe(d.pop("modified_at", None), path, "modified_at", as_datetime)
        last_modified = maybe(d.pop("last_modified", None), path, "last_modified", as_datetime)
        comments = d.pop("comments", None)
        if type(comments) is not str:
            comments = maybe(comments, path, "comments", as_str)
        obj = cls(
            id=id,
            created_at=created_at,
            pattern=pattern,
            modified_at=modified_at,
            last_modified=last_modified,
            comments=comments,
        )
        obj.additional_properties = d
        return obj
