"""AllowPolicyBatchResult: What the batch did, array by array."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_object,
    join,
    list_of,
    maybe,
)
from .allow_policy import AllowPolicy
from .entry_ref import EntryRef


@define
class AllowPolicyBatchResult(Model):
    """What the batch did, array by array.
    upstream marks none of the arrays required.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef] | None = None
    patches: list[AllowPolicy] | None = None
    puts: list[AllowPolicy] | None = None
    posts: list[AllowPolicy] | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "AllowPolicyBatchResult"
    ) -> AllowPolicyBatchResult:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        deletes = maybe(d.pop("deletes", None), path, "deletes", list_of(EntryRef.from_dict))
        patches = maybe(d.pop("patches", None), path, "patches", list_of(AllowPolicy.from_dict))
        puts = maybe(d.pop("puts", None), path, "puts", list_of(AllowPolicy.from_dict))
        posts = maybe(d.pop("posts", None), path, "posts", list_of(AllowPolicy.from_dict))
        obj = cls(
            deletes=deletes,
            patches=patches,
            puts=puts,
            posts=posts,
        )
        obj.additional_properties = d
        return obj
