"""TrustedDomain: A trusted domain as the server returns it; upstream marks every field optional."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_bool,
    as_datetime,
    as_object,
    as_str,
    join,
    maybe,
)


@define
class TrustedDomain(Model):
    """A trusted domain as the server returns it; upstream marks every field optional.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        is_recent: Keep recently registered domains from triggering Suspicious or Malicious
            dispositions.
        is_similarity: For partner or other approved domains spelled like your connected domains: keeps
            them from triggering Spoof dispositions.
        pattern: The value to match; its form depends on `pattern_type`: an email address (EMAIL), a
            domain name (DOMAIN), or an address or CIDR block (IP). Private, loopback, link-
            local and unspecified addresses are refused.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    is_recent: bool | None = None
    is_regex: bool | None = None
    is_similarity: bool | None = None
    pattern: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "TrustedDomain") -> TrustedDomain:
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
        is_recent = d.pop("is_recent", None)
        if type(is_recent) is not bool:
            is_recent = maybe(is_recent, path, "is_recent", as_bool)
        is_regex = d.pop("is_regex", None)
        if type(is_regex) is not bool:
            is_regex = maybe(is_regex, path, "is_regex", as_bool)
        is_similarity = d.pop("is_similarity", None)
        if type(is_similarity) is not bool:
            is_similarity = maybe(is_similarity, path, "is_similarity", as_bool)
        pattern = d.pop("pattern", None)
        if type(pattern) is not str:
            pattern = maybe(pattern, path, "pattern", as_str)
        obj = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            last_modified=last_modified,
            comments=comments,
            is_recent=is_recent,
            is_regex=is_regex,
            is_similarity=is_similarity,
            pattern=pattern,
        )
        obj.additional_properties = d
        return obj
