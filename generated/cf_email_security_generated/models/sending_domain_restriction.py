"""SendingDomainRestriction: A sending domain whose mail must arrive over TLS: mail without TLS from it is dropped unless it comes from an excluded subdomain."""

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
    list_of,
    maybe,
    required,
    where,
)


@define
class SendingDomainRestriction(ReadModel):
    """A sending domain whose mail must arrive over TLS: mail without TLS from it is dropped unless it
    comes from an excluded subdomain.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        domain: The domain that requires TLS.
        exclude: Subdomains exempt from the TLS requirement.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    domain: str | None = None
    exclude: list[str] | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> SendingDomainRestriction:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 7:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 7
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        id_, created_at_, modified_at_, last_modified_, comments_, domain_, exclude_ = fields
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
        if type(domain_) is not str and domain_ is not None:
            domain_ = maybe(domain_, where(parent, key, cls), "domain", as_str)
        if exclude_ is not None:
            exclude_ = maybe(exclude_, where(parent, key, cls), "exclude", _read_exclude)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.created_at = created_at_
        obj.modified_at = modified_at_
        obj.last_modified = last_modified_
        obj.comments = comments_
        obj.domain = domain_
        obj.exclude = exclude_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("id", "created_at", "modified_at", "last_modified", "comments", "domain", "exclude")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_exclude = list_of(as_str)
