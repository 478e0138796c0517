"""CreateSendingDomainRestriction: A new sending domain restriction."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class CreateSendingDomainRestriction(Model):
    """A new sending domain restriction.

    Attributes:
        domain: The domain that requires TLS.
        exclude: Subdomains exempt from the TLS requirement.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    domain: str
    exclude: list[str]
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.domain, path, "domain", str, required=True)
        check(self.exclude, path, "exclude", list, items=str, required=True)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _CreateSendingDomainRestrictionRequired(TypedDict):
    domain: str
    exclude: list[str]


class CreateSendingDomainRestrictionDict(_CreateSendingDomainRestrictionRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
