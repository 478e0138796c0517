"""UrlIgnorePatternBatchResult: What the batch did, array by array."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_object,
    join,
    list_of,
    required,
)
from .entry_ref import EntryRef
from .url_ignore_pattern import UrlIgnorePattern


@define
class UrlIgnorePatternBatchResult(Model):
    """What the batch did, array by array.
    Upstream requires all four arrays here.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[UrlIgnorePattern]
    puts: list[UrlIgnorePattern]
    posts: list[UrlIgnorePattern]
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "UrlIgnorePatternBatchResult"
    ) -> UrlIgnorePatternBatchResult:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        deletes = required(d.pop("deletes", MISSING), path, "deletes", list_of(EntryRef.from_dict))
        patches = required(d.pop("patches", MISSING), path, "patches", list_of(UrlIgnorePattern.from_dict))
        puts = required(d.pop("puts", MISSING), path, "puts", list_of(UrlIgnorePattern.from_dict))
        posts = required(d.pop("posts", MISSING), path, "posts", list_of(UrlIgnorePattern.from_dict))
        obj = cls(
            deletes=deletes,
            patches=patches,
            puts=puts,
            posts=posts,
        )
        obj.additional_properties = d
        return obj
