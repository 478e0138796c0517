"""ContentPolicyBatch: The arrays of a content policy batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
from .content_policy_put import ContentPolicyPut, ContentPolicyPutDict
from .create_content_policy import CreateContentPolicy, CreateContentPolicyDict
from .entry_ref import EntryRef, EntryRefDict


@define
class ContentPolicyBatch(Model):
    """The arrays of a content policy batch.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[ContentPolicyPatch]
    puts: list[ContentPolicyPut]
    posts: list[CreateContentPolicy]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
        check(self.patches, path, "patches", list, items=ContentPolicyPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=ContentPolicyPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateContentPolicy, required=True, max_items=1000)


class ContentPolicyBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict]
    puts: Sequence[ContentPolicyPut | ContentPolicyPutDict]
    posts: Sequence[CreateContentPolicy | CreateContentPolicyDict]
