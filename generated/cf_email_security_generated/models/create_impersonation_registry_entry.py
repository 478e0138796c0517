"""CreateImpersonationRegistryEntry: A new impersonation registry entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check, warn_deprecated
from ..types import UNSET, Unset
from .provenance import Provenance, ProvenanceValue


@define
class CreateImpersonationRegistryEntry(Model):
    """A new impersonation registry entry.

    Attributes:
        external_directory_node_id: Deprecated, with no replacement named.
        provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-* values are
            directory syncs.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    email: str
    is_email_regex: bool
    name: str
    comments: str | Unset | None = UNSET
    directory_id: int | Unset | None = UNSET
    directory_node_id: int | Unset | None = UNSET
    external_directory_node_id: str | Unset | None = UNSET
    provenance: Provenance | ProvenanceValue | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    # The deprecated fields, and what a DeprecationWarning says of each when it is sent.
    _DEPRECATED: ClassVar[Mapping[str, str]] = {
        "external_directory_node_id": "is deprecated",
    }

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one.

        Then warn of each deprecated field it sends, once per model: a builder's entries, checked when
        added, do not warn again when they are sent.
        """
        check(self.email, path, "email", str, required=True)
        check(self.is_email_regex, path, "is_email_regex", bool, required=True)
        check(self.name, path, "name", str, required=True, max_length=1024)
        check(self.comments, path, "comments", str, nullable=True)
        check(self.directory_id, path, "directory_id", int, nullable=True)
        check(self.directory_node_id, path, "directory_node_id", int, nullable=True)
        check(self.external_directory_node_id, path, "external_directory_node_id", str, nullable=True)
        check(self.provenance, path, "provenance", Provenance, nullable=True)
        warn_deprecated(self, path, self._DEPRECATED)


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
    provenance: Provenance | ProvenanceValue | None
