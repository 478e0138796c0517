"""AllowPolicyBatch: The arrays of a allow policy batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
from .allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
from .create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
from .entry_ref import EntryRef, EntryRefDict


@define
class AllowPolicyBatch(Model):
    """The arrays of a allow policy batch.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[AllowPolicyPatch]
    puts: list[AllowPolicyPut]
    posts: list[CreateAllowPolicy]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
        check(self.patches, path, "patches", list, items=AllowPolicyPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=AllowPolicyPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateAllowPolicy, required=True, max_items=1000)


class AllowPolicyBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict]
    puts: Sequence[AllowPolicyPut | AllowPolicyPutDict]
    posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict]
