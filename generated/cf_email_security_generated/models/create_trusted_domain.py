"""CreateTrustedDomain: A new trusted domain."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class CreateTrustedDomain(Model):
    """A new trusted domain.

    Attributes:
        is_recent: Keep recently registered domains from triggering Suspicious or Malicious
            dispositions.
        is_similarity: For partner or other approved domains spelled like your connected domains: keeps
            them from triggering Spoof dispositions.
        pattern: The domain pattern to trust, e.g. `example.com`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    is_recent: bool
    is_regex: bool
    is_similarity: bool
    pattern: str
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.is_recent, path, "is_recent", bool, required=True)
        check(self.is_regex, path, "is_regex", bool, required=True)
        check(self.is_similarity, path, "is_similarity", bool, required=True)
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _CreateTrustedDomainRequired(TypedDict):
    is_recent: bool
    is_regex: bool
    is_similarity: bool
    pattern: str


class CreateTrustedDomainDict(_CreateTrustedDomainRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
