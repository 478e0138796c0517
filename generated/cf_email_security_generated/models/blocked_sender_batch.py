"""BlockedSenderBatch: The arrays of a blocked sender batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .blocked_sender_patch import BlockedSenderPatch, BlockedSenderPatchDict
from .blocked_sender_put import BlockedSenderPut, BlockedSenderPutDict
from .create_blocked_sender import CreateBlockedSender, CreateBlockedSenderDict
from .entry_ref import EntryRef, EntryRefDict


@define
class BlockedSenderBatch(Model):
    """The arrays of a blocked sender batch.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[BlockedSenderPatch]
    puts: list[BlockedSenderPut]
    posts: list[CreateBlockedSender]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
        check(self.patches, path, "patches", list, items=BlockedSenderPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=BlockedSenderPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateBlockedSender, required=True, max_items=1000)


class BlockedSenderBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[BlockedSenderPatch | BlockedSenderPatchDict]
    puts: Sequence[BlockedSenderPut | BlockedSenderPutDict]
    posts: Sequence[CreateBlockedSender | CreateBlockedSenderDict]
