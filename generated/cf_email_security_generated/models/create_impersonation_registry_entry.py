"""CreateImpersonationRegistryEntry: A new impersonation registry entry."""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .provenance import Provenance, ProvenanceValue


@define
class CreateImpersonationRegistryEntry:
    """A new impersonation registry entry.
    Upstream's bodies are allOf the entity, so they also take comments, the directory ids and
    provenance (TS-7.1, PY-5.9.0).

    Attributes:
        email: str
        is_email_regex: bool
        name: str
        comments: str | None | Unset
        directory_id: int | None | Unset
        directory_node_id: int | None | Unset
        external_directory_node_id: Deprecated upstream, with no replacement named.
        provenance: Where an impersonation registry entry comes from; the SNOOPY-* values
            are directory syncs.
        additional_properties: fields the spec does not know, kept as received.
    """

    email: str
    is_email_regex: bool
    name: str
    comments: str | Unset | None = UNSET
    directory_id: int | Unset | None = UNSET
    directory_node_id: int | Unset | None = UNSET
    external_directory_node_id: str | Unset | None = UNSET
    provenance: Provenance | ProvenanceValue | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "email"),
        ("is_email_regex", "is_email_regex"),
        ("name", "name"),
        ("comments", "comments"),
        ("directory_id", "directory_id"),
        ("directory_node_id", "directory_node_id"),
        ("external_directory_node_id", "external_directory_node_id"),
        ("provenance", "provenance"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.email, path, "email", str, required=True)
        check(self.is_email_regex, path, "is_email_regex", bool, required=True)
        check(self.name, path, "name", str, required=True, max_length=1024)
        check(self.comments, path, "comments", str, nullable=True)
        check(self.directory_id, path, "directory_id", int, nullable=True)
        check(self.directory_node_id, path, "directory_node_id", int, nullable=True)
        check(self.external_directory_node_id, path, "external_directory_node_id", str, nullable=True)
        check(self.provenance, path, "provenance", Provenance)


class _CreateImpersonationRegistryEntryRequired(TypedDict):
    email: str
    is_email_regex: bool
    name: str


class CreateImpersonationRegistryEntryDict(_CreateImpersonationRegistryEntryRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    directory_id: int | None
    directory_node_id: int | None
    external_directory_node_id: str | None
    provenance: Provenance | ProvenanceValue
