"""ContentPolicy: A content policy as the server returns it."""

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
    enum_of,
    join,
    list_of,
    maybe,
)
from .content_policy_target import ContentPolicyTarget


@define
class ContentPolicy(Model):
    """A content policy as the server returns it.
    Per PY-5.9.0 and DOCS-1008: every field optional, and no last_modified, which this
    resource never had. Later TypeScript docs show an expires_at whose shape is not yet known;
    it is not modelled.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        enabled: Whether the policy is active.
        name: Human-readable name of the policy; plan/apply identifies policies by it.
        notes: Why the policy exists.
        pattern: The regular expression matched against the targets.
        targets: The parts of a message the pattern is matched against.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    enabled: bool | None = None
    name: str | None = None
    notes: str | None = None
    pattern: str | None = None
    targets: list[ContentPolicyTarget | str] | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "ContentPolicy") -> ContentPolicy:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", None)
        if type(id) is not str:
            id = maybe(id, path, "id", as_str)
        created_at = maybe(d.pop("created_at", None), path, "created_at", as_datetime)
        modified_at = maybe(d.pop("modified_at", None), path, "modified_at", as_datetime)
        enabled = d.pop("enabled", None)
        if type(enabled) is not bool:
            enabled = maybe(enabled, path, "enabled", as_bool)
        name = d.pop("name", None)
        if type(name) is not str:
            name = maybe(name, path, "name", as_str)
        notes = d.pop("notes", None)
        if type(notes) is not str:
            notes = maybe(notes, path, "notes", as_str)
        pattern = d.pop("pattern", None)
        if type(pattern) is not str:
            pattern = maybe(pattern, path, "pattern", as_str)
        targets = maybe(d.pop("targets", None), path, "targets", list_of(enum_of(ContentPolicyTarget)))
        obj = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            enabled=enabled,
            name=name,
            notes=notes,
            pattern=pattern,
            targets=targets,
        )
        obj.additional_properties = d
        return obj
