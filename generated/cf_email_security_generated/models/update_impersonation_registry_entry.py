"""UpdateImpersonationRegistryEntry: The fields of an entry to change; at least one. Directory-synced entries cannot be updated."""

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
class UpdateImpersonationRegistryEntry(Model):
    """The fields of an entry to change; at least one. Directory-synced entries cannot be updated.

    Attributes:
        external_directory_node_id: Deprecated, with no replacement named.
        provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-* values are
            directory syncs.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    comments: str | Unset | None = UNSET
    directory_id: int | Unset | None = UNSET
    directory_node_id: int | Unset | None = UNSET
    email: str | Unset = UNSET
    external_directory_node_id: str | Unset | None = UNSET
    is_email_regex: bool | Unset = UNSET
    name: str | Unset = UNSET
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
        check(self.comments, path, "comments", str, nullable=True)
        check(self.directory_id, path, "directory_id", int, nullable=True)
        check(self.directory_node_id, path, "directory_node_id", int, nullable=True)
        check(self.email, path, "email", str)
        check(self.external_directory_node_id, path, "external_directory_node_id", str, nullable=True)
        check(self.is_email_regex, path, "is_email_regex", bool)
        check(self.name, path, "name", str, max_length=1024)
        check(self.provenance, path, "provenance", Provenance, nullable=True)
        warn_deprecated(self, path, self._DEPRECATED)


class UpdateImpersonationRegistryEntryDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    directory_id: int | None
    directory_node_id: int | None
    email: str
    external_directory_node_id: str | None
    is_email_regex: bool
    name: str
    provenance: Provenance | ProvenanceValue | None
