"""ContentPolicy: A content policy as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_str, enum_of, list_of, maybe, required
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

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("enabled", maybe, as_bool),
        ("name", maybe, as_str),
        ("notes", maybe, as_str),
        ("pattern", maybe, as_str),
        ("targets", maybe, list_of(enum_of(ContentPolicyTarget))),
    )

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    enabled: bool | None = None
    name: str | None = None
    notes: str | None = None
    pattern: str | None = None
    targets: list[ContentPolicyTarget | str] | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
