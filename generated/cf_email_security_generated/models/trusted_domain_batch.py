"""TrustedDomainBatch: The arrays of a trusted domain batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from .create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
from .entry_ref import EntryRef, EntryRefDict
from .trusted_domain_patch import TrustedDomainPatch, TrustedDomainPatchDict
from .trusted_domain_put import TrustedDomainPut, TrustedDomainPutDict


@define
class TrustedDomainBatch(Model):
    """The arrays of a trusted domain batch.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[TrustedDomainPatch]
    puts: list[TrustedDomainPut]
    posts: list[CreateTrustedDomain]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.deletes, path, "deletes", list, items=EntryRef, required=True, max_items=1000)
        check(self.patches, path, "patches", list, items=TrustedDomainPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=TrustedDomainPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateTrustedDomain, required=True, max_items=1000)


class TrustedDomainBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[TrustedDomainPatch | TrustedDomainPatchDict]
    puts: Sequence[TrustedDomainPut | TrustedDomainPutDict]
    posts: Sequence[CreateTrustedDomain | CreateTrustedDomainDict]
