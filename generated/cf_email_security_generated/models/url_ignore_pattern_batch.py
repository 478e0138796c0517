"""UrlIgnorePatternBatch: The arrays of a url ignore pattern batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .create_url_ignore_pattern import CreateUrlIgnorePattern, CreateUrlIgnorePatternDict
from .entry_ref import EntryRef, EntryRefDict
from .url_ignore_pattern_patch import UrlIgnorePatternPatch, UrlIgnorePatternPatchDict
from .url_ignore_pattern_put import UrlIgnorePatternPut, UrlIgnorePatternPutDict


@define
class UrlIgnorePatternBatch(Model):
    """The arrays of a url ignore pattern batch.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[UrlIgnorePatternPatch]
    puts: list[UrlIgnorePatternPut]
    posts: list[CreateUrlIgnorePattern]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
        check(self.patches, path, "patches", list, items=UrlIgnorePatternPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=UrlIgnorePatternPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateUrlIgnorePattern, required=True, max_items=1000)


class UrlIgnorePatternBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[UrlIgnorePatternPatch | UrlIgnorePatternPatchDict]
    puts: Sequence[UrlIgnorePatternPut | UrlIgnorePatternPutDict]
    posts: Sequence[CreateUrlIgnorePattern | CreateUrlIgnorePatternDict]
