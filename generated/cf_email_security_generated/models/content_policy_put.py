"""ContentPolicyPut: A full replacement of a content policy, with its id and every field of its new value."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset
from .content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue


@define
class ContentPolicyPut(Model):
    """A full replacement of a content policy, with its id and every field of its new value.

    Attributes:
        enabled: Whether the policy is active.
        name: Human-readable name of the policy; plan/apply identifies policies by it.
        pattern: The regular expression matched against the targets.
        targets: The parts of a message the pattern is matched against.
        id: The unique identifier of an entry, a UUID.
        notes: Why the policy exists.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    enabled: bool
    name: str
    pattern: str
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue]
    id: str
    notes: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.enabled, path, "enabled", bool, required=True)
        check(self.name, path, "name", str, required=True, min_length=1, max_length=256)
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=2048)
        check(self.targets, path, "targets", list, items=ContentPolicyTarget, required=True)
        check(self.id, path, "id", str, required=True, format="uuid")
        check(self.notes, path, "notes", str, nullable=True, max_length=4096)


class _ContentPolicyPutRequired(TypedDict):
    enabled: bool
    name: str
    pattern: str
    targets: list[ContentPolicyTarget | ContentPolicyTargetValue]
    id: str


class ContentPolicyPutDict(_ContentPolicyPutRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    notes: str | None
