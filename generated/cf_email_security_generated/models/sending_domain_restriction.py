"""SendingDomainRestriction: A sending domain whose mail must arrive over TLS."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_datetime,
    as_object,
    as_str,
    join,
    list_of,
    maybe,
)


@define
class SendingDomainRestriction(Model):
    """A sending domain whose mail must arrive over TLS.
    Mail without TLS from it is dropped unless it comes from an excluded subdomain. Upstream
    marks every field optional.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        domain: The domain that requires TLS.
        exclude: Subdomains exempt from the TLS requirement.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    domain: str | None = None
    exclude: list[str] | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "SendingDomainRestriction"
    ) -> SendingDomainRestriction:
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
        domain = d.pop("domain", None)
        if type(domain) is not str:
            domain = maybe(domain, path, "domain", as_str)
        exclude = maybe(d.pop("exclude", None), path, "exclude", list_of(as_str))
        obj = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            last_modified=last_modified,
            comments=comments,
            domain=domain,
            exclude=exclude,
        )
        obj.additional_properties = d
        return obj
