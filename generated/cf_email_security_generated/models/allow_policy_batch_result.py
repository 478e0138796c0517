"""AllowPolicyBatchResult: What the batch did, array by array."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    as_object,
    join,
    list_of,
    maybe,
)
from .._serialization import dump_fields
from .allow_policy import AllowPolicy
from .entry_ref import EntryRef


@define
class AllowPolicyBatchResult:
    """What the batch did, array by array.
    upstream marks none of the arrays required.

    Attributes:
        deletes: list[EntryRef] | None
        patches: list[AllowPolicy] | None
        puts: list[AllowPolicy] | None
        posts: list[AllowPolicy] | None
        additional_properties: fields the spec does not know, kept as received.
    """

    deletes: list[EntryRef] | None = None
    patches: list[AllowPolicy] | None = None
    puts: list[AllowPolicy] | None = None
    posts: list[AllowPolicy] | None = None
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
