"""TrustedDomainPatch: Trusted domain patch."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class TrustedDomainPatch(Model):
    """Trusted domain patch.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        is_recent: Keep recently registered domains from triggering Suspicious or Malicious
            dispositions.
        is_similarity: For partner or other approved domains spelled like your connected domains: keeps
            them from triggering Spoof dispositions.
        pattern: The domain pattern to trust, e.g. `example.com`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    comments: str | Unset | None = UNSET
    is_recent: bool | Unset = UNSET
    is_regex: bool | Unset = UNSET
    is_similarity: bool | Unset = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.is_recent, path, "is_recent", bool)
        check(self.is_regex, path, "is_regex", bool)
        check(self.is_similarity, path, "is_similarity", bool)
        check(self.pattern, path, "pattern", str, min_length=1, max_length=1024)


class _TrustedDomainPatchRequired(TypedDict):
    id: str


class TrustedDomainPatchDict(_TrustedDomainPatchRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    is_recent: bool
    is_regex: bool
    is_similarity: bool
    pattern: str
