"""DomainBatch: The arrays of a domain batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .create_domain import CreateDomain, CreateDomainDict
from .domain_patch import DomainPatch, DomainPatchDict
from .domain_put import DomainPut, DomainPutDict
from .entry_ref import EntryRef, EntryRefDict


@define
class DomainBatch(Model):
    """The arrays of a domain batch.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[DomainPatch]
    puts: list[DomainPut]
    posts: list[CreateDomain]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
        check(self.patches, path, "patches", list, items=DomainPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=DomainPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateDomain, required=True, max_items=1000)


class DomainBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[DomainPatch | DomainPatchDict]
    puts: Sequence[DomainPut | DomainPutDict]
    posts: Sequence[CreateDomain | CreateDomainDict]
