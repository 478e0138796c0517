"""TrustedDomainBatch: The arrays of a trusted domain batch."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from .create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
from .entry_ref import EntryRef, EntryRefDict
from .trusted_domain_patch import TrustedDomainPatch, TrustedDomainPatchDict
from .trusted_domain_put import TrustedDomainPut, TrustedDomainPutDict


@define
class TrustedDomainBatch:
    """The arrays of a trusted domain batch.

    Attributes:
        deletes: list[EntryRef]
        patches: list[TrustedDomainPatch]
        puts: list[TrustedDomainPut]
        posts: list[CreateTrustedDomain]
        additional_properties: fields the spec does not know, kept as received.
    """

    deletes: list[EntryRef]
    patches: list[TrustedDomainPatch]
    puts: list[TrustedDomainPut]
    posts: list[CreateTrustedDomain]
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
        check(self.patches, path, "patches", list, items=TrustedDomainPatch, required=True, max_items=1000)
        check(self.puts, path, "puts", list, items=TrustedDomainPut, required=True, max_items=1000)
        check(self.posts, path, "posts", list, items=CreateTrustedDomain, required=True, max_items=1000)


class TrustedDomainBatchDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    deletes: Sequence[EntryRef | EntryRefDict | str]
    patches: Sequence[TrustedDomainPatch | TrustedDomainPatchDict]
    puts: Sequence[TrustedDomainPut | TrustedDomainPutDict]
    posts: Sequence[CreateTrustedDomain | CreateTrustedDomainDict]
