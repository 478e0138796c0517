"""ContentPolicyBatch: The arrays of a content policy batch."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from .content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
from .content_policy_put import ContentPolicyPut, ContentPolicyPutDict
from .create_content_policy import CreateContentPolicy, CreateContentPolicyDict
from .entry_ref import EntryRef, EntryRefDict


@define
class ContentPolicyBatch:
    """The arrays of a content policy batch.

    Attributes:
        deletes: list[EntryRef]
        patches: list[ContentPolicyPatch]
        puts: list[ContentPolicyPut]
        posts: list[CreateContentPolicy]
        additional_properties: fields the spec does not know, kept as received.
    """

    deletes: list[EntryRef]
    patches: list[ContentPolicyPatch]
    puts: list[ContentPolicyPut]
    posts: list[CreateContentPolicy]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("deletes", "deletes"),
        ("patches", "patches"),
        ("puts", "puts"),
        ("posts", "posts"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

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
