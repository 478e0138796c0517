"""UpdateContentPolicy: The fields of a content policy to change; at least one."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset
from .content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue


@define
class UpdateContentPolicy(Model):
    """The fields of a content policy to change; at least one.

    Attributes:
        enabled: Whether the policy is active.
        name: Human-readable name of the policy; plan/apply identifies policies by it.
        notes: Why the policy exists.
        pattern: The regular expression matched against the targets.
        targets: The parts of a message the pattern is matched against.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset | None = UNSET
    pattern: str | Unset = UNSET
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.enabled, path, "enabled", bool)
        check(self.name, path, "name", str, min_length=1, max_length=256)
        check(self.notes, path, "notes", str, nullable=True, max_length=4096)
        check(self.pattern, path, "pattern", str, min_length=1, max_length=2048)
        check(self.targets, path, "targets", list, items=ContentPolicyTarget)


class UpdateContentPolicyDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    enabled: bool
    name: str
    notes: str | None
    pattern: str
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue]
