"""ContentPolicy: A content policy as the server returns it."""

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
    as_object,
    as_str,
    enum_of,
    fromisoformat,
    list_of,
    maybe,
    required,
    where,
)
from .content_policy_target import ContentPolicyTarget


@define
class ContentPolicy(ReadModel):
    """A content policy as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        enabled: Whether the policy is active.
        name: Human-readable name of the policy; plan/apply identifies policies by it.
        notes: Why the policy exists.
        pattern: The regular expression matched against the targets.
        targets: The parts of a message the pattern is matched against.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    enabled: bool | None = None
    name: str | None = None
    notes: str | None = None
    pattern: str | None = None
    targets: list[ContentPolicyTarget | str] | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> ContentPolicy:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 8:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 8
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        id_, created_at_, modified_at_, enabled_, name_, notes_, pattern_, targets_ = fields
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
        if type(enabled_) is not bool and enabled_ is not None:
            enabled_ = maybe(enabled_, where(parent, key, cls), "enabled", as_bool)
        if type(name_) is not str and name_ is not None:
            name_ = maybe(name_, where(parent, key, cls), "name", as_str)
        if type(notes_) is not str and notes_ is not None:
            notes_ = maybe(notes_, where(parent, key, cls), "notes", as_str)
        if type(pattern_) is not str and pattern_ is not None:
            pattern_ = maybe(pattern_, where(parent, key, cls), "pattern", as_str)
        if targets_ is not None:
            targets_ = maybe(targets_, where(parent, key, cls), "targets", _read_targets)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.created_at = created_at_
        obj.modified_at = modified_at_
        obj.enabled = enabled_
        obj.name = name_
        obj.notes = notes_
        obj.pattern = pattern_
        obj.targets = targets_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("id", "created_at", "modified_at", "enabled", "name", "notes", "pattern", "targets")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_targets = list_of(enum_of(ContentPolicyTarget))
